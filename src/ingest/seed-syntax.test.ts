import { describe, expect, it } from "vitest";
import { factsOf } from "./facts.ts";
import { parseSeedFile, SeedSyntaxError } from "./seed-syntax.ts";

function facts(text: string) {
  return [...factsOf(parseSeedFile(text)).facts.values()];
}

function syntaxError(text: string): SeedSyntaxError {
  try {
    factsOf(parseSeedFile(text));
  } catch (error) {
    if (error instanceof SeedSyntaxError) return error;
    throw error;
  }
  throw new Error("no syntax error");
}

describe("a seed file's facts", () => {
  it("reads nodes, typed properties and relationships with the line that states each", () => {
    const read = facts(`// a comment; with a semicolon
MERGE (m:Meeting {id: "meeting:x"})
SET m.round = 2, m.goldstein = -2.5, m.held = true,
    m.aliases = ['a', "b\\"c"], m.dateStart = date("2007-05-28")
WITH m
MERGE (p:Person {id: "person:y"})
MERGE (p)-[:PARTICIPATED_IN]->(m)
MERGE (m)<-[r:REPORTED_BY {excerpt: "it’s so"}]-(p);`);
    expect(read.map((fact) => [fact.kind, fact.line])).toEqual([
      ["node", 2],
      ["property", 3],
      ["property", 3],
      ["property", 3],
      ["property", 4],
      ["property", 4],
      ["node", 6],
      ["relationship", 7],
      ["relationship", 8],
    ]);
    expect(read[1]).toMatchObject({ name: "round", value: { type: "integer", value: 2n } });
    expect(read[2]).toMatchObject({ name: "goldstein", value: { type: "float", value: -2.5 } });
    expect(read[4]).toMatchObject({
      name: "aliases",
      value: { type: "list", items: [{ value: "a" }, { value: 'b"c' }] },
    });
    expect(read[5]).toMatchObject({ value: { type: "date", value: "2007-05-28" } });
    // An incoming arrow is the same relationship written the other way round.
    expect(read[8]).toMatchObject({
      relationship: {
        type: "REPORTED_BY",
        from: { id: "person:y" },
        to: { id: "meeting:x" },
        identity: { excerpt: "it’s so" },
      },
    });
  });

  it("states nothing for SET x.p = null", () => {
    expect(facts(`MERGE (s:Statement {id: "statement:x"}) SET s.translation = null;`)).toHaveLength(
      1,
    );
  });

  it("counts a fact stated twice once, and one stated twice with two values as a conflict", () => {
    const set = factsOf(
      parseSeedFile(`MERGE (a:Person {id: "person:a"}) SET a.name = "A";
MERGE (a:Person {id: "person:a"}) SET a.name = "B";`),
    );
    expect(set.facts.size).toBe(2);
    expect(set.conflicts).toEqual([
      expect.objectContaining({
        first: expect.objectContaining({ line: 1 }),
        second: expect.objectContaining({ line: 2 }),
      }),
    ]);
  });

  it("follows WITH: a variable it does not keep is gone", () => {
    expect(
      syntaxError(`MERGE (a:Person {id: "person:a"})
MERGE (b:Person {id: "person:b"})
WITH a
MERGE (a)-[:PART_OF]->(b);`),
    ).toMatchObject({ line: 4 });
  });

  it.each([
    [
      "MATCH (n) DETACH DELETE n;",
      1,
      /MATCH: a seed file states facts with MERGE, SET and WITH only/,
    ],
    ['MERGE (a:Person {id: "person:a", name: "A"});', 1, /MERGE a node on its label and id only/],
    [
      'MERGE (a:Person {id: "person:a"})\nSET a.name = $name;',
      2,
      /unexpected character "\$"|expected a value/,
    ],
    ['MERGE (a:Person {id: "person:a"})\nSET a += {name: "A"};', 2, /SET one property at a time/],
    ['MERGE (a:Person {id: "person:a"})\nSET a.name = toUpper("a");', 2, /expected a value/],
    ['MERGE (a:Person {id: "person:a"})\nSET b.name = "A";', 2, /b is not bound here/],
    ['MERGE (a:Person {id: "person:a"})\nMERGE (a:Person {id: "person:b"});', 2, /already bound/],
    ['MERGE (a:Person:Org {id: "person:a"});', 1, /one label/],
    ['MERGE (a:Person {id: "person:a"})\nSET a.name = "unclosed;', 2, /never closed/],
    [
      'MERGE (a:Person {id: "person:a"})\nMERGE (a)-[:X]->(b:Person {id: "person:b"});',
      2,
      /merged before it/,
    ],
    ['MERGE (a:Person {id: "person:a"})\nSET a.aliases = ["a", 1];', 2, /one type/],
  ])("refuses %j at line %i", (text, line, message) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});
