/**
 * Every analyst query starts from the nodes its parameters name (an id seek, a full-text
 * index or a list index) and walks from there: EXPLAIN with the example's parameters must
 * show no scan of a big label or relationship type. Checked on the tiny seeded graph, where
 * a scan would be cheap and the planner may prefer one: the queries are written so that the
 * anchored plan is the only one (see each file's header), the same at nine meetings as at
 * a million.
 */
import { describe, expect, it } from "vitest";
import { exampleParams, loadLibrary } from "../../src/queries/library.ts";
import { explainPlan, findScans, planOperators } from "../../test/support/plans.ts";
import { scanRuleFor } from "./scan-rules.ts";

const library = loadLibrary();

/**
 * CONTAINS on a TEXT index is answered from the index's trigrams (Neo4j's text-2.0
 * provider), not by reading every entry, so it is an anchor, not a scan.
 */
function isTextIndexContains(operator: string, details: string): boolean {
  return (
    operator.replace(/^Partitioned/, "") === "NodeIndexContainsScan" && /^TEXT INDEX /.test(details)
  );
}

describe("every library query is anchored", () => {
  for (const query of library) {
    it(`${query.name} starts from its parameters, never from a scan`, async () => {
      const plan = await explainPlan(query.cypher, exampleParams(query));
      expect(planOperators(plan).length).toBeGreaterThan(1);
      const rule = scanRuleFor(query.name);
      const scans = findScans(plan, rule.labels, rule.options).filter(
        (scan) => !(rule.textContains && isTextIndexContains(scan.operator, scan.details)),
      );
      expect(scans.map((s) => `${s.operator} ${s.details}: ${s.reason}`)).toEqual([]);
    });
  }
});

describe("the library's rankings read the aggregates (docs/graph-model.md, Aggregates)", () => {
  const seeks = (name: string) => {
    const query = library.find((q) => q.name === name);
    if (!query) throw new Error(`no library query ${name}`);
    return explainPlan(query.cypher, exampleParams(query)).then((plan) => planOperators(plan));
  };

  it("person-counterparts ranks by the person's MET_WITH index, not by counting its meetings", async () => {
    const operators = await seeks("person-counterparts");
    const ranked = operators.filter(
      (op) =>
        /RelationshipIndexSeek/.test(op.operator) &&
        /MET_WITH\(ownerId, rankKey\)/.test(op.details),
    );
    // The ranking and its boundary's ties: two seeks; no aggregation counts meetings.
    expect(ranked.length).toBe(2);
    expect(operators.filter((op) => /count\(/.test(op.details))).toEqual([]);
  });

  it("relayed-statements reads each relay's sources from its RELAYED_BY keys, never its statements' edges", async () => {
    const operators = await seeks("relayed-statements");
    const bySource = operators.filter(
      (op) =>
        /RelationshipIndexSeek/.test(op.operator) &&
        /RELAYED_BY\(ownerId, sourceKey\)/.test(op.details),
    );
    expect(bySource.length).toBe(2);
    expect(
      operators.filter((op) => /Expand/.test(op.operator) && /RELAYED_BY/.test(op.details)),
    ).toEqual([]);
  });
});
