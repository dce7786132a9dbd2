/** The nesting count read with graphql-js's lexer: tokens, not characters. */
import { describe, expect, it } from "vitest";
import { nestingDepth, nestingLimitError } from "./parse-limits.ts";

const roomy = { maxTokens: 100_000, maxNesting: 1_000 };

describe("nestingDepth", () => {
  it("counts {, [ and ( together, as the parser recurses through all three", () => {
    expect(nestingDepth("{ a }", roomy)).toBe(1);
    expect(nestingDepth('{ a(x: { y: [["z"]] }) { b } }', roomy)).toBe(5);
    expect(nestingDepth("{ a { b } c { d { e } } }", roomy)).toBe(3);
  });

  it("ignores brackets inside strings, block strings and comments", () => {
    expect(nestingDepth('{ a(x: "[[[[{{{{", y: """(((""") }', roomy)).toBe(2);
    expect(nestingDepth("# [[[[[[\n{ a }", roomy)).toBe(1);
  });

  it("stops at the nesting limit plus one and at the token limit", () => {
    const deep = "[".repeat(15_000);
    expect(nestingDepth(deep, { maxTokens: 100_000, maxNesting: 100 })).toBe(101);
    expect(nestingDepth(deep, { maxTokens: 50, maxNesting: 1_000 })).toBe(51);
  });

  it("leaves a lexical error to the parser", () => {
    expect(nestingDepth('{ a(x: "unterminated', roomy)).toBe(2);
    expect(nestingLimitError('{ a(x: "unterminated', roomy)).toBeUndefined();
  });

  it("refuses past the limit with QUERY_LIMIT_EXCEEDED and the limit's name", () => {
    expect(nestingLimitError("{ a }", { maxTokens: 10, maxNesting: 1 })).toBeUndefined();
    expect(nestingLimitError("{ a { b } }", { maxTokens: 10, maxNesting: 1 })?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "nesting",
    });
  });
});
