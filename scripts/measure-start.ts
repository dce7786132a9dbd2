/**
 * `npm run measure:start`: how long a warm `npm start` on the five articles takes to be ready,
 * and whether the first requests after ready are as fast as later ones (issue 23).
 *
 * Starts `npm start` (src/main.ts) on a data directory of its own: the first start makes it
 * (Neo4j's store, the seeds applied), then `--starts` warm starts on it, each timed from spawn
 * to the "GraphQL API ready" line, with its phases as the API logs them. After the first start
 * and after each warm start, every shipped operation (operations/*.graphql, example variables)
 * is sent `--rounds` times; round 1 is the first requests after ready. Prints a table and writes
 * JSON to bench/results/start-<time>.json.
 *
 *   npm run measure:start -- [--starts 3] [--rounds 5]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { summarize } from "../bench/support.ts";
import { paths } from "../src/config/paths.ts";
import { freePort } from "../src/db/embedded/launcher.ts";
import { loadExampleOperations, operationsDirectory } from "../src/graphql/operations.ts";

const { values } = parseArgs({
  options: {
    starts: { type: "string", default: "3" },
    rounds: { type: "string", default: "5" },
  },
});
const starts = Number(values.starts);
const roundCount = Number(values.rounds);

interface Started {
  api: ChildProcess;
  url: string;
  readyMs: number;
  /** Log lines with `ms` (phases) by message. */
  phases: Record<string, number>;
  exited: Promise<number | null>;
}

async function start(dataDir: string): Promise<Started> {
  const port = await freePort();
  const began = performance.now();
  const api = spawn(process.execPath, ["src/main.ts"], {
    cwd: paths.root,
    env: {
      ...process.env,
      NODE_ENV: "development",
      NEO4J_URI: "",
      NEO4J_PROVIDER: "embedded",
      NEO4J_BOLT_PORT: "0",
      NEO4J_HTTP_PORT: "0",
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PASSWORD: "measure-start",
      PORT: String(port),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => api.on("exit", resolve));
  const phases: Record<string, number> = {};
  const readyMs = await new Promise<number>((resolve, reject) => {
    createInterface({ input: api.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const at = performance.now() - began;
      try {
        const entry = JSON.parse(line) as { msg?: string; ms?: number };
        if (entry.msg && typeof entry.ms === "number") phases[entry.msg] = entry.ms;
        if (entry.msg?.startsWith("Neo4j: embedded")) phases["Neo4j ready (since spawn)"] = at;
        if (entry.msg?.startsWith("GraphQL API ready")) resolve(at);
      } catch {
        // not a log line
      }
    });
    void exited.then((code) => reject(new Error(`npm start exited with ${code} before ready`)));
  });
  return { api, url: `http://127.0.0.1:${port}/graphql`, readyMs, phases, exited };
}

async function stop(started: Started): Promise<void> {
  started.api.kill("SIGTERM");
  await started.exited;
}

const operations = loadExampleOperations(operationsDirectory);

/** Each shipped operation once, one after another: ms per operation. */
async function round(url: string): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const { name, query, variables } of operations) {
    const began = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query,
        operationName: name,
        variables: variables ? JSON.parse(variables) : {},
      }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    times[name] = performance.now() - began;
  }
  return times;
}

/** `rounds` rounds of every operation: the first after ready, and the median of the others. */
async function rounds(url: string) {
  const perRound: Array<Record<string, number>> = [];
  for (let r = 0; r < roundCount; r++) perRound.push(await round(url));
  const [first = {}, ...later] = perRound;
  const total = (times: Record<string, number>) =>
    Object.values(times).reduce((sum, ms) => sum + ms, 0);
  return {
    firstRoundMs: Math.round(total(first)),
    laterRoundsMedianMs: Math.round(summarize(later.map(total)).median),
    firstRound: first,
    /** Each operation's median over the rounds after the first, to set beside `firstRound`. */
    laterRounds: Object.fromEntries(
      operations.map(({ name }) => [
        name,
        summarize(later.map((times) => times[name] ?? 0)).median,
      ]),
    ),
  };
}

const dataDir = join(mkdtempSync(join(tmpdir(), "drg-measure-start-")), "neo4j");
try {
  console.error("first start: making the store and applying the seeds");
  const first = await start(dataDir);
  const cold = await rounds(first.url);
  console.error(
    `  ready after ${(first.readyMs / 1000).toFixed(1)} s (cold); first round ${cold.firstRoundMs} ms, later rounds (median) ${cold.laterRoundsMedianMs} ms`,
  );
  await stop(first);

  const results = [];
  for (let n = 1; n <= starts; n++) {
    const warm = await start(dataDir);
    const measured = await rounds(warm.url);
    await stop(warm);
    const result = {
      start: n,
      readyMs: Math.round(warm.readyMs),
      phases: Object.fromEntries(
        Object.entries(warm.phases).map(([name, ms]) => [name, Math.round(ms)]),
      ),
      ...measured,
    };
    results.push(result);
    console.log(
      `warm start ${n}: ready ${(result.readyMs / 1000).toFixed(1)} s; ${operations.length} operations: first round ${result.firstRoundMs} ms, later rounds (median) ${result.laterRoundsMedianMs} ms; phases ${JSON.stringify(result.phases)}`,
    );
  }
  const resultsDir = join(paths.root, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `start-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ machine: { cores: cpus().length }, coldReadyMs: Math.round(first.readyMs), cold, results }, null, 2)}\n`,
  );
  console.log(`written: ${file}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
