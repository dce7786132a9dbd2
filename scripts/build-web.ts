/**
 * Builds the explorer (web/: React, urql, Cytoscape.js, Observable Plot) into public/explorer/,
 * so the API serves every byte of it itself: no CDN, works offline. Run by `npm run build:web`,
 * and by `prepare` on `npm ci`. src/http/explorer.ts reads the manifest.json written here.
 *
 * ES modules with code splitting: the first screen loads the app alone, and the graph and
 * chart libraries arrive as their own chunks when a view draws one. Names carry a content
 * hash, so browsers may cache them forever.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative as relativePath, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Metafile } from "esbuild";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
export const explorerDirectory = join(projectRoot, "public", "explorer");

/** What src/http/explorer.ts needs: file names relative to explorerDirectory. */
export interface ExplorerManifest {
  script: string;
  styles: string[];
  /** Every output with its size in bytes, raw and gzipped, for the record. */
  files: { file: string; bytes: number; gzipBytes: number }[];
}

export async function buildExplorer(outdir = explorerDirectory): Promise<ExplorerManifest> {
  const esbuild = await import("esbuild");
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { explorer: "web/src/main.tsx" },
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    legalComments: "linked",
    jsx: "automatic",
    target: ["chrome120", "firefox120", "safari17"],
    define: { "process.env.NODE_ENV": '"production"' },
    outdir,
    entryNames: "[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    absWorkingDir: projectRoot,
    tsconfig: "web/tsconfig.json",
    metafile: true,
    logLevel: "warning",
  });
  const metafile = result.metafile as Metafile;
  const relative = (output: string) => relativePath(outdir, resolve(projectRoot, output));
  const entry = Object.entries(metafile.outputs).find(
    ([output, info]) => info.entryPoint !== undefined && output.endsWith(".js"),
  );
  if (!entry) throw new Error("esbuild produced no explorer script");
  const [script, info] = entry;
  const files = Object.keys(metafile.outputs)
    .filter((output) => /\.(js|css)$/.test(output))
    .map((output) => {
      const bytes = statSync(resolve(projectRoot, output)).size;
      const gzipBytes = gzipSync(readFileSync(resolve(projectRoot, output))).length;
      return { file: relative(output), bytes, gzipBytes };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const manifest: ExplorerManifest = {
    script: relative(script),
    styles: info.cssBundle ? [relative(info.cssBundle)] : [],
    files,
  };
  writeFileSync(join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.main) {
  let esbuildPresent = true;
  try {
    await import("esbuild");
  } catch {
    esbuildPresent = false;
  }
  if (!esbuildPresent) {
    // A production install (`npm ci --omit=dev`) has no bundler; the explorer is off in
    // production unless EXPLORER=true, and the image builds it in its own stage.
    console.warn(
      "build-web: esbuild is not installed (dev dependencies omitted); skipping the explorer",
    );
  } else {
    const started = Date.now();
    const manifest = await buildExplorer();
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    const first = manifest.files.filter(
      (f) => f.file === manifest.script || manifest.styles.includes(f.file),
    );
    const total = manifest.files.reduce((sum, f) => sum + f.gzipBytes, 0);
    console.log(
      `build-web: explorer built into public/explorer/ in ${Date.now() - started} ms; first screen ${kb(
        first.reduce((sum, f) => sum + f.gzipBytes, 0),
      )} gzipped, everything ${kb(total)} gzipped`,
    );
  }
}
