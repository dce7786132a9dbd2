// Peak memory (PROFILE's GlobalMemory) of the tied-paths text, per variant, for the measured pairs.
// node .scratch/mem.ts <meetings> [variants=main,paths2,now]
import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { hubAndMedian, peopleByMeetings } from "../bench/scale/subjects.ts";
const meetings = process.argv[2] ?? "100000";
const names = (process.argv[3] ?? "main,paths2,now").split(",");
const c = JSON.parse(readFileSync(`.scratch/server-${meetings}.json`, "utf8"));
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password));
type Fn = typeof import("../src/data/tied-paths.ts").tiedShortestPaths;
const mods: Record<string, string> = { main: "./tied-paths-main.ts", paths2: "./tied-paths-paths2.ts", now: "../src/data/tied-paths.ts" };
try {
  const ranked = await peopleByMeetings(d, undefined);
  const { hub, median } = hubAndMedian(ranked);
  const second = ranked[1];
  const pairs = [["median → hub", median.id, hub.id], ["hub → median", hub.id, median.id], ["hub → hub", hub.id, second?.id]];
  for (const name of names) {
    const f = ((await import(mods[name] as string)) as { tiedShortestPaths: Fn }).tiedShortestPaths;
    for (const api of [false, true]) {
      const text = `PROFILE MATCH (x:Person|Organization|Country {id: $from})
MATCH (y:Person|Organization|Country {id: $to})
${api ? f({ maxHops: 6, limit: "$first", hopsBound: "$maxHops", middle: (n) => `NOT ($noCountry AND ${n}:Country) AND NOT ($noUnheld AND ${n}:Meeting AND ${n}.status <> 'HELD')`, pathPredicate: `none(n IN nodes(path) WHERE ($noCountry AND n:Country AND NOT n.id IN [$from, $to]) OR ($noUnheld AND n:Meeting AND n.status <> 'HELD'))` }) : f({ maxHops: 6, limit: "10" })}
RETURN hops, [n IN nodes | n.id] AS ids ORDER BY key`;
      for (const [label, from, to] of pairs) {
        const r = await d.executeQuery(text, { from, to, first: neo4j.int(10), maxHops: neo4j.int(6), noCountry: false, noUnheld: false });
        const args = (r.summary.profile as unknown as { arguments: Record<string, unknown> }).arguments;
        console.log(`${name.padEnd(7)} ${api ? "api" : "library"} ${String(label).padEnd(13)} GlobalMemory ${Math.round(Number(args.GlobalMemory) / 1024)} KiB, rows ${r.records.length}, hops ${r.records[0]?.get("hops")}`);
      }
    }
  }
} finally { await d.close(); }
