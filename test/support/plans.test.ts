/**
 * The plan reader used by the plan tests (cypher/queries/plans.test.ts): it must flag real
 * scans that Neo4j plans for deliberately scanning queries, and pass anchored ones.
 */
import { describe, expect, it } from "vitest";
import { expectNoScans, explainPlan, findScans, type PlanNode, planOperators } from "./plans.ts";

const BIG = ["Meeting", "Statement"];

describe("planOperators", () => {
  it("flattens the whole tree depth first, without the runtime suffix", () => {
    const plan: PlanNode = {
      operatorType: "ProduceResults@neo4j",
      arguments: { Details: "m" },
      children: [
        {
          operatorType: "Apply@neo4j",
          children: [
            { operatorType: "Argument@neo4j" },
            { operatorType: "AllNodesScan@neo4j", arguments: { Details: "m" } },
          ],
        },
      ],
    };
    expect(planOperators(plan)).toEqual([
      { operator: "ProduceResults", details: "m", depth: 0 },
      { operator: "Apply", details: "", depth: 1 },
      { operator: "Argument", details: "", depth: 2 },
      { operator: "AllNodesScan", details: "m", depth: 2 },
    ]);
    expect(() => expectNoScans(plan, BIG)).toThrow(/AllNodesScan m: reads every node/);
  });
});

describe("findScans on plans from the test Neo4j", () => {
  it("flags a label scan over Meeting", async () => {
    const plan = await explainPlan("MATCH (m:Meeting) WHERE m.title CONTAINS $w RETURN m.id", {
      w: "Iraq",
    });
    expect(findScans(plan, BIG).map((s) => s.operator)).toEqual(["NodeByLabelScan"]);
    expect(() => expectNoScans(plan, BIG)).toThrow(
      /NodeByLabelScan m:Meeting: reads every Meeting node/,
    );
    // A label the caller does not list is not its concern.
    expect(findScans(plan, ["Statement"])).toEqual([]);
  });

  it("flags a scan over a union of labels", async () => {
    const plan = await explainPlan("MATCH (n:Meeting|Statement) WHERE n.title = $t RETURN n.id", {
      t: "x",
    });
    expect(findScans(plan, BIG).length).toBeGreaterThan(0);
  });

  it("flags a lookup by id without a label: every node is read", async () => {
    const plan = await explainPlan("MATCH (n) WHERE n.id = $id RETURN n.id", { id: "x" });
    expect(findScans(plan, BIG).map((s) => s.operator)).toEqual(["AllNodesScan"]);
  });

  it("flags a seek on a non-unique property unless the caller allows it", async () => {
    const plan = await explainPlan("MATCH (m:Meeting {status: $s}) RETURN m.id", { s: "HELD" });
    expect(findScans(plan, BIG).map((s) => s.operator)).toEqual(["NodeIndexSeek"]);
    expect(findScans(plan, BIG, { allowSeeks: ["Meeting(status)"] })).toEqual([]);
  });

  it("flags a lone-node MATCH in an inline subquery, whose nested plan EXPLAIN hides", async () => {
    const plan = await explainPlan(
      "MATCH (p:Person {id: $id}) RETURN head(COLLECT { MATCH (c) WHERE c.id = p.name RETURN c.id }) AS x",
      { id: "person:ryan-crocker" },
    );
    expect(findScans(plan, BIG).map((s) => s.reason)).toEqual([
      "an inline subquery matches a lone node: its hidden nested plan may scan",
    ]);
  });

  it("passes a lone node found by label and id in an inline subquery: a constraint lookup", async () => {
    const plan = await explainPlan(
      `MATCH (p:Person {id: $id})
       RETURN head(COLLECT { MATCH (c:Person|Country {id: p.name}) RETURN c.id }) AS x`,
      { id: "person:ryan-crocker" },
    );
    expect(findScans(plan, BIG)).toEqual([]);
  });

  it("passes a lone node found by label and an id held in a variable (printed `id IN [x]`)", async () => {
    const plan = await explainPlan(
      `WITH $id AS anchor
       RETURN head(COLLECT { MATCH (c:Person {id: anchor}) RETURN COUNT { (c)-[:SAID]->() } AS n }) AS x`,
      { id: "person:ryan-crocker" },
    );
    expect(findScans(plan, BIG)).toEqual([]);
  });

  it("flags a scan of a listed relationship type only", async () => {
    const plan = await explainPlan("MATCH ()-[r:TOOK_PART_AS]->() RETURN r.role", {});
    expect(findScans(plan, BIG)).toEqual([]);
    expect(
      findScans(plan, BIG, { relationshipTypes: ["TOOK_PART_AS"] }).map((s) => s.reason),
    ).toEqual(["reads every TOOK_PART_AS relationship"]);
  });

  it("passes a query anchored on an id that walks relationships", async () => {
    const plan = await explainPlan(
      "MATCH (p:Person {id: $id})-[:TOOK_PART_IN]->(m:Meeting)<-[:DURING]-(s:Statement) RETURN s.id",
      { id: "person:ryan-crocker" },
    );
    expect(planOperators(plan).map((o) => o.operator)).toContain("NodeUniqueIndexSeek");
    expect(() =>
      expectNoScans(plan, [...BIG, "Person"], { relationshipTypes: ["TOOK_PART_IN", "DURING"] }),
    ).not.toThrow();
  });
});
