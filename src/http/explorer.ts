/**
 * The explorer (web/): a browser app over the API's own typed operations, served at `/`.
 * The page loads the bundle built into public/explorer/ by `npm run build:web`
 * (scripts/build-web.ts), so it works with no network beyond this server. Off in production
 * unless EXPLORER=true.
 */
import { join } from "node:path";
import express, { type Router } from "express";
import { paths } from "../config/paths.ts";
import {
  appContentSecurityPolicy,
  bundleAssets,
  escapeHtml,
  jsonForScript,
  pageHeaders,
  readBundleManifest,
} from "./static-pages.ts";

export interface ExplorerOptions {
  /** The GraphQL endpoint the app sends its operations to. */
  endpoint: string;
  enabled: boolean;
  /** The built bundle; defaults to public/explorer/. */
  assetDirectory?: string;
}

/** What scripts/build-web.ts writes to manifest.json (the part the page needs). */
interface ExplorerManifest {
  script: string;
  styles: string[];
}

const assetPath = "/explorer";
const defaultAssetDirectory = join(paths.root, "public", "explorer");

export function explorerRoutes(options: ExplorerOptions): Router {
  const router = express.Router();
  if (!options.enabled) return router;
  const assetDirectory = options.assetDirectory ?? defaultAssetDirectory;
  const manifest = readBundleManifest<ExplorerManifest>(
    assetDirectory,
    "explorer",
    "npm run build:web",
  );
  const page = renderPage(manifest, options.endpoint);
  const headers = pageHeaders(explorerContentSecurityPolicy(options.endpoint));
  router.get("/", (_req, res) => {
    res.set(headers).type("html").send(page);
  });
  router.use(assetPath, ...bundleAssets(assetDirectory));
  return router;
}

/**
 * Scripts only from our origin (no inline script, no eval), requests only to our origin and
 * the endpoint. Styles allow 'unsafe-inline' because Observable Plot writes a <style> element
 * into each chart it draws; nothing else is relaxed.
 */
export function explorerContentSecurityPolicy(endpoint: string): string {
  return appContentSecurityPolicy(endpoint, ["style-src 'self' 'unsafe-inline'"]);
}

function renderPage(manifest: ExplorerManifest, endpoint: string): string {
  const asset = (file: string) => escapeHtml(`${assetPath}/${file}`);
  const styles = manifest.styles
    .map((file) => `    <link rel="stylesheet" href="${asset(file)}">`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Diplomatic Relations Graph</title>
    <meta name="description" content="Who met whom and who said what in diplomacy, each fact traced to the article that reports it.">
    <link rel="icon" href="data:,">
${styles}
    <script type="application/json" id="explorer-config">${jsonForScript({ endpoint })}</script>
    <script type="module" src="${asset(manifest.script)}"></script>
  </head>
  <body>
    <div id="explorer"></div>
    <noscript>The explorer needs JavaScript. The GraphQL API is at ${escapeHtml(endpoint)}.</noscript>
  </body>
</html>
`;
}
