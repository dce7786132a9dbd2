/**
 * Builds the in-browser GraphQL IDE (GraphiQL 5, React, Monaco and its three web workers)
 * into public/graphiql/, so the API serves every byte of it itself: no CDN, works offline.
 * Run by `npm run build:ide`, and by `prepare` on `npm ci`. src/http/graphiql.ts reads the
 * manifest.json written here to find the content-hashed file names.
 *
 * Output names carry a content hash, so the server can let browsers cache them forever.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative as relativePath, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildOptions, Metafile } from "esbuild";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
export const ideDirectory = join(projectRoot, "public", "graphiql");

/** What src/http/graphiql.ts needs to know about the build: file names relative to ideDirectory. */
export interface IdeManifest {
  script: string;
  styles: string[];
  workers: { editor: string; json: string; graphql: string };
}

// The browser entry point. It lives here rather than in a .tsx file because it is plain
// browser code (the project's tsconfig has no DOM types) and is only ever bundled.
// The page hands it its settings in a non-executable JSON <script>, which the CSP allows.
const entry = `
import "virtual:page.css";
import "graphiql/style.css";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

const config = JSON.parse(document.getElementById("graphiql-config").textContent);

// Monaco asks for a worker per language; the page names our bundled, same-origin ones.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const url = label === "graphql" || label === "json" ? config.workers[label] : config.workers.editor;
    return new Worker(url, { name: label });
  },
};

async function fetcher(params, options) {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json", ...options?.headers },
    body: JSON.stringify(params),
    credentials: "same-origin",
  });
  return response.json();
}

createRoot(document.getElementById("graphiql")).render(
  createElement(GraphiQL, { fetcher, defaultTabs: config.defaultTabs, defaultEditorToolsVisibility: true }),
);
`;

// The page's own layout: GraphiQL fills the window. Bundled, because the CSP forbids
// inline <style> in our HTML.
const pageCss = "html, body, #graphiql { height: 100%; margin: 0; }";

const monacoWorkers = {
  editor: "monaco-editor/esm/vs/editor/editor.worker.js",
  json: "monaco-editor/esm/vs/language/json/json.worker.js",
  graphql: "monaco-graphql/esm/graphql.worker.js",
} as const;

export async function buildIde(outdir = ideDirectory): Promise<IdeManifest> {
  const esbuild = await import("esbuild");
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });

  const common: BuildOptions = {
    bundle: true,
    minify: true,
    legalComments: "linked",
    target: ["chrome120", "firefox120", "safari17"],
    define: { "process.env.NODE_ENV": '"production"' },
    outdir,
    // Resolve packages and report output paths from the project root, whatever the cwd.
    absWorkingDir: projectRoot,
    metafile: true,
    logLevel: "warning",
  };

  const app = await esbuild.build({
    ...common,
    stdin: { contents: entry, resolveDir: projectRoot, sourcefile: "graphiql-entry.js" },
    // One script and one stylesheet, no code splitting: esbuild does not load the CSS of
    // lazily imported chunks, and Monaco's styles arrive through GraphiQL's lazy imports.
    format: "esm",
    entryNames: "graphiql-[hash]",
    assetNames: "assets/[name]-[hash]",
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file" },
    plugins: [
      {
        name: "page-css",
        setup(build) {
          build.onResolve({ filter: /^virtual:page\.css$/ }, () => ({
            path: "page.css",
            namespace: "page-css",
          }));
          build.onLoad({ filter: /.*/, namespace: "page-css" }, () => ({
            contents: pageCss,
            loader: "css",
          }));
        },
      },
    ],
  });

  // Classic workers (iife), started with a plain `new Worker(url)`: no module-worker support needed.
  const workers = await esbuild.build({
    ...common,
    entryPoints: monacoWorkers,
    format: "iife",
    entryNames: "workers/[name]-[hash]",
  });

  // metafile: true above, so both are present.
  const appMeta = app.metafile as Metafile;
  const workerMeta = workers.metafile as Metafile;
  const manifest: IdeManifest = {
    script: entryOutput(appMeta, outdir, ".js"),
    styles: [entryOutput(appMeta, outdir, ".css")],
    workers: {
      editor: workerOutput(workerMeta, outdir, "editor"),
      json: workerOutput(workerMeta, outdir, "json"),
      graphql: workerOutput(workerMeta, outdir, "graphql"),
    },
  };
  writeFileSync(join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** esbuild's metafile paths are relative to absWorkingDir; ours to outdir. */
function relative(outdir: string, output: string): string {
  return relativePath(outdir, resolve(projectRoot, output));
}

function entryOutput(metafile: Metafile, outdir: string, extension: ".js" | ".css"): string {
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (info.entryPoint === undefined || !output.endsWith(".js")) continue;
    if (extension === ".js") return relative(outdir, output);
    if (info.cssBundle) return relative(outdir, info.cssBundle);
  }
  throw new Error(`esbuild produced no entry ${extension} file`);
}

function workerOutput(metafile: Metafile, outdir: string, name: string): string {
  const output = Object.keys(metafile.outputs).find(
    (path) => path.endsWith(".js") && basename(path).startsWith(`${name}-`),
  );
  if (!output) throw new Error(`esbuild produced no ${name} worker`);
  return relative(outdir, output);
}

if (import.meta.main) {
  let esbuildPresent = true;
  try {
    await import("esbuild");
  } catch {
    esbuildPresent = false;
  }
  if (!esbuildPresent) {
    // A production install (`npm ci --omit=dev`) has no bundler, and needs no IDE:
    // NODE_ENV=production turns it off.
    console.warn(
      "build-ide: esbuild is not installed (dev dependencies omitted); skipping the IDE",
    );
  } else {
    const started = Date.now();
    const manifest = await buildIde();
    console.log(
      `build-ide: GraphiQL built into public/graphiql/ in ${Date.now() - started} ms (${manifest.script})`,
    );
  }
}
