/**
 * One seed file breaking each rule of check.ts gets the file, the line and the rule; the
 * five articles' files pass (with the graph they lean on: seeds/seeds.test.ts and the
 * ledger tests apply them checked).
 */
import { describe, expect, it } from "vitest";
import {
  type CheckContext,
  checkSeedFile,
  EMPTY_CONTEXT,
  formatProblem,
  RULES,
  type Rule,
} from "./check.ts";
import { valueText } from "./facts.ts";
import { readSeedText } from "./seed-file.ts";

const ARTICLE = "Crocker met Kazemi Qomi on Monday in Baghdad. “We want actions”, said Crocker.";

/** A complete, valid seed file for a one-line article. Line numbers matter below. */
const VALID = `MERGE (a:Article {id: "article:900-test"})
SET a.title = "Test", a.outlet = "Test Outlet", a.language = "en", a.file = "900_test.txt",
    a.published = "2007-05", a.publishedPrecision = "MONTH",
    a.publishedStart = date("2007-05-01"), a.publishedEnd = date("2007-05-31");

MERGE (p:Person {id: "person:test-crocker"})
SET p.name = "Test Crocker", p.aliases = ["Crocker"];

MERGE (c:Country {id: "country:TST"})
SET c.code = "TST", c.cameo = "TST", c.name = "Testland", c.aliases = [];

MERGE (a:Article {id: "article:900-test"})
MERGE (m:Meeting {id: "meeting:test-meeting"})
SET m.title = "A meeting", m.status = "HELD",
    m.date = "2007-05-28", m.datePrecision = "DAY",
    m.dateStart = date("2007-05-28"), m.dateEnd = date("2007-05-28"),
    m.cameo = "044", m.cameoName = "Meet at a 'third' location", m.goldstein = 2.5
WITH a, m
MERGE (p:Person {id: "person:test-crocker"})
MERGE (c:Country {id: "country:TST"})
MERGE (m)-[:HOSTED_BY]->(c)
MERGE (x:Participation {id: "participation:test-meeting--test-crocker"})
SET x.role = "envoy"
MERGE (p)-[:TOOK_PART_AS]->(x)
MERGE (x)-[:AT]->(m)
MERGE (x)-[:REPRESENTING]->(c)
MERGE (m)-[:REPORTED_BY {excerpt: "Crocker met Kazemi Qomi on Monday in Baghdad."}]->(a);
`;

const context: CheckContext = {
  ...EMPTY_CONTEXT,
  readArticle: (file) => (file === "900_test.txt" ? ARTICLE : undefined),
};

function check(text: string, over: Partial<CheckContext> = {}) {
  return checkSeedFile(readSeedText("90-test.cypher", text), { ...context, ...over });
}

/** The one problem `text` has: its line and rule. */
function only(text: string, over: Partial<CheckContext> = {}) {
  const problems = check(text, over);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0];
}

function replaceLine(line: number, from: string, to: string): string {
  const lines = VALID.split("\n");
  const text = lines[line - 1] as string;
  expect(text, `line ${line} holds ${from}`).toContain(from);
  lines[line - 1] = text.replace(from, to);
  return lines.join("\n");
}

