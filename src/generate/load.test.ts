/**
 * The scale generator at a tiny scale, loaded into the run's scratch Neo4j
 * (test/support/scratch.ts: the shared Neo4j holds the seeded graph and must stay as it is;
 * it is used only to prove that the generator refuses to write there).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { database, testDriver } from "../../test/support/neo4j.ts";
import { acquireScratchGraph, type ScratchGraph } from "../../test/support/scratch.ts";
import { paths } from "../config/paths.ts";
import { loadDerivationRules, recordedDerivedHash } from "../ingest/derive.ts";
import { rebuildDerived } from "../ingest/rebuild.ts";
import { parseQueryFile, withOptionalParams } from "../queries/library.ts";
import type { DatasetInfo } from "./dataset-marker.ts";
import { DatasetRefusedError, generateInto } from "./load.ts";
import { generateGraph } from "./model.ts";

const MEETINGS = 300;
const SEED = 7;

function fingerprint(meetings: number, seed: number): string {
  const hash = createHash("sha256");
  for (const chunk of generateGraph({ meetings, seed })) {
    for (const [label, rows] of chunk.nodes) hash.update(label + JSON.stringify(rows));
    for (const group of chunk.rels.values()) hash.update(group.type + JSON.stringify(group.rows));
  }
  return hash.digest("hex");
}

describe("generated graph (in memory)", () => {
  it("is the same for the same meetings and seed, and differs for another seed", () => {
    expect(fingerprint(MEETINGS, SEED)).toBe(fingerprint(MEETINGS, SEED));
    expect(fingerprint(MEETINGS, SEED + 1)).not.toBe(fingerprint(MEETINGS, SEED));
  });
});

describe("generated dataset in the scratch Neo4j", () => {
  let scratch: ScratchGraph;
  let driver: Driver;
  let info: DatasetInfo;

  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params)).records.map((record) => record.toObject());
  const single = async (cypher: string, params: Record<string, unknown> = {}) => {
    const [row] = await rows(cypher, params);
    return Object.fromEntries(
      Object.entries(row ?? {}).map(([key, value]) => [
        key,
        neo4j.isInt(value) ? value.toNumber() : value,
      ]),
    );
  };

  beforeAll(async () => {
    scratch = await acquireScratchGraph();
    driver = scratch.driver;
    // Small transactions: the scratch Neo4j's memory limit is far below the default.
    info = await generateInto(driver, undefined, {
      meetings: MEETINGS,
      seed: SEED,
      log: () => {},
      chunkRows: 2000,
    });
  }, 240_000);

  afterAll(async () => {
    await scratch?.release();
  });

  it("records a complete marker whose counts match the graph", async () => {
    const marker = await single(
      "MATCH (d:Dataset {id: 'generated'}) RETURN d.complete AS complete, d.meetings AS meetings, d.seed AS seed, d.countsJson AS counts",
    );
    expect(marker).toMatchObject({ complete: true, meetings: MEETINGS, seed: SEED });
    expect(JSON.parse(marker.counts as string)).toEqual(info.counts);
    expect(info.counts.Meeting).toBe(MEETINGS);
    const statements = await single("MATCH (s:Statement) RETURN count(s) AS n");
    expect(info.counts.Statement).toBe(statements.n);
  });

  it("has every label and relationship type of docs/graph-model.md, plus the derived TOOK_PART_IN and TO_TAKE_PART_IN", () => {
    const labels = [
      "Person",
      "Organization",
      "Country",
      "Place",
      "Topic",
      "Article",
      "Meeting",
      "Statement",
      "Position",
      "Participation",
    ];
    const types = [
      "HELD_AT",
      "HOSTED_BY",
      "FOLLOWS",
      "ABOUT",
      "SAID",
      "ON_BEHALF_OF",
      "DIRECTED_AT",
      "RELAYED_BY",
      "DURING",
      "CONCERNS",
      "MADE_AT",
      "MENTIONS",
      "HELD_POSITION",
      "OF",
      "BELONGS_TO",
      "PART_OF",
      "LOCATED_IN",
      "REPORTED_BY",
      "PUBLISHED_BY",
      "TOOK_PART_IN",
      "TO_TAKE_PART_IN",
      "TOOK_PART_AS",
      "AT",
      "REPRESENTING",
    ];
    for (const name of [...labels, ...types]) expect(info.counts[name], name).toBeGreaterThan(0);
  });

  it("writes ids, enums and date triples in the seeds' formats", async () => {
    const badIds = await single(
      `MATCH (n) WHERE NOT n:Dataset AND NOT n:Internal AND NOT (
         (n:Country AND n.id = 'country:' + n.code AND n.code =~ '[A-Z]{3}') OR
         (NOT n:Country AND n.id =~ '(person|org|place|topic|article|meeting|statement|position|participation):[a-z0-9]+(-[a-z0-9]+)*(--[a-z0-9]+(-[a-z0-9]+)*)?'
          AND split(n.id, ':')[0] = CASE head(labels(n)) WHEN 'Organization' THEN 'org' ELSE toLower(head(labels(n))) END))
       RETURN count(n) AS n, collect(n.id)[..5] AS examples`,
    );
    expect(badIds).toEqual({ n: 0, examples: [] });
    const badEnums = await single(
      `CALL () {
         MATCH (m:Meeting) WHERE NOT m.status IN ['HELD','PLANNED','PROPOSED','DECLINED'] RETURN count(*) AS n
         UNION ALL MATCH (s:Statement) WHERE NOT s.kind IN ['QUOTE','REPORTED'] OR NOT s.language IN ['en','fa']
           OR (s.language = 'fa') <> (s.translationLanguage = 'en') RETURN count(*) AS n
         UNION ALL MATCH (o:Organization) WHERE NOT o.kind IN ['government_body','intergovernmental_organization','armed_force',
           'news_outlet','diplomatic_mission','opposition_group','political_group','multilateral_group','joint_body'] RETURN count(*) AS n
         UNION ALL MATCH (p:Place) WHERE NOT p.kind IN ['city','venue','region'] RETURN count(*) AS n
         UNION ALL MATCH (p:Position) WHERE NOT p.kind IN ['OFFICE','MEMBERSHIP'] RETURN count(*) AS n
         UNION ALL MATCH (a:Article) WHERE NOT a.language IN ['en','fa'] OR NOT a.file =~ '\\d{7}_[0-9a-f]{16}\\.txt' RETURN count(*) AS n
         UNION ALL MATCH ()-[r:PUBLISHED_BY]->() WHERE NOT r.role IN ['outlet','agency'] RETURN count(*) AS n
       }
       RETURN sum(n) AS n`,
    );
    expect(badEnums.n).toBe(0);
    const badDates = await single(
      `UNWIND [['Meeting','date'],['Statement','date'],['Article','published'],['Position','from'],['Position','to']] AS pair
       MATCH (n) WHERE pair[0] IN labels(n)
       WITH n[pair[1]] AS iso, n[pair[1] + 'Precision'] AS precision, n[pair[1] + 'Start'] AS start, n[pair[1] + 'End'] AS end
       WHERE NOT CASE precision
         WHEN 'DAY' THEN iso = toString(start) AND start = end
         WHEN 'MONTH' THEN iso = left(toString(start), 7) AND start.day = 1 AND end = start + duration({months: 1}) - duration({days: 1})
         WHEN 'YEAR' THEN iso = left(toString(start), 4) AND start = date(iso + '-01-01') AND end = date(iso + '-12-31')
         ELSE iso IS NULL AND start IS NULL AND end IS NULL END
       RETURN count(*) AS n`,
    );
    expect(badDates.n).toBe(0);
    const undated = await single(
      "MATCH (m:Meeting) WHERE m.date IS NULL AND m.dateText IS NOT NULL RETURN count(m) AS n",
    );
    expect(undated.n).toBeGreaterThan(0);
    const persian = await single(
      "MATCH (p:Person) WHERE any(a IN p.aliases WHERE a =~ '.*[\\u0600-\\u06FF].*') RETURN count(p) AS n",
    );
    expect(persian.n).toBeGreaterThan(0);
    const excerpts = await single(
      "MATCH ()-[r:REPORTED_BY]->() WHERE r.excerpt IS NULL OR size(r.excerpt) < 10 RETURN count(r) AS n",
    );
    expect(excerpts.n).toBe(0);
    const unreported = await single(
      "MATCH (n:Meeting|Statement|Position) WHERE NOT (n)-[:REPORTED_BY]->(:Article) RETURN count(n) AS n",
    );
    expect(unreported.n).toBe(0);
  });

  it("skews degrees: the busiest person takes part in far more meetings than the median one", async () => {
    const degrees = await single(
      `MATCH (p:Person) WITH p, COUNT { (p)-[:TOOK_PART_IN]->() } AS meetings WHERE meetings > 0
       RETURN max(meetings) AS max, percentileDisc(meetings, 0.5) AS median`,
    );
    expect(degrees.max).toBeGreaterThanOrEqual(5 * (degrees.median as number));
    const pair = await single(
      "MATCH (:Country {code: 'IRN'})-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(:Country {code: 'USA'}) RETURN count(m) AS n",
    );
    expect(pair.n).toBeGreaterThan(0);
  });

  it("writes exactly the derived data that the rules of cypher/derived.cypher compute", async () => {
    const snapshot = () =>
      single(
        `CALL () { MATCH (a)-[r:TOOK_PART_IN|SAID|ON_BEHALF_OF|ABOUT|DIRECTED_AT|MENTIONS]->(b)
                   RETURN type(r) + '|' + a.id + '|' + b.id + '|' + r.ownerId + '|' + r.sortKey AS line
                   UNION ALL MATCH (n:Meeting|Statement) RETURN n.id + '|' + n.sortKey AS line
                   UNION ALL MATCH (n:Person|Organization) RETURN n.id + '|' + n.nameKey AS line
                   UNION ALL MATCH (n:Meeting) RETURN n.id + '|' + n.searchTitle AS line
                   UNION ALL MATCH (a)-[:TO_TAKE_PART_IN]->(b) RETURN 'TO_TAKE_PART_IN|' + a.id + '|' + b.id AS line
                   UNION ALL MATCH (a)-[r:MET_WITH]->(b)
                             RETURN 'MET_WITH|' + a.id + '|' + b.id + '|' + r.ownerId + '|' + r.counterpartId
                                    + '|' + r.meetings + '|' + r.rankKey AS line
                   UNION ALL MATCH (n:Person|Organization|Country|Place)
                             RETURN n.id + '|' + reduce(s = '', x IN n.searchNames | s + x + ';') AS line }
         WITH line ORDER BY line
         RETURN count(line) AS lines,
                collect(line) AS all`,
      );
    const before = await snapshot();
    expect(await recordedDerivedHash(driver, undefined)).toBe(loadDerivationRules().hash);
    await rebuildDerived(driver, undefined, { batchSize: 97 });
    const after = await snapshot();
    expect(after.lines).toBe(before.lines);
    expect(after.all).toEqual(before.all);
    // Again with every busy actor a hub, its MET_WITH edges rebuilt 7 counterparts at a time.
    await rebuildDerived(driver, undefined, { degreeBudget: 60, counterpartSlice: 7 });
    expect((await snapshot()).all).toEqual(before.all);
    // A rebuild runs every rule for every node, MET_WITH's from scratch for each actor: more
    // than the default 30 s on a loaded 2-core machine.
  }, 180_000);

  it("answers the library's person-counterparts for its busiest person as a recount of shared meetings does: counts, and each one's first five shared meetings", async () => {
    const library = parseQueryFile(
      join(paths.queries, "person-counterparts.cypher"),
      readFileSync(join(paths.queries, "person-counterparts.cypher"), "utf8"),
    );
    const { id } = await single(
      `MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)-[:TOOK_PART_IN]->() } DESC, p.id LIMIT 1`,
    );
    const answered = await rows(
      library.cypher,
      withOptionalParams(library, { person: id, limit: "1000" }),
    );
    // The definition, the slow way: every shared meeting of every pair, in date order
    // (undated last, then id: the meetings' sortKey), the first five kept.
    const recounted = await rows(
      `MATCH (p:Person {id: $id})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(other:Person)
       WITH other, m ORDER BY m.dateStart IS NULL, m.dateStart, m.id
       WITH other, count(m) AS meetings, collect(m)[0..5] AS firstFive
       RETURN other.id AS counterpart, meetings,
              [m IN firstFive | m.title] AS meetingTitles,
              COLLECT { UNWIND firstFive AS m
                        MATCH (other)-[:TOOK_PART_AS]->(x:Participation)-[:AT]->(m)
                        MATCH (x)-[:REPRESENTING]->(r)
                        RETURN DISTINCT r.name ORDER BY r.name } AS representing`,
      { id },
    );
    const comparable = (r: Record<string, unknown>) => ({
      counterpart: r.counterpart,
      meetings: neo4j.integer.toNumber(r.meetings as number),
      // Titles once each (two meetings may share one), in the order met.
      meetingTitles: [...new Set(r.meetingTitles as string[])],
      representing: [...(r.representing as string[])].sort(),
    });
    const byId = (a: { counterpart: unknown }, b: { counterpart: unknown }) =>
      String(a.counterpart).localeCompare(String(b.counterpart));
    // Busy enough that the first five are a real cut, for some of them at least.
    expect(recounted.some((r) => neo4j.integer.toNumber(r.meetings as number) > 5)).toBe(true);
    expect(answered.map(comparable).sort(byId)).toEqual(recounted.map(comparable).sort(byId));
  });

  it("does nothing on a second run with the same arguments", async () => {
    const again = await generateInto(driver, undefined, {
      meetings: MEETINGS,
      seed: SEED,
      log: () => {},
      chunkRows: 2000,
    });
    expect(again).toEqual(info);
    const markers = await single("MATCH (d:Dataset) RETURN count(d) AS n");
    expect(markers.n).toBe(1);
  });
});

describe("loading into the articles' seeded graph", () => {
  it("refuses without writing anything", async () => {
    const count = async () =>
      (
        await testDriver().executeQuery(
          "MATCH (n) RETURN count(n) AS n",
          {},
          { database: database() },
        )
      ).records[0]
        ?.get("n")
        .toNumber();
    const before = await count();
    await expect(
      generateInto(testDriver(), database(), { meetings: 10, log: () => {} }),
    ).rejects.toThrowError(DatasetRefusedError);
    await expect(
      generateInto(testDriver(), database(), { meetings: 10, log: () => {} }),
    ).rejects.toThrowError(/seeded graph/);
    expect(await count()).toBe(before);
  });
});
