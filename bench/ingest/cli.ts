/**
 * `npm run bench:ingest`: a new article applied, corrected and retracted on generated
 * datasets of 10k, 100k and 1M meetings (reused when present), each step timed while clients
 * read actor pages; the graph's checksum before and after; the five project articles applied
 * and a warm `npm start` with one changed. Writes bench/results/ingest-<timestamp>.json.
 * Exit 1 when a checksum differs or a step failed. bench/ingest/README.md has the targets.
 *
 *   --scales 10000,100000   which scales (default 10000,100000,1000000)
 *   --cycles 3              apply/correct/retract cycles per scale
 *   --rest-seconds 20       actor pages at rest before the cycles
 *   --clients 2             clients reading actor pages throughout
 *   --no-checksum           skip the whole-graph checksums (they read every node)
 *   --no-start              skip the project articles and the warm start
 *   --no-rebuild            skip the full rebuild of derived data
 *   --seed 1 --heap 2g --data-root DIR (or SCALE_DATA_ROOT) --results-dir DIR
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { paths } from "../../src/config/paths.ts";
import { type IngestScaleResult, runIngestScale } from "./bench.ts";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "10000,100000,1000000" },
    cycles: { type: "string", default: "3" },
    "rest-seconds": { type: "string", default: "20" },
    clients: { type: "string", default: "2" },
    "no-checksum": { type: "boolean" },
    "no-start": { type: "boolean" },
    "no-rebuild": { type: "boolean" },
    seed: { type: "string", default: "1" },
    heap: { type: "string", default: "2g" },
    "data-root": { type: "string" },
    "results-dir": { type: "string", default: `${paths.root}bench/results` },
  },
});

function whole(name: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`bench:ingest: --${name} must be a whole number ≥ ${min}, got "${text}"`);
    process.exit(2);
  }
  return value;
}

const scales = (values.scales ?? "").split(",").map((text) => whole("scales", text.trim(), 1));
const results: IngestScaleResult[] = [];
const problems: string[] = [];
const started = new Date();
try {
  for (const meetings of scales) {
    const result = await runIngestScale({
      meetings,
      seed: whole("seed", values.seed, 0),
      cycles: whole("cycles", values.cycles, 1),
      restSeconds: whole("rest-seconds", values["rest-seconds"], 1),
      clients: whole("clients", values.clients, 1),
      checksum: !values["no-checksum"],
      rebuild: !values["no-rebuild"],
      start: !values["no-start"],
      heap: values.heap ?? "2g",
      dataRoot: values["data-root"] ?? process.env.SCALE_DATA_ROOT,
      log: (line) => console.error(line),
    });
    results.push(result);
    if (result.checksum && result.checksum.after !== result.checksum.before)
      problems.push(`${meetings}: the graph after everything was undone differs from before`);
    problems.push(...result.errors.map((error) => `${meetings}: ${error}`));
    console.log(table(results));
  }
} catch (error) {
  console.error(`bench:ingest failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
}

mkdirSync(values["results-dir"] ?? "", { recursive: true });
const file = join(
  values["results-dir"] ?? "",
  `ingest-${started.toISOString().replaceAll(":", "-").replace(".", "-")}.json`,
);
writeFileSync(
  file,
  `${JSON.stringify({ startedAt: started.toISOString(), scales: results, problems }, null, 2)}\n`,
);
console.log(`\nresults: ${file}`);
for (const problem of problems) console.log(`PROBLEM ${problem}`);
if (problems.length > 0) process.exitCode = 1;

function table(rows: IngestScaleResult[]): string {
  const ms = (value: number | null | undefined) =>
    value === null || value === undefined ? "–" : `${Math.round(value)}`;
  const lines = [
    "| meetings | first apply / correct / retract after start, ms | apply ms | correct ms | retract ms | actor page p95 at rest | p95 during steps (pages) | ratio | graph after = before | rebuild s | five articles ms | warm start s |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    const equal = r.checksum
      ? r.checksum.after === r.checksum.before
        ? "yes"
        : "NO"
      : "not checked";
    lines.push(
      `| ${r.meetings.toLocaleString("en")} | ${ms(r.firstAfterStart.applyMs)} / ${ms(r.firstAfterStart.correctMs)} / ${ms(r.firstAfterStart.retractMs)} | ${ms(r.worst.applyMs)} | ${ms(r.worst.correctMs)} | ${ms(r.worst.retractMs)} | ${r.atRest.p95Ms.toFixed(1)} | ${r.worst.pageP95DuringMs.toFixed(1)} (${r.worst.pagesDuring}) | ${(r.worst.pageP95DuringMs / r.atRest.p95Ms).toFixed(2)}× | ${equal} | ${r.rebuild ? (r.rebuild.ms / 1000).toFixed(1) : "–"} | ${r.projectArticles ? ms(r.projectArticles.reduce((t, a) => t + a.ms, 0)) : "–"} | ${r.warmStart ? (r.warmStart.readyMs / 1000).toFixed(1) : "–"} |`,
    );
  }
  return lines.join("\n");
}
