/**
 * `npm run measure:explorer [-- --url http://127.0.0.1:4000] [--runs 7]`: how fast the
 * explorer's first screen renders, and how big its bundle is.
 *
 * Against the API at --url, or (by default) an API this script starts on the configured Neo4j
 * as `npm start` does. Each run opens the page in a fresh headless Chromium context (an empty
 * cache, as a first visit), with every non-local request aborted, and times navigation start
 * → the first screen rendered (the home view's `data-ready`, and the browser's first
 * contentful paint), then Ryan Crocker's page until his network is drawn. Prints medians and
 * worst runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startApplication } from "../src/application.ts";
import { loadConfig } from "../src/config/index.ts";
import { paths } from "../src/config/paths.ts";
import { createLogger } from "../src/log/logger.ts";
import { isLocal, launchChromium } from "../test/support/browser.ts";

const { values } = parseArgs({
  options: { url: { type: "string" }, runs: { type: "string", default: "7" } },
});
const runs = Number(values.runs);

const application = values.url
  ? undefined
  : await startApplication(
      loadConfig({ ...process.env, PORT: "0", LOG_LEVEL: "warn" }),
      createLogger("warn"),
    );
const base = values.url ?? application?.url;
if (!base) throw new Error("no API to measure");

const browser = await launchChromium();
const firstScreen: number[] = [];
const firstPaint: number[] = [];
const actorPage: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/*", (route) =>
      isLocal(route.request().url()) ? route.continue() : route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${base}/`);
    await page.locator('main[data-view="home"][data-ready="true"]').waitFor();
    firstScreen.push(Date.now() - started);
    firstPaint.push(
      // Page code as text: this project's TypeScript settings have no DOM types.
      await page.evaluate<number>(`new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName("first-contentful-paint")[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: "paint", buffered: true });
        setTimeout(() => resolve(Number.NaN), 2000);
      })`),
    );

    const actorStarted = Date.now();
    await page.goto(`${base}/#/actor/person%3Aryan-crocker`);
    await page.locator(".network-canvas[data-nodes]").waitFor();
    actorPage.push(Date.now() - actorStarted);
    await context.close();
  }
} finally {
  await browser.close();
  await application?.stop();
}

const manifest = JSON.parse(
  readFileSync(join(paths.root, "public", "explorer", "manifest.json"), "utf8"),
) as {
  script: string;
  styles: string[];
  files: { file: string; bytes: number; gzipBytes: number }[];
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (files: typeof manifest.files) =>
  `${kib(files.reduce((total, f) => total + f.bytes, 0))} (${kib(files.reduce((total, f) => total + f.gzipBytes, 0))} gzipped)`;
const firstFiles = manifest.files.filter(
  (f) => f.file === manifest.script || manifest.styles.includes(f.file),
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms, worst ${Math.max(...xs).toFixed(0)} ms`;

console.log(`explorer at ${base}, ${runs} cold runs in headless Chromium`);
console.log(`  first screen rendered:      ${ms(firstScreen)}`);
console.log(`  first contentful paint:     ${ms(firstPaint)}`);
console.log(`  then Ryan Crocker's page (in-app navigation), network drawn: ${ms(actorPage)}`);
console.log(`  bundle, first screen:       ${sum(firstFiles)}`);
console.log(`  bundle, everything:         ${sum(manifest.files)}`);
for (const file of manifest.files) {
  console.log(
    `    ${file.file.padEnd(40)} ${kib(file.bytes).padStart(10)} ${kib(file.gzipBytes).padStart(10)} gz`,
  );
}
