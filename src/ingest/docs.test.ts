/**
 * The docs describe seeding as it is: docs/graph-model.md's tables are the checker's model
 * (model.ts), docs/analysts.md lists every rule of check.ts, and the Cypher examples of its
 * "Adding an article" section run on the seeded graph and answer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runReadQuery } from "../../test/support/neo4j.ts";
import { paths } from "../config/paths.ts";
import { RULES } from "./check.ts";
import { LABELS, RELATIONSHIPS } from "./model.ts";

const graphModel = readFileSync(join(paths.root, "docs/graph-model.md"), "utf8");
const analysts = readFileSync(join(paths.root, "docs/analysts.md"), "utf8");

/** The rows of the markdown table that follows `heading`, as cells. */
function table(text: string, heading: string): string[][] {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const lines = text.slice(start).split("\n");
  const first = lines.findIndex((line) => line.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line.split(" | ").map((cell) => cell.replace(/^\| ?| ?\|$/g, "").trim()));
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/`/g, "").trim();

describe("docs/graph-model.md and the seed checker's model", () => {
  it("name the same labels, each with the properties the checker accepts", () => {
    const rows = table(graphModel, "## Labels");
    expect(rows.map((row) => unquote(row[0] as string)).sort()).toEqual(Object.keys(LABELS).sort());
    for (const row of rows) {
      const label = unquote(row[0] as string);
      const documented = row[1] as string;
      for (const property of Object.keys(LABELS[label]?.properties ?? {})) {
        // Date triples may be written `from…`: the date's name stands for its five properties.
        const root = property.replace(/(Precision|Start|End|TextGloss|Text)$/, "");
        expect(documented, `${label}.${property}`).toMatch(
          new RegExp(`\`(${property}|${root}…|${root})[?:\`]`),
        );
      }
    }
  });

  it("join the same labels by each relationship type", () => {
    const rows = table(graphModel, "## Relationships");
    const documented = new Map<string, string[]>();
    for (const row of rows) {
      const type = unquote(row[0] as string);
      const ends = (row[1] as string).split(";").flatMap((part) => {
        const [from = "", to = ""] = part.split("→");
        return from.split("/").flatMap((a) => to.split("/").map((b) => `${a.trim()}→${b.trim()}`));
      });
      documented.set(type, ends.sort());
    }
    for (const [type, spec] of Object.entries(RELATIONSHIPS))
      expect(documented.get(type), type).toEqual(spec.ends.map(([a, b]) => `${a}→${b}`).sort());
  });
});

describe("docs/analysts.md, adding an article", () => {
  const section = analysts.slice(
    analysts.indexOf("## 6. Adding an article"),
    analysts.indexOf("## Reloading the graph"),
  );

  it("lists every rule of the checker", () => {
    const listed = new Set([...section.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1]));
    expect(Object.keys(RULES).filter((rule) => !listed.has(rule))).toEqual([]);
  });

  it("has Cypher examples that answer on the seeded graph", async () => {
    const examples = [...section.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(examples).toHaveLength(2);
    const [ledger, audit] = await Promise.all(examples.map((cypher) => runReadQuery(cypher)));
    expect(ledger).toContainEqual({
      file: "00-shared-entities.cypher",
      line: expect.any(Number),
      fact: "property",
      property: "name",
    });
    expect(ledger?.some((row) => row.file === "02-article-001-crocker-kazemi-qomi.cypher")).toBe(
      true,
    );
    expect(audit?.length).toBeGreaterThanOrEqual(6);
    expect(audit?.[0]).toMatchObject({ action: "apply", author: "test run" });
  });
});
