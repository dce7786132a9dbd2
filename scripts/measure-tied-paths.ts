/**
 * `node scripts/measure-tied-paths.ts`: how long the tied shortest connections take
 * (src/data/tied-paths.ts, issue 24) on a generated dataset, for the hub and the median
 * person (bench/scale/subjects.ts picks them): median → hub, hub → median and hub → the
 * person after it, through the library's shortest-connection.cypher and the API's
 * shortestConnections (10 paths, 6 hops), p50 of --runs (5) after one warm-up call.
 * A call that fails (the 100 MiB transaction memory limit, a timeout) is printed with its
 * error code.
 *
 *   NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD   a Neo4j already holding the dataset, or
 *   --meetings 1000000 [--data-root DIR]         the dataset opened here (read only) and stopped
 *   --runs 5
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { hubAndMedian, peopleByMeetings } from "../bench/scale/subjects.ts";
import { shortestConnections } from "../src/data/paths.ts";
import { CypherExecutor } from "../src/db/executor.ts";
import { openScaleDataset, pageCacheFor } from "../src/generate/scale-dataset.ts";
import { parseQueryFile, withOptionalParams } from "../src/queries/library.ts";

const { values } = parseArgs({
  options: {
    meetings: { type: "string" },
    "data-root": { type: "string" },
    runs: { type: "string", default: "5" },
  },
});
const runs = Number(values.runs);

let stop = async () => {};
let driver: Driver;
if (values.meetings) {
  const meetings = Number(values.meetings);
  const { target } = await openScaleDataset({
    meetings,
    seed: 1,
    pageCache: pageCacheFor(meetings),
    heap: "2g",
    ...(values["data-root"] ? { dataRoot: values["data-root"] } : {}),
  });
  driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  stop = () => target.stop();
} else {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("set NEO4J_URI (and NEO4J_PASSWORD) or give --meetings");
  driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  );
}

const file = fileURLToPath(
  new URL("../cypher/queries/shortest-connection.cypher", import.meta.url),
);
const library = parseQueryFile(file, readFileSync(file, "utf8"));
const executor = new CypherExecutor(driver, { database: undefined, timeoutMs: 60_000 });

async function time(call: () => Promise<number>) {
  const started = performance.now();
  try {
    const rows = await call();
    return { ms: performance.now() - started, rows };
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message.slice(0, 120);
    return { ms: performance.now() - started, error: code };
  }
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

try {
  const ranked = await peopleByMeetings(driver, undefined);
  const { hub, median } = hubAndMedian(ranked);
  const second = ranked[1];
  if (!second) throw new Error("fewer than two people with meetings");
  console.log(`hub ${hub.id} (${hub.degree}), median ${median.id} (${median.degree})`);
  const pairs = [
    ["median → hub", median.id, hub.id],
    ["hub → median", hub.id, median.id],
    ["hub → hub", hub.id, second.id],
  ] as const;
  for (const [name, a, b] of pairs) {
    const ways = {
      library: async () =>
        (
          await driver.executeQuery(library.cypher, withOptionalParams(library, { a, b }), {
            routing: neo4j.routing.READ,
          })
        ).records.length,
      api: async () =>
        (
          await shortestConnections(
            executor,
            { from: a, fromLabel: "Person", to: b, toLabel: "Person", hops: 6 },
            10,
          )
        ).length,
    };
    for (const [way, call] of Object.entries(ways)) {
      const results = [];
      for (let i = 0; i <= runs; i++) results.push(await time(call));
      const timed = results.slice(1);
      const failed = timed.find((r) => r.error);
      const ms = timed.map((r) => Math.round(r.ms));
      console.log(
        `${name.padEnd(13)} ${way.padEnd(8)} p50 ${p50(ms)} ms  [${ms.join(", ")}]  ${
          failed ? `FAILED ${failed.error}` : `${timed[0]?.rows} paths`
        }`,
      );
    }
  }
} finally {
  await driver.close();
  await stop();
}
