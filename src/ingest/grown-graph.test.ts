/**
 * The five articles onto a generated graph, then the API started on it with changed seeds —
 * the experiment of issue 25, at a small scale on the scratch Neo4j, whose transaction memory
 * limit (test/support/scratch.ts) is small enough that derived data for the whole graph in
 * one transaction, as cypher/derived.cypher used to be applied, fails.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireScratchGraph, type ScratchGraph } from "../../test/support/scratch.ts";
import { startApplication } from "../application.ts";
import { loadConfig } from "../config/index.ts";
import { paths } from "../config/paths.ts";
import { countGraph } from "../db/graph-counts.ts";
import { toPlain } from "../db/values.ts";
import { generateInto } from "../generate/load.ts";
import { createLogger } from "../log/logger.ts";
import { ALL_COUNTERPARTS, loadDerivationRules } from "./derive.ts";
import { syncGraph } from "./sync.ts";

const MEETINGS = 800;

let scratch: ScratchGraph;
let driver: Driver;

beforeAll(async () => {
  scratch = await acquireScratchGraph();
  driver = scratch.driver;
  await generateInto(driver, undefined, {
    meetings: MEETINGS,
    seed: 3,
    log: () => {},
    chunkRows: 1000,
  });
}, 600_000);

afterAll(async () => {
  await scratch?.release();
});

async function row(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params);
  return records[0] ? (toPlain(records[0].toObject()) as Record<string, unknown>) : undefined;
}

describe("the articles onto a generated graph", () => {
  it("would not fit one transaction for the whole graph's derived data, as derived.cypher was once applied", async () => {
    const session = driver.session();
    const tx = await session.beginTransaction();
    try {
      const whole = async () => {
        for (const rule of loadDerivationRules().rules)
          for (const label of rule.labels)
            await tx.run(`MATCH (node:${label}) CALL (node) {\n${rule.cypher}\n}`, {
              counterparts: ALL_COUNTERPARTS,
            });
      };
      await expect(whole()).rejects.toThrow(/db\.memory\.transaction\.max/);
    } finally {
      await tx.rollback().catch(() => {});
      await session.close();
    }
  });

  it("are applied file by file within the limit, with their derived data, and nothing of the graph rebuilt", async () => {
    const before = await countGraph(driver, undefined);
    const report = await syncGraph(driver, undefined, { author: "test", policy: "all" });
    expect(report.failed).toEqual([]);
    expect(report.applied.map((a) => a.action)).toEqual(Array(6).fill("apply"));
    expect(report.rebuilt).toBe(false);
    const after = await countGraph(driver, undefined);
    // Iran, the United States and Iraq are the generated graph's own countries: restated.
    expect(after.labels.Meeting).toBe((before.labels.Meeting ?? 0) + 9);
    expect(after.labels.Country).toBe(before.labels.Country);
    expect(
      await row(
        `MATCH (:Country {id: "country:IRN"})-[t:TOOK_PART_IN]->(m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
         RETURN t.ownerId AS owner, t.sortKey = m.sortKey AS keyed, m.sortKey AS sortKey`,
      ),
    ).toEqual({
      owner: "country:IRN",
      keyed: true,
      sortKey: "2007-05-28|meeting:us-iran-iraq-talks-round-1",
    });
  }, 120_000);

  it("then serve from a start with a corrected article and a broken new one: the correction applied, the broken file reported, the API up", async () => {
    const seeds = mkdtempSync(join(tmpdir(), "drg-grown-seeds-"));
    cpSync(paths.seeds, seeds, {
      recursive: true,
      filter: (source) => !source.endsWith(".test.ts"),
    });
    const article = "05-article-004-iran-welcomes-fourth-round.cypher";
    const text = readFileSync(join(seeds, article), "utf8");
    writeFileSync(
      join(seeds, article),
      text.replace(
        'SET s.text = "Iran will give a positive response to this request"',
        'SET s.text = "Iran will respond positively to this request"',
      ),
    );
    const broken = `MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:a-quote-no-article-has"})
SET s.text = "Nothing of the kind", s.language = "en", s.kind = "QUOTE",
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (s)-[:REPORTED_BY {excerpt: "Nothing of the kind was said."}]->(a);
`;
    writeFileSync(join(seeds, "06-article-005-unchecked.cypher"), broken);

    const c = scratch.connection;
    const config = loadConfig({
      NODE_ENV: "test",
      PORT: "0",
      NEO4J_URI: c.uri,
      NEO4J_USERNAME: c.username,
      NEO4J_PASSWORD: c.password,
      SEED_ON_START: "true",
      SEEDS_DIR: seeds,
      RATE_LIMIT_PER_MINUTE: "0",
    });
    const logged: Array<{ msg: string; failed?: number }> = [];
    const logger = createLogger("info", { write: (line: string) => logged.push(JSON.parse(line)) });
    const app = await startApplication(config, logger);
    try {
      // The correction changed the graph after the first plans were made: planned again
      // before serving, so the serving warm-up's requests (the first clients') wait for none.
      const messages = logged.map((entry) => entry.msg);
      expect(messages.indexOf("query plans warmed for the changed graph")).toBeGreaterThan(
        messages.indexOf("seed files applied"),
      );
      expect(messages.indexOf("seed files applied")).toBeGreaterThan(-1);
      expect(logged.find((entry) => entry.msg === "serving path warmed")).toMatchObject({
        failed: 0,
      });
      const ready = await fetch(`${app.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: "ok",
        seeds: {
          status: "failed",
          failed: [{ file: "06-article-005-unchecked.cypher", line: 6, rule: "excerpt" }],
        },
      });
      const answer = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ person(id: "person:ryan-crocker") { name } }' }),
      });
      expect(await answer.json()).toMatchObject({ data: { person: { name: "Ryan Crocker" } } });
      expect(
        await row(
          `MATCH (s:Statement {id: "statement:mottaki-iran-will-respond-positively"}) RETURN s.text AS text`,
        ),
      ).toEqual({ text: "Iran will respond positively to this request" });
      expect(
        await row(
          `RETURN EXISTS { (:Statement {id: "statement:a-quote-no-article-has"}) } AS there`,
        ),
      ).toEqual({
        there: false,
      });
    } finally {
      await app.stop();
    }
  }, 180_000);
});
