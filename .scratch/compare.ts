// Compares the tied-paths text of src/ with paths2's (or main's) on pairs of a running
// dataset: same rows (node ids, relationship element ids, keys), for the API's options
// (first 1/3/10, weak links) and the library's (6, "10").
// node .scratch/compare.ts <meetings> [pairs=40] [reference=paths2]
import { readFileSync } from "node:fs";
import neo4j from "neo4j-driver";

const meetings = process.argv[2] ?? "2000";
const count = Number(process.argv[3] ?? 40);
const reference = process.argv[4] ?? "paths2";
const c = JSON.parse(readFileSync(`.scratch/server-${meetings}.json`, "utf8"));
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password));
type Fn = typeof import("../src/data/tied-paths.ts").tiedShortestPaths;
const load = async (m: string) => ((await import(m)) as { tiedShortestPaths: Fn }).tiedShortestPaths;
const now = await load("../src/data/tied-paths.ts");
const ref = await load(`./tied-paths-${reference}.ts`);
const wrap = (f: Fn, api: boolean) => `MATCH (x:Person|Organization|Country {id: $from})
MATCH (y:Person|Organization|Country {id: $to})
${
  api
    ? f({
        maxHops: 6,
        limit: "$first",
        hopsBound: "$maxHops",
        middle: (n) =>
          `NOT ($noCountry AND ${n}:Country) AND NOT ($noUnheld AND ${n}:Meeting AND ${n}.status <> 'HELD')`,
        pathPredicate: `none(n IN nodes(path) WHERE ($noCountry AND n:Country AND NOT n.id IN [$from, $to])
                                       OR ($noUnheld AND n:Meeting AND n.status <> 'HELD'))`,
      })
    : f({ maxHops: 6, limit: "10" })
}
RETURN hops, [n IN nodes | n.id] AS ids, [r IN rels | elementId(r)] AS rels, key ORDER BY key`;
// MUTATE="from|||to": a change to the src text, to see that some pair notices it.
const mutate = (text: string) => {
  const m = process.env.MUTATE;
  if (!m) return text;
  const [from, to] = m.split("|||") as [string, string];
  if (!text.includes(from)) throw new Error(`MUTATE: not found: ${from}`);
  return text.replace(from, to);
};
const texts = {
  api: [mutate(wrap(now, true)), wrap(ref, true)],
  lib: [mutate(wrap(now, false)), wrap(ref, false)],
};
const run = async (text: string, params: Record<string, unknown>) => {
  const t = performance.now();
  let r: Awaited<ReturnType<typeof d.executeQuery>>;
  try {
    r = await d.executeQuery(text, params, { routing: neo4j.routing.READ });
  } catch (error) {
    return { ms: performance.now() - t, rows: `error ${(error as Error).message.slice(0, 100)}`, n: 0 };
  }
  return { ms: performance.now() - t, rows: JSON.stringify(r.records.map((x) => x.toObject())), n: r.records.length };
};
try {
  const actors = (
    await d.executeQuery(
      `MATCH (p:Person|Organization|Country) WITH p, COUNT { (p)--() } AS n ORDER BY n DESC, p.id
       WITH collect(p.id) AS ids RETURN ids`,
    )
  ).records[0]?.get("ids") as string[];
  // busy ones, quiet ones, and both ways
  const busy = actors.slice(0, 4);
  const spread = actors.filter((_, i) => i % Math.max(1, Math.floor(actors.length / count)) === 1);
  const pairs: [string, string][] = [];
  for (const a of busy) for (const b of busy) if (a !== b) pairs.push([a, b]);
  for (const [i, a] of spread.entries()) {
    const b = busy[i % busy.length] as string;
    pairs.push([a, b], [b, a]);
    const q = spread[(i * 7 + 3) % spread.length] as string;
    if (q !== a) pairs.push([a, q]);
  }
  const adjacent = (
    await d.executeQuery(
      `MATCH (a:Organization|Country|Person)-[:PART_OF|BELONGS_TO|HELD_POSITION|OF|DIRECTED_AT|ON_BEHALF_OF]-(b:Organization|Country|Person)
       WHERE a <> b RETURN a.id AS a, b.id AS b ORDER BY a.id, b.id LIMIT 8`,
    )
  ).records.map((r) => [r.get("a"), r.get("b")] as [string, string]);
  pairs.push(...adjacent);
  let same = 0;
  const diffs: string[] = [];
  const hopsSeen = new Map<number, number>();
  let [tNow, tRef] = [0, 0];
  for (const [a, b] of pairs) {
    const variants: [string, Record<string, unknown>][] = [
      ["lib", { from: a, to: b }],
      ["api", { from: a, to: b, maxHops: neo4j.int(6), first: neo4j.int(10), noCountry: false, noUnheld: false }],
      ["api", { from: a, to: b, maxHops: neo4j.int(6), first: neo4j.int(3), noCountry: true, noUnheld: false }],
      ["api", { from: a, to: b, maxHops: neo4j.int(4), first: neo4j.int(1), noCountry: true, noUnheld: true }],
    ];
    for (const [kind, params] of variants) {
      const [tn, tr] = texts[kind as "api" | "lib"];
      const x = await run(tn as string, params);
      const y = await run(tr as string, params);
      tNow += x.ms;
      tRef += y.ms;
      if (x.rows === y.rows) same++;
      else diffs.push(`${kind} ${a} → ${b} ${JSON.stringify(params)}\n  now ${x.rows.slice(0, 300)}\n  ref ${y.rows.slice(0, 300)}`);
      const h = x.n ? Number(JSON.parse(x.rows)[0].hops.low) : -1;
      hopsSeen.set(h, (hopsSeen.get(h) ?? 0) + 1);
    }
  }
  console.log(`pairs ${pairs.length}, same ${same}, different ${diffs.length}, hops ${JSON.stringify([...hopsSeen].sort())}, time now ${Math.round(tNow)} ms, ${reference} ${Math.round(tRef)} ms`);
  for (const diff of diffs.slice(0, 10)) console.log(diff);
} finally {
  await d.close();
}
