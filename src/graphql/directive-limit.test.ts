/** The directive count with fragments expanded, on a small schema. */
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { maxDirectivesRule } from "./directive-limit.ts";

const schema = buildSchema("type Query { a: Int b: Query }");

function refused(query: string, max = 3): string[] {
  return validate(schema, parse(query), [maxDirectivesRule(max)]).map((error) => error.message);
}

describe("maxDirectivesRule", () => {
  it("counts operation, field, inline fragment and spread directives", () => {
    expect(
      refused("query @skip(if: false) { a @include(if: true) ... @skip(if: false) { a } }"),
    ).toEqual([]);
    expect(
      refused(
        "{ a @include(if: true) ...F @skip(if: false) ...F @skip(if: false) } fragment F on Query { a @skip(if: false) }",
      ),
    ).toEqual(["Directives limit of 3 exceeded, found 5."]);
  });

  it("counts a fragment that spreads fragments once per spread, in one pass over each", () => {
    // 2^30 spreads of the innermost fragment: counted, not walked.
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(" ");
    expect(
      refused(`{ ...F0 } ${fragments} fragment F30 on Query { a @include(if: true) }`),
    ).toEqual([`Directives limit of 3 exceeded, found ${2 ** 30}.`]);
  });

  it("stops at a fragment cycle (another rule reports the cycle)", () => {
    expect(refused("{ ...F } fragment F on Query { b { ...F @skip(if: false) } }")).toEqual([]);
  });
});
