/**
 * One-off changes of the model run once, in order, batched, recorded; and a graph seeded
 * before the ledger existed is adopted by it. On the run's scratch Neo4j (its transaction
 * memory limit is small: a migration that touches everything must batch itself).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireScratchGraph, type ScratchGraph } from "../../test/support/scratch.ts";
import { paths } from "../config/paths.ts";
import { applyScriptFile, ScriptError } from "../db/apply-scripts.ts";
import { toPlain } from "../db/values.ts";
import { canonicalDump } from "./dump.ts";
import { MigrationError, migrate, migrationsIn } from "./migrations.ts";
import { readSeedText, seedFilesIn } from "./seed-file.ts";
import { syncGraph, syncSchema } from "./sync.ts";

let scratch: ScratchGraph;
let driver: Driver;

beforeAll(async () => {
  scratch = await acquireScratchGraph();
  driver = scratch.driver;
  await syncSchema(driver, undefined);
}, 600_000);

afterAll(async () => {
  await scratch?.release();
});

async function rows(cypher: string) {
  const { records } = await driver.executeQuery(cypher);
  return records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

describe("migrations", () => {
  it("the project's run once, in order, batched past the memory limit, and are recorded", async () => {
    await scratch.wipe();
    // 20,000 PARTICIPATED_IN edges carrying the properties of the model before issue 12,
    // written in batches (one transaction would not fit this server's limit either).
    const session = driver.session();
    try {
      await session.run(
        `UNWIND range(1, 20000) AS i
         CALL (i) {
           CREATE (:Person {id: 'person:p' + i})-[:PARTICIPATED_IN {role: 'envoy', representing: 'country:IRN'}]->(:Meeting {id: 'meeting:m' + i})
         } IN TRANSACTIONS OF 500 ROWS`,
      );
    } finally {
      await session.close();
    }
    await driver.executeQuery(
      `CREATE (:Statement {id: "statement:crocker-and-kazemi-qomi-agree-to-set-up-security-subcommittee"})`,
    );
    const applied = await migrate(driver, undefined);
    expect(applied.map((m) => `${m.version} ${m.name}`)).toEqual([
      "1 participation-properties-off-participated-in",
      "2 july-agreement-one-statement-per-speaker",
    ]);
    expect(
      await rows(
        `RETURN COUNT { ()-[r:PARTICIPATED_IN]->() WHERE r.role IS NOT NULL OR r.representing IS NOT NULL } AS old,
                COUNT { ()-[:PARTICIPATED_IN]->() } AS edges,
                COUNT { (:Statement {id: "statement:crocker-and-kazemi-qomi-agree-to-set-up-security-subcommittee"}) } AS joint`,
      ),
    ).toEqual([{ old: 0, edges: 20000, joint: 0 }]);
    expect(
      await rows(
        "MATCH (m:Migration) RETURN m.version AS version, m.name AS name ORDER BY version",
      ),
    ).toEqual([
      { version: 1, name: "participation-properties-off-participated-in" },
      { version: 2, name: "july-agreement-one-statement-per-speaker" },
    ]);
    expect(await migrate(driver, undefined)).toEqual([]);
  }, 120_000);

  it("refuses a migration that changed after it ran, and records none that failed", async () => {
    await scratch.wipe();
    const dir = mkdtempSync(join(tmpdir(), "drg-migrations-"));
    writeFileSync(join(dir, "0001-first.cypher"), "CREATE (:Marker {id: 'marker:1'});\n");
    await migrate(driver, undefined, migrationsIn(dir));
    writeFileSync(join(dir, "0001-first.cypher"), "CREATE (:Marker {id: 'marker:one'});\n");
    await expect(migrate(driver, undefined, migrationsIn(dir))).rejects.toThrow(MigrationError);
    await expect(migrate(driver, undefined, migrationsIn(dir))).rejects.toThrow(
      /0001-first\.cypher changed after it was applied/,
    );

    writeFileSync(join(dir, "0001-first.cypher"), "CREATE (:Marker {id: 'marker:1'});\n");
    writeFileSync(
      join(dir, "0002-broken.cypher"),
      "// a comment\n\nMATCH (n:Marker)\nSET n.x = ;\n",
    );
    const failure = await migrate(driver, undefined, migrationsIn(dir)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ScriptError);
    expect((failure as ScriptError).message).toMatch(/0002-broken\.cypher:3: /);
    expect(await rows("MATCH (m:Migration) RETURN m.version AS version")).toEqual([{ version: 1 }]);
    expect(() => {
      writeFileSync(join(dir, "0003.cypher"), "RETURN 1;");
      migrationsIn(dir);
    }).toThrow(/NNNN-what-it-does\.cypher/);
  });
});

describe("a graph seeded before the ledger", () => {
  it("is adopted: its facts count as the files', so a later correction takes out what the file no longer states", async () => {
    await scratch.wipe();
    await syncSchema(driver, undefined);
    // Seeded the old way: every seed file run as a Cypher script, and the old marker.
    for (const file of seedFilesIn(paths.seeds))
      await applyScriptFile(driver, join(paths.seeds, file.name), undefined);
    await driver.executeQuery("CREATE (:Internal:SeedState {id: 'seed-state', hash: 'old'})");

    const first = await syncGraph(driver, undefined, { author: "test", policy: "all" });
    expect(first.failed).toEqual([]);
    expect(await rows("MATCH (s:SeedState) RETURN count(s) AS n")).toEqual([{ n: 0 }]);
    const adopted = await canonicalDump(driver, undefined);

    // 04 without the Houthis statement: the statement goes (it is not kept as something the
    // graph held before a file stated it).
    const name = "04-article-003-zarif-kerry.cypher";
    const text = readFileSync(join(paths.seeds, name), "utf8");
    const start = text.indexOf(
      'MERGE (s:Statement {id: "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks"})',
    );
    expect(start).toBeGreaterThan(0);
    const statementStart = text.lastIndexOf("MERGE (a:Article", start);
    const statementEnd = text.indexOf(";\n", start) + 2;
    const corrected = readSeedText(name, text.slice(0, statementStart) + text.slice(statementEnd));
    const files = seedFilesIn(paths.seeds).map((file) => (file.name === name ? corrected : file));
    const second = await syncGraph(driver, undefined, {
      author: "test",
      policy: "all",
      sources: { files, articlesDir: join(paths.seeds, "articles") },
    });
    expect(second.failed).toEqual([]);
    expect(
      await rows(
        `RETURN EXISTS { (:Statement {id: "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks"}) } AS there`,
      ),
    ).toEqual([{ there: false }]);
    expect((await canonicalDump(driver, undefined)).length).toBeLessThan(adopted.length);
  }, 180_000);
});
