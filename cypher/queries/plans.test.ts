/**
 * Every analyst query starts from the nodes its parameters name (an id seek, a full-text
 * index or a list index) and walks from there: EXPLAIN with the example's parameters must
 * show no scan of a big label or relationship type. Checked on the tiny seeded graph, where
 * a scan would be cheap and the planner may prefer one: the queries are written so that the
 * anchored plan is the only one (see each file's header), the same at nine meetings as at
 * a million.
 */
import { describe, expect, it } from "vitest";
import { exampleParams, type LibraryQuery, loadLibrary } from "../../src/queries/library.ts";
import { explainPlan, findScans, type PlanNode, planOperators } from "../../test/support/plans.ts";
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

/** The operators between `plan`'s root and every operator matching `test`, root first. */
function pathsTo(plan: PlanNode, test: (node: PlanNode) => boolean): PlanNode[][] {
  const found: PlanNode[][] = [];
  const walk = (node: PlanNode, above: PlanNode[]) => {
    const path = [...above, node];
    if (test(node)) found.push(path);
    for (const child of node.children ?? []) walk(child, path);
  };
  walk(plan, []);
  return found;
}

const operatorOf = (node: PlanNode) => node.operatorType.replace(/@.*$/, "");
const detailsOf = (node: PlanNode) => String(node.arguments?.Details ?? "");
const sorts = (node: PlanNode) => /^(?:Partial)?(?:Sort|Top)$/.test(operatorOf(node));

/** The sorts on the way from the root down to the operator, nearest first. */
const sortsAbove = (path: PlanNode[]) => path.slice(0, -1).filter(sorts).reverse();

describe("library lists read a page in the order an index gives", () => {
  const byName = (name: string) => library.find((query) => query.name === name) as LibraryQuery;

  it("actor-statements reads each role's list from its (ownerId, sortKey) index, unsorted", async () => {
    const query = byName("actor-statements");
    const plan = await explainPlan(query.cypher, exampleParams(query));
    for (const type of ["SAID", "ON_BEHALF_OF", "DIRECTED_AT", "MENTIONS"]) {
      const seeks = pathsTo(
        plan,
        (node) =>
          /RelationshipIndexSeek/.test(operatorOf(node)) &&
          new RegExp(`:${type}\\(ownerId, sortKey\\)`).test(detailsOf(node)),
      );
      expect(seeks, type).toHaveLength(1);
      // The only sort above a role's list is the page's, over at most four lists of `limit`.
      expect(sortsAbove(seeks[0] as PlanNode[]).map(detailsOf), type).toEqual([
        expect.stringMatching(/^cursor ASC/),
      ]);
    }
    // No role is read by walking from the actor (the old DIRECTED_AT and MENTIONS branch);
    // the page's own targets (s)-[:DIRECTED_AT]->(t) are looked up for its rows alone.
    expect(
      planOperators(plan).filter(
        (op) =>
          /Expand/.test(op.operator) &&
          /(?:DIRECTED_AT|MENTIONS)[^(]*\(x\)|\(x\)[^(]*(?:DIRECTED_AT|MENTIONS)/.test(op.details),
      ),
    ).toEqual([]);
  });

  it("find-meetings walks the meetings in date order for a common text, unsorted", async () => {
    const query = byName("find-meetings");
    const plan = await explainPlan(query.cypher, exampleParams(query));
    const walks = pathsTo(
      plan,
      (node) =>
        /NodeIndexSeekByRange/.test(operatorOf(node)) &&
        /:Meeting\(sortKey\)/.test(detailsOf(node)),
    );
    expect(walks).toHaveLength(1);
    // Above the walk: only the sort of the page's rows for display (dateStart), none by sortKey.
    expect(
      sortsAbove(walks[0] as PlanNode[])
        .map(detailsOf)
        .filter((details) => /sortKey/.test(details)),
    ).toEqual([]);
    // The text index is read once, at most 5,001 matches: sorted only when they are fewer.
    const probes = pathsTo(plan, (node) => /NodeIndexContainsScan/.test(operatorOf(node)));
    expect(probes).toHaveLength(1);
    expect(
      (probes[0] as PlanNode[]).some(
        (node) => operatorOf(node) === "Limit" && detailsOf(node).trim() === "5001",
      ),
    ).toBe(true);
  });
});
