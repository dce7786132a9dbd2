import { describe, expect, it } from "vitest";
import { splitCypherScript } from "./cypher-script.ts";

describe("splitCypherScript", () => {
  it("splits on statement-ending semicolons only, not inside strings, comments or backticks", () => {
    const script = [
      "// a comment; with a semicolon",
      "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;",
      "",
      "/* block; comment */",
      "MERGE (p:Person {id: 'person:a;b'}) SET p.note = \"it's; fine\", p.`odd;key` = 1",
      "WITH p RETURN p;",
      'MERGE (s:Statement {text: "ما در واقع؛ نزدیک"});',
      "",
    ].join("\n");
    const statements = splitCypherScript(script);
    expect(statements.map((s) => s.line)).toEqual([2, 5, 7]);
    expect(statements[1]?.cypher).toContain("p.`odd;key` = 1\nWITH p RETURN p");
    expect(statements[2]?.cypher).toBe('MERGE (s:Statement {text: "ما در واقع؛ نزدیک"})');
    expect(statements.every((s) => !s.cypher.endsWith(";"))).toBe(true);
  });

  it("ignores a script that holds only comments and blank lines", () => {
    expect(splitCypherScript("// nothing here\n\n/* still nothing */\n")).toEqual([]);
  });

  it("keeps a last statement that has no semicolon", () => {
    expect(splitCypherScript("RETURN 1;\nRETURN 2\n")).toEqual([
      { cypher: "RETURN 1", line: 1 },
      { cypher: "RETURN 2", line: 2 },
    ]);
  });
});
