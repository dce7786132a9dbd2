import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { database, isolationLabel, runReadQuery, testDriver } from "../../test/support/neo4j.ts";
import { applyScriptFile, ScriptError } from "./apply-scripts.ts";

function scriptFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "drg-script-")), "broken.cypher");
  writeFileSync(file, text);
  return file;
}

describe("applyScriptFile", () => {
  it("applies every statement of a file in one transaction", async () => {
    const label = isolationLabel();
    const file = scriptFile(`CREATE (:${label} {n: 1});\nCREATE (:${label} {n: 2});\n`);
    const applied = await applyScriptFile(testDriver(), file, database());
    expect(applied.statements).toBe(2);
    const [row] = await runReadQuery(`MATCH (n:${label}) RETURN count(n) AS count`);
    expect(row?.count).toBe(2);
    await testDriver().executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database: database() });
  });

  it("names the file and line of a failing statement and rolls back the whole file", async () => {
    const label = isolationLabel();
    const file = scriptFile(
      [
        `CREATE (:${label} {n: 1});`,
        "",
        "// the next one is not Cypher",
        "CREAT (:Oops);",
        `CREATE (:${label} {n: 3});`,
      ].join("\n"),
    );
    const failure = await applyScriptFile(testDriver(), file, database()).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ScriptError);
    expect((failure as ScriptError).line).toBe(4);
    expect((failure as ScriptError).message).toMatch(/broken\.cypher:4: .*Invalid input 'CREAT'/);
    const [row] = await runReadQuery(`MATCH (n:${label}) RETURN count(n) AS count`);
    expect(row?.count).toBe(0);
  });
});
