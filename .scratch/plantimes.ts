// Text lengths and planning times (EXPLAIN after db.clearQueryCaches()) of the tied-paths
// text: main's, paths2's and the working tree's, the API's text and the library's.
// node .scratch/plantimes.ts [rounds=4] [variants=main,paths2,now]
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { paths } from "../src/config/paths.ts";
import { applyScriptFile } from "../src/db/apply-scripts.ts";
import { startEmbeddedNeo4j } from "../src/db/embedded/launcher.ts";
import { parseQueryFile, withOptionalParams } from "../src/queries/library.ts";

const rounds = Number(process.argv[2] ?? 4);
const names = (process.argv[3] ?? "main,paths2,now").split(",");
const sources: Record<string, [string, string]> = {
  main: ["./tied-paths-main.ts", ".scratch/main/shortest-connection.cypher"],
  paths2: ["./tied-paths-paths2.ts", ".scratch/paths2/shortest-connection.cypher"],
  now: ["../src/data/tied-paths.ts", "cypher/queries/shortest-connection.cypher"],
};
type Fn = typeof import("../src/data/tied-paths.ts").tiedShortestPaths;
const apiOptions = (f: Fn) =>
  f({
  maxHops: 6,
  limit: "$first",
  hopsBound: "$maxHops",
  middle: (n) =>
    `NOT ($noCountry AND ${n}:Country) AND NOT ($noUnheld AND ${n}:Meeting AND ${n}.status <> 'HELD')`,
  pathPredicate: `none(n IN nodes(path) WHERE ($noCountry AND n:Country AND NOT n.id IN [$from, $to])
                                       OR ($noUnheld AND n:Meeting AND n.status <> 'HELD'))`,
  });
const apiText = (f: Fn) => `MATCH (x:Person|Organization|Country {id: $from})
MATCH (y:Person|Organization|Country {id: $to})
${apiOptions(f)}
RETURN nodes, rels ORDER BY key`;
const apiParams = {
  from: "person:a",
  to: "person:b",
  maxHops: neo4j.int(6),
  first: neo4j.int(10),
  noCountry: false,
  noUnheld: false,
};
const texts: { name: string; text: string; params: Record<string, unknown> }[] = [];
for (const name of names) {
  const [module, file] = sources[name] as [string, string];
  const f = ((await import(module)) as { tiedShortestPaths: Fn }).tiedShortestPaths;
  const fileText = readFileSync(file, "utf8");
  const library = parseQueryFile(file, fileText);
  const api = apiText(f);
  console.log(
    `${name.padEnd(7)} tiedShortestPaths(API) ${apiOptions(f).length}` +
      `  (6, "10") ${f({ maxHops: 6, limit: "10" }).length}  API query ${api.length}  library file ${fileText.length} (query ${library.cypher.length})`,
  );
  texts.push({ name: `${name} api`, text: api, params: apiParams });
  texts.push({
    name: `${name} library`,
    text: library.cypher,
    params: withOptionalParams(library, { a: "person:a", b: "person:b" }),
  });
}
if (rounds === 0) process.exit(0);
// cold: a fresh server for each variant (its first EXPLAIN is on a cold JVM, as at start-up);
// warm: one server, the variants' order rotated each round.
const mode = process.argv[4] ?? "warm";
const times = new Map<string, number[]>(texts.map((t) => [t.name, []]));
async function withServer(run: (d: neo4j.Driver) => Promise<void>) {
  const server = await startEmbeddedNeo4j({
    boltPort: 0,
    httpPort: 0,
    dataDir: join(mkdtempSync(join(tmpdir(), "pt-")), "data"),
    heap: "1g",
    log: () => {},
  });
  const d = neo4j.driver(server.boltUri, neo4j.auth.basic("neo4j", server.password));
  try {
    await applyScriptFile(d, paths.schemaCypher, undefined);
    await run(d);
  } finally {
    await d.close();
    await server.stop();
  }
}
async function explain(d: neo4j.Driver, t: (typeof texts)[number]) {
  await d.executeQuery("CALL db.clearQueryCaches()");
  const started = performance.now();
  await d.executeQuery(`EXPLAIN ${t.text}`, t.params);
  times.get(t.name)?.push(Math.round(performance.now() - started));
}
if (mode === "cold") {
  for (let r = 0; r < rounds; r++)
    for (const name of names)
      await withServer(async (d) => {
        for (const t of texts.filter((t) => t.name.startsWith(`${name} `))) await explain(d, t);
      });
} else {
  await withServer(async (d) => {
    for (let r = 0; r < rounds; r++)
      for (let j = 0; j < texts.length; j++)
        await explain(d, texts[(j + r * 2) % texts.length] as (typeof texts)[number]);
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
for (const [name, ms] of times)
  console.log(`${name.padEnd(16)} ${mode} median ${median(ms)} ms  [${ms.join(", ")}]`);
