// Planning time (EXPLAIN after clearing the query caches, median of 5, warm JVM) of the src API
// text cut at each top-level "// " comment line.
import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { tiedShortestPaths } from "../src/data/tied-paths.ts";
const c = JSON.parse(readFileSync(".scratch/server-2000.json", "utf8"));
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password));
const full = tiedShortestPaths({ maxHops: 6, limit: "$first", hopsBound: "$maxHops", middle: (n) => `NOT ($noCountry AND ${n}:Country) AND NOT ($noUnheld AND ${n}:Meeting AND ${n}.status <> 'HELD')`, pathPredicate: `none(n IN nodes(path) WHERE ($noCountry AND n:Country AND NOT n.id IN [$from, $to]) OR ($noUnheld AND n:Meeting AND n.status <> 'HELD'))` });
const lines = full.split("\n");
const cuts = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\/\/ /.test(l)).map(([, i]) => i).concat([lines.length]);
const params = { from: "a", to: "b", first: neo4j.int(10), maxHops: neo4j.int(6), noCountry: false, noUnheld: false };
try {
  for (const cut of cuts.slice(1)) {
    const text = `EXPLAIN MATCH (x:Person|Organization|Country {id: $from})
MATCH (y:Person|Organization|Country {id: $to})
${lines.slice(0, cut).join("\n")}
RETURN count(*) AS n`;
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      await d.executeQuery("CALL db.clearQueryCaches()");
      const t = performance.now();
      await d.executeQuery(text, params);
      ms.push(Math.round(performance.now() - t));
    }
    ms.sort((a, b) => a - b);
    console.log(`${String(ms[2]).padStart(6)} ms  up to: ${(lines[cut] ?? "end").slice(0, 70)}`);
  }
} finally { await d.close(); }
