/**
 * The in-browser GraphQL IDE. A browser asking for /graphql (Accept: text/html) gets our
 * own page, which loads GraphiQL from /graphiql/* — a bundle built into public/graphiql/ by
 * `npm run build:ide` (scripts/build-ide.ts) — so it works with no network beyond this
 * server. Every other request to /graphql falls through to Apollo.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import express, { type Router } from "express";
import {
  type DefinitionNode,
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from "graphql";
import { paths } from "../config/paths.ts";
import {
  appContentSecurityPolicy,
  bundleAssets,
  escapeHtml,
  jsonForScript,
  pageHeaders,
  readBundleManifest,
} from "./static-pages.ts";

export interface ExampleOperation {
  name: string;
  query: string;
  variables?: string;
}

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

export const defaultExampleOperation: ExampleOperation = {
  name: "Status",
  query: "query Status {\n  status {\n    neo4jVersion\n    neo4jEdition\n  }\n}",
};

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

/**
 * One example per operation in every *.graphql file of `directory`, in file-name order, named
 * after the operation, with the fragments it uses (from any file of the directory, as
 * codegen resolves them). Variables come from an optional sibling `<file>.variables.json`:
 * `{ "<OperationName>": { ... } }`. With no operations, one default example.
 */
export function loadExampleOperations(directory: string): ExampleOperation[] {
  if (!existsSync(directory)) return [defaultExampleOperation];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => parseFile(join(directory, name)));
  const fragments = new Map<string, DefinitionNode>();
  const texts = new Map<DefinitionNode, string>();
  for (const file of files) {
    for (const [definition, text] of file.texts) texts.set(definition, text);
    for (const definition of file.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
  }
  const examples = files.flatMap((file) => examplesFromFile(file, fragments, texts));
  return examples.length > 0 ? examples : [defaultExampleOperation];
}

interface OperationsFile {
  path: string;
  document: DocumentNode;
  texts: Map<DefinitionNode, string>;
}

function parseFile(path: string): OperationsFile {
  const source = readFileSync(path, "utf8");
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    throw new Error(`${path}: not a valid GraphQL document: ${(error as Error).message}`);
  }
  return { path, document, texts: definitionTexts(source, document) };
}

function examplesFromFile(
  file: OperationsFile,
  fragments: Map<string, DefinitionNode>,
  texts: Map<DefinitionNode, string>,
): ExampleOperation[] {
  const variables = readVariables(file.path.replace(/\.graphql$/, ".variables.json"));
  return file.document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation, index) => {
      const name = operation.name?.value ?? `${basename(file.path, ".graphql")} ${index + 1}`;
      const used = usedFragments(operation, fragments);
      const query = [operation, ...used].map((d) => texts.get(d)).join("\n\n");
      const vars = variables[name];
      return vars === undefined
        ? { name, query }
        : { name, query, variables: JSON.stringify(vars, null, 2) };
    });
}

/**
 * Each definition's own text as written, with the comments just above it (so an example
 * keeps its explanation).
 */
function definitionTexts(source: string, document: DocumentNode): Map<DefinitionNode, string> {
  const texts = new Map<DefinitionNode, string>();
  let previousEnd = 0;
  for (const definition of document.definitions) {
    const { start, end } = definition.loc ?? { start: previousEnd, end: previousEnd };
    const comment = source
      .slice(previousEnd, start)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("#"))
      .join("\n");
    texts.set(definition, `${comment ? `${comment}\n` : ""}${source.slice(start, end)}`);
    previousEnd = end;
  }
  return texts;
}

/** The fragments an operation spreads, directly or through other fragments. */
function usedFragments(
  operation: OperationDefinitionNode,
  fragments: Map<string, DefinitionNode>,
): DefinitionNode[] {
  const used = new Set<DefinitionNode>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    const node = pending.pop() as DefinitionNode;
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment)) {
          used.add(fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...used];
}

function readVariables(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
