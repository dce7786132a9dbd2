import { describe, expect, it } from "vitest";
import { compare } from "./measure.ts";
import { growth } from "./report.ts";
import type { ScaleResult } from "./run-scale.ts";

describe("the scale bench's comparison of answers", () => {
  it("accepts three systems that return the same ids in the same order", () => {
    const levels = { meetings: ["meeting:a", "meeting:b"], "meeting:a sources": ["article:1"] };
    expect(compare("page", { api: levels, handWritten: levels, neo4jGraphql: levels })).toEqual([]);
  });

  it("reports a system that returns the same ids in another order", () => {
    const mismatches = compare("page", {
      api: { meetings: ["meeting:a", "meeting:b"] },
      handWritten: { meetings: ["meeting:a", "meeting:b"] },
      neo4jGraphql: { meetings: ["meeting:b", "meeting:a"] },
    });
    expect(mismatches).toEqual([
      'page: @neo4j/graphql differs from this API at "meetings": [meeting:a, meeting:b] vs [meeting:b, meeting:a]',
    ]);
  });

  it("reports a level one system has and another lacks", () => {
    const mismatches = compare("page", {
      api: { meetings: [], "meeting:a statements": ["statement:x"] },
      handWritten: { meetings: [] },
    });
    expect(mismatches).toEqual([
      'page: hand-written Cypher differs from this API at "meeting:a statements": [statement:x] vs (absent)',
    ]);
  });

  it("compares the anchors with each other when the API failed", () => {
    const mismatches = compare("page", {
      handWritten: { hits: ["person:a"] },
      neo4jGraphql: { hits: ["person:b"] },
    });
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toContain("@neo4j/graphql differs from hand-written Cypher");
  });
});

describe("growth between scales", () => {
  const scale = (meetings: number, apiP50: number | null): ScaleResult =>
    ({
      meetings,
      operations: [
        {
          key: "actor-hub-first",
          name: "",
          mismatches: [],
          systems: {
            api: { p50: apiP50 },
            handWritten: { p50: 10 },
            neo4jGraphql: { p50: null },
          },
        },
      ],
    }) as unknown as ScaleResult;

  it("divides the largest scale's p50 by the smallest's, per operation key", () => {
    const [row] = growth([scale(1_000_000, 30), scale(10_000, 20)]);
    expect(row).toEqual({
      key: "actor-hub-first",
      from: 10_000,
      to: 1_000_000,
      p50: { api: 1.5, handWritten: 1, neo4jGraphql: null },
    });
  });

  it("has nothing to say about a single scale", () => {
    expect(growth([scale(10_000, 20)])).toEqual([]);
  });
});
