/**
 * `npm run bench`: how the actor page (operations/actor-page.graphql) costs against an anchor
 * measured in the same run over the same HTTP stack: a single person lookup, one Cypher round
 * trip. Speed targets are stated as this ratio, which holds across machines and load, never
 * as milliseconds in a timed unit test.
 *
 * Starts the application in-process the way `npm start` does (NEO4J_URI if set, else a
 * container, else the embedded Neo4j on free ports with a throwaway data directory, seeded),
 * warms up, then alternates anchor and actor-page requests one at a time so that any drift
 * in the machine's load hits both alike. Prints median and p95 of each, the ratio, the Cypher
 * round trips per actor page, and the API process's heap and RSS.
 *
 *   BENCH_REQUESTS (default 100) measured requests of each kind; BENCH_WARMUP (default 20)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApplication, startApplication } from "../src/application.ts";
import { loadConfig } from "../src/config/index.ts";
import { paths } from "../src/config/paths.ts";
import { createLogger } from "../src/log/logger.ts";
import { mb, postGraphQL, summarize } from "./support.ts";

const PERSON_ID = "person:ryan-crocker";
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);

interface Operation {
  name: string;
  body: string;
}

const anchor: Operation = {
  name: "anchor: person(id) { name }",
  body: JSON.stringify({
    query: "query Anchor($id: ID!) { person(id: $id) { name } }",
    variables: { id: PERSON_ID },
  }),
};
const actorPage: Operation = {
  name: "actor page",
  body: JSON.stringify({
    query: readFileSync(`${paths.root}operations/actor-page.graphql`, "utf8"),
    variables: { id: PERSON_ID },
    operationName: "ActorPage",
  }),
};

interface Sample {
  ms: number;
  cypherQueries: number | undefined;
}

async function request(endpoint: string, operation: Operation): Promise<Sample> {
  const { ms, status, json } = await postGraphQL(endpoint, operation.body);
  // Timing error responses would measure the wrong thing.
  if (status !== 200 || json.errors?.length || !json.data?.person) {
    throw new Error(`${operation.name}: HTTP ${status} ${JSON.stringify(json).slice(0, 500)}`);
  }
  return { ms, cypherQueries: json.extensions?.cypher?.queries };
}

async function bench(app: RunningApplication): Promise<void> {
  const endpoint = `${app.url}/graphql`;
  for (let i = 0; i < WARMUP; i += 1) {
    await request(endpoint, anchor);
    await request(endpoint, actorPage);
  }
  const anchorSamples: Sample[] = [];
  const actorSamples: Sample[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    anchorSamples.push(await request(endpoint, anchor));
    actorSamples.push(await request(endpoint, actorPage));
  }

  const a = summarize(anchorSamples.map((s) => s.ms));
  const p = summarize(actorSamples.map((s) => s.ms));
  const roundTrips = [...new Set(actorSamples.map((s) => s.cypherQueries))];
  const anchorTrips = [...new Set(anchorSamples.map((s) => s.cypherQueries))];
  const memory = process.memoryUsage();
  const rows: Array<[string, string, string, string]> = [
    ["operation", "median", "p95", "Cypher round trips"],
    [anchor.name, `${a.median.toFixed(2)} ms`, `${a.p95.toFixed(2)} ms`, anchorTrips.join("/")],
    [actorPage.name, `${p.median.toFixed(2)} ms`, `${p.p95.toFixed(2)} ms`, roundTrips.join("/")],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  console.log(
    `\nactor-page bench: ${REQUESTS} requests each after ${WARMUP} warm-up, Neo4j ${app.neo4j.source}`,
  );
  for (const row of rows)
    console.log(`  ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ")}`);
  console.log(
    `  ratio actor page / anchor: median ${(p.median / a.median).toFixed(2)}×, p95 ${(p.p95 / a.p95).toFixed(2)}×`,
  );
  console.log(
    `  API process: heap used ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)}, RSS ${mb(memory.rss)}, ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  if (roundTrips.includes(undefined)) {
    console.log("  (no extensions.cypher in responses: is NODE_ENV production?)");
  }
}

const dataDir = mkdtempSync(join(tmpdir(), "drg-bench-neo4j-"));
const config = loadConfig({
  ...process.env,
  // Diagnostics (extensions.cypher) are off in production; the bench needs them.
  NODE_ENV: "development",
  PORT: "0",
  NEO4J_BOLT_PORT: "0",
  NEO4J_HTTP_PORT: "0",
  NEO4J_DATA_DIR: dataDir,
  SEED_ON_START: "true",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
});
let app: RunningApplication | undefined;
try {
  app = await startApplication(config, createLogger(config.logLevel));
  await bench(app);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
