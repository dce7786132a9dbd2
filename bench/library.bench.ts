/**
 * `npm run bench:library -- [--meetings 10000] [--seed 1] [--data-root DIR] [--runs 10]`:
 * every analyst query (cypher/queries/) against a generated dataset, with parameters picked
 * from that dataset by queries (the hub person, a median person, the two countries that took
 * part in most meetings, a median topic, the article reporting most facts, …). Prints p50
 * and p95 per case, and the ratio of each p50 to an anchor measured in the same run (one
 * person looked up by id), which holds across machines and load better than milliseconds.
 * The target is p95 ≤ 200 ms per query at 1M meetings.
 *
 * The dataset comes from src/generate/ (openScaleDataset): `.data/scale/meetings-N-seed-S`
 * of this checkout, generated on first use, or of DIR with --data-root (e.g. another
 * checkout's `.data/scale` that already holds a 100k dataset; no Neo4j may be running on it).
 * Runs go one at a time, round robin over the cases, so drifting machine load hits all alike.
 * Writes the table as JSON to bench/results/library-<time>.json (--results-dir DIR).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { scanRuleFor } from "../cypher/queries/scan-rules.ts";
import { paths } from "../src/config/paths.ts";
import { DEFAULT_SEED, datasetDataDir, openScaleDataset } from "../src/generate/scale-dataset.ts";
import {
  exampleParams,
  type LibraryQuery,
  loadLibrary,
  withOptionalParams,
} from "../src/queries/library.ts";
import { explainPlan, findScans } from "../test/support/plans.ts";

const { values } = parseArgs({
  options: {
    meetings: { type: "string", default: "10000" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    "data-root": { type: "string" },
    runs: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    heap: { type: "string", default: "1g" },
    pagecache: { type: "string" },
    "results-dir": { type: "string" },
  },
});
const meetings = Number(values.meetings);
const seed = Number(values.seed);
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
const TARGET_MS = 200;
// A case slower than this stops after its warm-up and first run: the table still shows it.
const SLOW_MS = 20_000;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Case {
  query: string;
  label: string;
  params: Record<string, unknown>;
}

interface Timing {
  ms: number[];
  rows: number;
  error?: string;
}

async function one(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const { records } = await driver.executeQuery(cypher, params, {
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: 120_000 },
  });
  return records;
}

async function value<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const records = await one(driver, cypher, params);
  const record = records[0];
  if (!record) throw new Error(`bench setup found nothing: ${cypher}`);
  const result = record.get(0) as unknown;
  return (neo4j.isInt(result) ? (result as { toNumber(): number }).toNumber() : result) as T;
}

/** The dataset's own nodes for each query, found by queries (setup, not measured). */
async function pickCases(driver: Driver, library: LibraryQuery[]): Promise<Case[]> {
  // Persons, countries and topics by how many meetings / statements they have: degree
  // lookups over labels that stay small enough to rank once in a setup step.
  const people = await one(
    driver,
    `MATCH (p:Person)
     WITH p, COUNT { (p)-[:TOOK_PART_IN]->() } AS n WHERE n > 0
     RETURN p.id AS id, p.name AS name, n ORDER BY n DESC, id`,
    {},
  );
  const hub = people[0]?.get("id") as string;
  const hubName = people[0]?.get("name") as string;
  const median = people[Math.floor(people.length / 2)]?.get("id") as string;
  const countries = await one(
    driver,
    `MATCH (c:Country)
     RETURN c.id AS id ORDER BY COUNT { (c)-[:TOOK_PART_IN]->() } DESC, id LIMIT 2`,
    {},
  );
  const [countryA, countryB] = countries.map((r) => r.get("id") as string);
  const topics = await one(
    driver,
    // By degree (meetings and statements about it): a lookup per topic. Counting only the
    // statements would read every ABOUT relationship in the graph.
    `MATCH (t:Topic)
     RETURN t.id AS id ORDER BY COUNT { (t)<-[:ABOUT]-() } DESC, id`,
    {},
  );
  const topic = topics[Math.floor(topics.length / 2)]?.get("id") as string;
  const counterpart = await value<string>(
    driver,
    `MATCH (:Person {id: $hub})-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(o:Person)
     WITH o, count(m) AS together
     RETURN o.id ORDER BY together DESC, o.id LIMIT 1`,
    { hub },
  );
  // Articles are many; the busiest reachable from the hub's first statements is enough.
  const article = await value<string>(
    driver,
    `MATCH (:Person {id: $hub})-[:SAID]->(s)-[:REPORTED_BY]->(a:Article)
     WITH DISTINCT a LIMIT 200
     RETURN a.id ORDER BY COUNT { (a)<-[:REPORTED_BY]-() } DESC, a.id LIMIT 1`,
    { hub },
  );
  const series = await value<string>(
    driver,
    "MATCH (m:Meeting) WHERE m.round IS NOT NULL RETURN m.id ORDER BY m.round DESC, m.id LIMIT 1",
  );
  const busyMeeting = await value<string>(
    driver,
    `MATCH (:Person {id: $hub})-[:TOOK_PART_IN]->(m:Meeting)
     RETURN m.id ORDER BY COUNT { (m)<-[:DURING|CONCERNS]-() } DESC, m.id LIMIT 1`,
    { hub },
  );
  const at = await value<string>(
    driver,
    `MATCH (:Person {id: $hub})-[t:TOOK_PART_IN]->(m:Meeting) WHERE m.dateStart IS NOT NULL
     WITH m ORDER BY t.sortKey
     WITH collect(toString(m.dateStart)) AS dates
     RETURN dates[size(dates) / 2]`,
    { hub },
  );
  // A word that is in some statements but not all: the longest word of one hub statement.
  const text = await value<string>(
    driver,
    "MATCH (:Person {id: $hub})-[:SAID]->(s) RETURN coalesce(s.translation, s.text) LIMIT 1",
    { hub },
  );
  const word = text
    .split(/[^\p{L}]+/u)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0] as string;
  const surname = hubName.split(" ").at(-1) as string;

  const cases: Case[] = [
    {
      query: "meetings-between",
      label: "hub × top counterpart",
      params: { a: hub, b: counterpart },
    },
    { query: "meetings-between", label: "hub × median person", params: { a: hub, b: median } },
    {
      query: "meetings-between",
      label: "two biggest countries",
      params: { a: countryA, b: countryB },
    },
    { query: "person-counterparts", label: "hub person", params: { person: hub } },
    { query: "person-counterparts", label: "median person", params: { person: median } },
    { query: "said-about-topic", label: "median topic", params: { topic } },
    { query: "article-facts", label: "busiest article of the hub", params: { article } },
    { query: "shortest-connection", label: "hub → median person", params: { a: hub, b: median } },
    { query: "positions-at", label: "hub at mid-career", params: { person: hub, at } },
    {
      query: "country-pair-timeline",
      label: "two biggest countries",
      params: { a: countryA, b: countryB },
    },
    { query: "relayed-statements", label: "(no parameters)", params: {} },
    { query: "meeting-details", label: "hub's busiest meeting", params: { meeting: busyMeeting } },
    { query: "talks-rounds", label: "longest series", params: { meeting: series } },
    { query: "actor-statements", label: "hub person", params: { actor: hub } },
    { query: "actor-statements", label: "median person", params: { actor: median } },
    { query: "search-entities", label: `hub's surname "${surname}"`, params: { q: surname } },
    { query: "search-statements", label: `word "${word}"`, params: { q: word } },
  ];
  // Paged queries: their first page (the cases above) and a page far into the list.
  const late = await one(
    driver,
    `MATCH ()-[t:TOOK_PART_IN]->(m:Meeting) WHERE t.ownerId = $a AND t.sortKey > ""
       AND EXISTS { (:Country {id: $b})-[:TOOK_PART_IN]->(m) }
     WITH m ORDER BY t.sortKey SKIP 2000 LIMIT 1 RETURN m.id AS id`,
    { a: countryA, b: countryB },
  );
  const lateMeeting = late[0]?.get("id") as string | undefined;
  if (lateMeeting)
    cases.push({
      query: "meetings-between",
      label: "two biggest countries, after 2,000",
      params: { a: countryA, b: countryB, after: lateMeeting },
    });
  cases.push(
    { query: "statements-for", label: "biggest country", params: { actor: countryA } },
    { query: "statements-for", label: "hub person", params: { actor: hub } },
  );
  const missing = library.filter((query) => !cases.some((c) => c.query === query.name));
  if (missing.length) {
    // A new library query without a case here still runs, with its example's parameters.
    for (const query of missing) {
      cases.push({ query: query.name, label: "example parameters", params: exampleParams(query) });
    }
  }
  return cases;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function formatMs(ms: number): string {
  return Number.isNaN(ms) ? "—" : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

async function main() {
  const dataDir = datasetDataDir(meetings, seed, values["data-root"]);
  log(`bench:library: dataset of ${meetings} meetings (seed ${seed}) in ${dataDir}`);
  const opened = await openScaleDataset({
    meetings,
    seed,
    dataDir,
    heap: values.heap,
    ...(values.pagecache ? { pageCache: values.pagecache } : {}),
    log,
  });
  const { target, info } = opened;
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  try {
    const library = loadLibrary();
    const cypherOf = new Map(library.map((query) => [query.name, query.cypher]));
    const byName = new Map(library.map((query) => [query.name, query]));
    // Optional parameters a case leaves out (a page's after and limit) are null.
    const cases = (await pickCases(driver, library)).map((c) => {
      const query = byName.get(c.query);
      return query ? { ...c, params: withOptionalParams(query, c.params) } : c;
    });
    const anchor: Case = {
      query: "anchor",
      label: "one person by id",
      params: { id: cases[0]?.params.a },
    };
    const anchorCypher = "MATCH (p:Person {id: $id}) RETURN p.name AS name";
    const cypher = (c: Case) => (c === anchor ? anchorCypher : (cypherOf.get(c.query) as string));
    const all = [anchor, ...cases];
    const timings = new Map<Case, Timing>(all.map((c) => [c, { ms: [], rows: 0 }]));
    // The plan at this scale, with its real statistics, must be anchored too (see
    // cypher/queries/plans.test.ts for the same check on the seeded graph).
    const scans = new Map<Case, string>();
    for (const c of all) {
      const plan = await explainPlan(cypher(c), c.params, { driver });
      const rule = scanRuleFor(c.query);
      const found = findScans(plan, rule.labels, rule.options);
      scans.set(c, found.length ? found.map((f) => f.operator).join(", ") : "none");
    }

    for (let round = 0; round < WARMUP + RUNS; round++) {
      for (const c of all) {
        const timing = timings.get(c) as Timing;
        if (timing.error || timing.ms.some((ms) => ms > SLOW_MS)) continue;
        const started = performance.now();
        try {
          const records = await one(driver, cypher(c), c.params);
          const ms = performance.now() - started;
          timing.rows = records.length;
          if (round >= WARMUP) timing.ms.push(ms);
          else if (ms > SLOW_MS) timing.ms.push(ms);
        } catch (error) {
          timing.error = error instanceof Error ? error.message.split("\n")[0] : String(error);
        }
      }
      log(`bench:library: round ${round + 1}/${WARMUP + RUNS}`);
    }

    const counts = info.counts;
    console.log(
      `\nAnalyst library on a generated graph: ${meetings} meetings, ${counts.Statement ?? "?"} statements, ` +
        `${counts.Person ?? "?"} people, ${counts.Article ?? "?"} articles (seed ${seed}); ` +
        `${RUNS} runs per case after ${WARMUP} warm-up${WARMUP === 1 ? "" : "s"}\n`,
    );
    const anchorP50 = percentile(
      [...(timings.get(anchor)?.ms ?? [])].sort((a, b) => a - b),
      50,
    );
    const header = [
      "query",
      "case",
      "rows",
      "p50 ms",
      "p95 ms",
      "× anchor",
      `≤ ${TARGET_MS} ms`,
      "scans in plan",
    ];
    const results = all.map((c) => {
      const timing = timings.get(c) as Timing;
      const sorted = [...timing.ms].sort((a, b) => a - b);
      return {
        query: c.query,
        label: c.label,
        params: c.params,
        rows: timing.error ? null : timing.rows,
        p50Ms: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        runs: sorted.length,
        error: timing.error ?? null,
        scansInPlan: scans.get(c) ?? "?",
      };
    });
    const rows = all.map((c, i) => {
      const timing = timings.get(c) as Timing;
      const { p50Ms: p50, p95Ms: p95 } = results[i] as (typeof results)[number];
      return [
        c.query,
        c.label,
        timing.error ? "error" : String(timing.rows),
        formatMs(p50),
        formatMs(p95),
        c === anchor ? "1" : (p50 / anchorP50).toFixed(0),
        timing.error ? timing.error.slice(0, 60) : p95 <= TARGET_MS ? "yes" : "NO",
        scans.get(c) ?? "?",
      ];
    });
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)),
    );
    const line = (cells: string[]) =>
      `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
    console.log(line(header));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const row of rows) console.log(line(row));
    console.log("\nParameters:");
    for (const c of cases) console.log(`  ${c.query} (${c.label}): ${JSON.stringify(c.params)}`);
    const resultsDir = values["results-dir"] ?? join(paths.root, "bench", "results");
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `library-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    const number = (ms: number) => (Number.isNaN(ms) ? null : Math.round(ms * 10) / 10);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          scale: { meetings, seed, counts },
          runs: RUNS,
          warmup: WARMUP,
          targetP95Ms: TARGET_MS,
          anchorP50Ms: number(anchorP50),
          cases: results.map((r) => ({
            ...r,
            p50Ms: number(r.p50Ms),
            p95Ms: number(r.p95Ms),
            withinTarget: r.error === null && r.p95Ms <= TARGET_MS,
          })),
          failures: results.filter((r) => r.error !== null).length,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nwritten: ${file}`);
  } finally {
    await driver.close();
    await target.stop();
  }
}

await main();
