/**
 * `npm run bench:scale`: this API against one hand-written Cypher query per page and
 * against @neo4j/graphql 7.6.3, on generated datasets of 10k, 100k and 1M meetings (reused
 * when present, generated otherwise). Prints p50/p95, the API's round trips, ratios, growth
 * and memory; writes bench/results/scale-<timestamp>.json; exits 1 on any MISMATCH between
 * the ids the three return.
 *
 *   --scales 10000,100000   which scales (default 10000,100000,1000000)
 *   --requests 50 --warmup 10
 *   --seed 1                the datasets' seed
 *   --data-root DIR         where datasets live (or SCALE_DATA_ROOT), e.g. another worktree's
 *                           .data/scale; default: the generator's own default
 *   --timeout-ms 10000      bound of one request (the anchors' transaction timeout)
 *   --page-cache 4g         page cache for every scale (default: sized for each store)
 *   --heap 2g               embedded Neo4j heap
 *   --results-dir DIR       default bench/results
 */
import { parseArgs } from "node:util";
import { paths } from "../../src/config/paths.ts";
import { runBench } from "./bench.ts";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "10000,100000,1000000" },
    requests: { type: "string", default: "50" },
    warmup: { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    "data-root": { type: "string" },
    "timeout-ms": { type: "string", default: "10000" },
    "page-cache": { type: "string" },
    heap: { type: "string", default: "2g" },
    "results-dir": { type: "string", default: `${paths.root}bench/results` },
  },
});

function wholeNumber(name: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`bench:scale: --${name} must be a whole number ≥ ${min}, got "${text}"`);
    process.exit(2);
  }
  return value;
}

const scales = (values.scales ?? "")
  .split(",")
  .map((text) => wholeNumber("scales", text.trim(), 1));

try {
  const { report, file } = await runBench({
    scales,
    seed: wholeNumber("seed", values.seed, 0),
    requests: wholeNumber("requests", values.requests, 1),
    warmup: wholeNumber("warmup", values.warmup, 0),
    timeoutMs: wholeNumber("timeout-ms", values["timeout-ms"], 1),
    pageCache: values["page-cache"],
    heap: values.heap ?? "2g",
    dataRoot: values["data-root"] ?? process.env.SCALE_DATA_ROOT,
    resultsDir: values["results-dir"] ?? `${paths.root}bench/results`,
    print: (text) => console.log(text),
    log: (line) => console.error(line),
  });
  console.log(`\nresults: ${file}`);
  if (report.mismatches.length > 0) {
    for (const mismatch of report.mismatches) console.log(`MISMATCH ${mismatch}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`bench:scale failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
}
