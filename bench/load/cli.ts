/**
 * `npm run bench:load`: many clients at once. The explorer's mix (bench/load/mix.ts) with
 * 1, 8, 32 and 128 concurrent clients against this API, @neo4j/graphql 7.6.3 and the
 * hand-written client on the same Neo4j, one system at a time: throughput, p50/p95/p99,
 * errors, memory and CPU of the system's process, Neo4j's heap and CPU, where each system
 * saturates, a CPU profile of each system's process. Writes bench/results/load-<timestamp>.json
 * (and the profiles beside it); exits 1 when any request failed.
 *
 *   --scale 1000000              meetings of the generated dataset (default 1M)
 *   --clients 1,8,32,128         the levels
 *   --duration-s 20 --warmup-s 5 per level
 *   --systems api,neo4j-graphql,hand-written
 *   --operations ActorPage,ActorNetwork,PartyPage,Pair,Search,Connection
 *   --random-draws 32            random subjects drawn per operation
 *   --api-env K=V,K=V            the API's environment over the bench's (run-load.ts API_ENV),
 *                                e.g. NEO4J_MAX_CONCURRENT_QUERIES=8
 *   --profile-clients 32         the level of the extra, profiled run (0: none)
 *   --profile-s 10
 *   --timeout-ms 10000           bound of one request (the anchors' transaction timeout)
 *   --seed 1                     the dataset's seed (and the mix's)
 *   --data-root DIR              where datasets live (or SCALE_DATA_ROOT)
 *   --page-cache 4g --heap 2g    the embedded Neo4j's (page cache sized for the store by default)
 *   --results-dir DIR            default bench/results
 */
import { parseArgs } from "node:util";
import { paths } from "../../src/config/paths.ts";
import { OPERATIONS, type OperationName } from "./mix.ts";
import { SYSTEM_NAMES, type SystemName } from "./protocol.ts";
import { runLoad } from "./run-load.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1000000" },
    clients: { type: "string", default: "1,8,32,128" },
    "duration-s": { type: "string", default: "20" },
    "warmup-s": { type: "string", default: "5" },
    systems: { type: "string", default: SYSTEM_NAMES.join(",") },
    operations: { type: "string", default: OPERATIONS.join(",") },
    "random-draws": { type: "string", default: "32" },
    "api-env": { type: "string", default: "" },
    "profile-clients": { type: "string", default: "32" },
    "profile-s": { type: "string", default: "10" },
    "timeout-ms": { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    "data-root": { type: "string" },
    "page-cache": { type: "string" },
    heap: { type: "string", default: "2g" },
    "results-dir": { type: "string", default: `${paths.root}bench/results` },
  },
});

function fail(message: string): never {
  console.error(`bench:load: ${message}`);
  process.exit(2);
}

function wholeNumber(name: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    fail(`--${name} must be a whole number ≥ ${min}, got "${text}"`);
  return value;
}

function listOf<T extends string>(
  name: string,
  text: string | undefined,
  known: readonly T[],
): T[] {
  const items = (text ?? "").split(",").map((item) => item.trim());
  for (const item of items)
    if (!known.includes(item as T)) fail(`--${name}: "${item}" is not one of ${known.join(", ")}`);
  return items as T[];
}

function environment(text: string | undefined): Record<string, string> {
  const pairs = (text ?? "").split(",").filter((pair) => pair.trim() !== "");
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf("=");
      if (at < 1) fail(`--api-env: "${pair}" is not KEY=VALUE`);
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

const profileClients = wholeNumber("profile-clients", values["profile-clients"], 0);

try {
  const { report, file } = await runLoad({
    meetings: wholeNumber("scale", values.scale, 1),
    seed: wholeNumber("seed", values.seed, 0),
    clients: (values.clients ?? "")
      .split(",")
      .map((text) => wholeNumber("clients", text.trim(), 1)),
    durationS: wholeNumber("duration-s", values["duration-s"], 1),
    warmupS: wholeNumber("warmup-s", values["warmup-s"], 0),
    timeoutMs: wholeNumber("timeout-ms", values["timeout-ms"], 1),
    systems: listOf<SystemName>("systems", values.systems, SYSTEM_NAMES),
    operations: listOf<OperationName>("operations", values.operations, OPERATIONS),
    randomDraws: wholeNumber("random-draws", values["random-draws"], 1),
    apiEnv: environment(values["api-env"]),
    profileClients: profileClients === 0 ? null : profileClients,
    profileS: wholeNumber("profile-s", values["profile-s"], 1),
    pageCache: values["page-cache"],
    heap: values.heap ?? "2g",
    dataRoot: values["data-root"] ?? process.env.SCALE_DATA_ROOT,
    resultsDir: values["results-dir"] ?? `${paths.root}bench/results`,
    print: (text) => console.log(text),
    log: (line) => console.error(line),
  });
  console.log(`\nresults: ${file}`);
  if (report.errors > 0) process.exitCode = 1;
} catch (error) {
  console.error(`bench:load failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
}
