/**
 * The in-browser GraphQL IDE. A browser asking for /graphql (Accept: text/html) gets our
 * own page, which loads GraphiQL from /graphiql/* — a bundle built into public/graphiql/ by
 * `npm run build:ide` (scripts/build-ide.ts) — so it works with no network beyond this
 * server. Every other request to /graphql falls through to Apollo.
 */
import { join } from "node:path";
import express, { type Router } from "express";
import { paths } from "../config/paths.ts";
import type { ExampleOperation } from "../graphql/operations.ts";
import {
  appContentSecurityPolicy,
  bundleAssets,
  escapeHtml,
  jsonForScript,
  pageHeaders,
  readBundleManifest,
} from "./static-pages.ts";

export {
  defaultExampleOperation,
  type ExampleOperation,
  loadExampleOperations,
} from "../graphql/operations.ts";

export interface GraphiqlOptions {
  /** Where GraphiQL sends operations; its path (e.g. /graphql) is also where the page is served. */
  endpoint: string;
  /** Preloaded as GraphiQL's tabs (used while the browser has no tabs of its own saved). */
  exampleOperations: ExampleOperation[];
  /** False in production: the router then serves nothing. */
  enabled: boolean;
  /** The built bundle; defaults to public/graphiql/. */
  assetDirectory?: string;
}

/** What scripts/build-ide.ts writes to manifest.json: content-hashed file names. */
interface IdeManifest {
  script: string;
  styles: string[];
  workers: { editor: string; json: string; graphql: string };
}

const assetPath = "/graphiql";
const defaultAssetDirectory = join(paths.root, "public", "graphiql");

export function graphiqlRoutes(options: GraphiqlOptions): Router {
  const router = express.Router();
  if (!options.enabled) return router;

  const assetDirectory = options.assetDirectory ?? defaultAssetDirectory;
  const manifest = readBundleManifest<IdeManifest>(
    assetDirectory,
    "GraphQL IDE",
    "npm run build:ide",
  );
  const page = renderPage(manifest, options);
  const headers = pageHeaders(contentSecurityPolicy(options.endpoint));
  const pagePath = new URL(options.endpoint, "http://localhost").pathname;

  router.get(pagePath, (req, res, next) => {
    // Same URL, two representations: browsers get the IDE, GraphQL clients get Apollo.
    res.vary("Accept");
    if (
      req.accepts(["application/json", "application/graphql-response+json", "text/html"]) !==
      "text/html"
    ) {
      next();
      return;
    }
    res.set(headers).type("html").send(page);
  });

  router.use(assetPath, ...bundleAssets(assetDirectory));
  return router;
}

/**
 * Only our own origin, plus what the bundle really needs: Monaco and React set inline styles
 * and Monaco adds <style> elements at run time (no nonce support), so styles allow
 * 'unsafe-inline'; fonts inlined as data: URIs in GraphiQL's CSS. No inline or eval'd script.
 */
export function contentSecurityPolicy(endpoint: string): string {
  return appContentSecurityPolicy(endpoint, [
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
  ]);
}

function renderPage(manifest: IdeManifest, options: GraphiqlOptions): string {
  const asset = (file: string) => `${assetPath}/${file}`;
  const config = {
    endpoint: options.endpoint,
    workers: {
      editor: asset(manifest.workers.editor),
      json: asset(manifest.workers.json),
      graphql: asset(manifest.workers.graphql),
    },
    defaultTabs: options.exampleOperations.map(({ query, variables }) => ({
      query,
      variables: variables ?? null,
    })),
  };
  const styles = manifest.styles
    .map((file) => `    <link rel="stylesheet" href="${escapeHtml(asset(file))}">`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Diplomatic Relations Graph · GraphiQL</title>
    <link rel="icon" href="data:,">
${styles}
    <script type="application/json" id="graphiql-config">${jsonForScript(config)}</script>
    <script type="module" src="${escapeHtml(asset(manifest.script))}"></script>
  </head>
  <body>
    <div id="graphiql"></div>
    <noscript>The GraphQL IDE needs JavaScript. POST queries to ${escapeHtml(options.endpoint)} instead.</noscript>
  </body>
</html>
`;
}