describe("seed file checks", () => {
  it("pass a complete, valid file", () => {
    expect(check(VALID).map(formatProblem)).toEqual([]);
  });

  const cases: [Rule, string, number][] = [
    ["syntax", replaceLine(21, "MERGE (m)-[:HOSTED_BY]->(c)", "MATCH (m)-[:HOSTED_BY]->(c)"), 21],
    [
      "conflict",
      `${VALID}\nMERGE (p:Person {id: "person:test-crocker"})\nSET p.name = "Ryan";\n`,
      30,
    ],
    ["unknown-label", replaceLine(9, "c:Country", "c:State"), 9],
    ["id-format", replaceLine(6, '"person:test-crocker"', '"person:Test_Crocker"'), 6],
    ["unknown-property", replaceLine(7, "p.aliases", "p.alias"), 7],
    [
      "derived-data",
      replaceLine(7, 'p.aliases = ["Crocker"]', 'p.aliases = ["Crocker"], p.nameKey = "x"'),
      7,
    ],
    ["property-type", replaceLine(17, "m.goldstein = 2.5", 'm.goldstein = "2.5"'), 17],
    ["enum", replaceLine(14, 'm.status = "HELD"', 'm.status = "HAPPENED"'), 14],
    ["pattern", replaceLine(2, 'a.language = "en"', 'a.language = "english"'), 2],
    ["date", replaceLine(16, 'date("2007-05-28"), m.dateEnd', 'date("2007-05-29"), m.dateEnd'), 16],
    ["cameo", replaceLine(17, 'm.cameo = "044"', 'm.cameo = "049"'), 17],
    ["goldstein", replaceLine(17, "m.goldstein = 2.5", "m.goldstein = 3.5"), 17],
    // PARTICIPATED_IN is gone (issue 20): attendance is a Participation, TOOK_PART_IN derived.
    [
      "unknown-relationship",
      replaceLine(21, "(m)-[:HOSTED_BY]->(c)", "(p)-[:PARTICIPATED_IN]->(m)"),
      21,
    ],
    [
      "relationship-ends",
      replaceLine(26, "(x)-[:REPRESENTING]->(c)", "(x)-[:REPRESENTING]->(p)"),
      26,
    ],
    [
      "relationship-identity",
      replaceLine(
        27,
        '[:REPORTED_BY {excerpt: "Crocker met Kazemi Qomi on Monday in Baghdad."}]',
        "[:REPORTED_BY]",
      ),
      27,
    ],
    ["excerpt", replaceLine(27, "on Monday in Baghdad", "on Tuesday in Baghdad"), 27],
    ["article-file", replaceLine(2, "900_test.txt", "901_missing.txt"), 2],
    [
      "participation-id",
      replaceLine(
        25,
        "(x)-[:AT]->(m)",
        '(x)-[:AT]->(m)\nMERGE (m2:Meeting {id: "meeting:other"})\nMERGE (x)-[:AT]->(m2)',
      ),
      27,
    ],
    ["country-code", replaceLine(10, 'c.cameo = "TST"', 'c.cameo = "TSX"'), 10],
    [
      "edge-source",
      `${VALID}\nMERGE (pl:Place {id: "place:test-city"})\nMERGE (c:Country {id: "country:TST"})\nMERGE (pl)-[:LOCATED_IN]->(c);\n`,
      31,
    ],
    [
      "joint-statement",
      `${VALID}\nMERGE (s1:Statement {id: "statement:a"})\nMERGE (s2:Statement {id: "statement:b"})\nMERGE (s1)-[:JOINT_WITH]->(s2);\n`,
      31,
    ],
  ];

  it.each(cases)("%s: a file breaking it gets file:line and the rule", (rule, text, line) => {
    const problems = check(text).filter((problem) => problem.rule === rule);
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "90-test.cypher", line, rule });
    expect(formatProblem(problems[0] as never)).toMatch(
      new RegExp(`^90-test\\.cypher:${line}: .+ \\[${rule}\\]$`),
    );
  });

  it("required-property: a mistyped id makes a new node without a name, and says what it looks like", () => {
    const text = replaceLine(19, '"person:test-crocker"', '"person:test-croker"');
    const problems = check(text, {
      lookalikes: new Map([["Person|person:test-croker", ["person:test-crocker"]]]),
    });
    // Its participation's id names test-crocker, which is a problem of its own.
    expect(problems.map((p) => p.rule)).toEqual(["required-property", "participation-id"]);
    const problem = problems[0];
    expect(problem).toMatchObject({ line: 19, rule: "required-property" });
    expect(problem?.message).toMatch(
      /person:test-croker is a new Person without name, aliases .* did you mean person:test-crocker\?/,
    );
  });

  it("required-property: a node another file states is not new", () => {
    const text = `MERGE (p:Person {id: "person:elsewhere"});`;
    expect(check(text)[0]).toMatchObject({ rule: "required-property", line: 1 });
    const elsewhere = new Map([
      ["node\u0000Person\u0000person:elsewhere", { file: "00-shared.cypher", line: 3 }],
    ]);
    expect(check(text, { statedElsewhere: elsewhere })).toEqual([]);
  });

  it("conflict: a value another file states differently names that file and line", () => {
    const key = "property\u0000Person\u0000person:test-crocker\u0000name";
    const problem = only(VALID, {
      statedElsewhere: new Map([
        [
          key,
          { value: { type: "string", value: "Ryan Crocker" }, file: "00-shared.cypher", line: 40 },
        ],
      ]),
    });
    expect(problem).toMatchObject({ line: 7, rule: "conflict" });
    expect(problem?.message).toContain('stated as "Ryan Crocker" by 00-shared.cypher:40');
  });

  it("likely-duplicate: a new person whose name, folded as search folds it, is someone else's", () => {
    const persian = VALID.replace('p.aliases = ["Crocker"]', 'p.aliases = ["Crocker", "ظريف"]');
    // Arabic yeh and kaf for Persian ones, a zero-width non-joiner, case, dots and hyphens.
    const namesakes = new Map([
      ["ظریف", [{ label: "Person", id: "person:mohammad-javad-zarif", name: "ظریف" }]],
    ]);
    const problem = only(persian, { namesakes });
    expect(problem).toMatchObject({ line: 6, rule: "likely-duplicate" });
    expect(problem?.message).toContain("person:mohammad-javad-zarif");
    const vouched = `// check: person:test-crocker is distinct from person:mohammad-javad-zarif\n${persian}`;
    expect(check(vouched, { namesakes })).toEqual([]);
  });

  it("covers every rule it documents", () => {
    const tested = new Set<string>([
      ...cases.map(([rule]) => rule),
      "required-property",
      "likely-duplicate",
    ]);
    expect(Object.keys(RULES).filter((rule) => !tested.has(rule))).toEqual([]);
  });

  it("writes values the way Cypher reads them", () => {
    expect(valueText({ type: "float", value: 2 })).toBe("2.0");
    expect(valueText({ type: "integer", value: 2n })).toBe("2");
  });
});
