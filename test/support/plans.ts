/**
 * Reading Neo4j query plans in tests: EXPLAIN a query against the test Neo4j and find the
 * operators that would read a whole label (or relationship type) instead of starting from
 * the nodes the parameters name. A plan is checked on the tiny seeded graph, so the rules
 * look at what an operator does, not at its estimated rows: a label scan over nine meetings
 * is as wrong as one over a million.
 */
import neo4j, { type Driver } from "neo4j-driver";

/**
 * Labels and relationship types that grow with the corpus (about a million meetings, two
 * million statements, 250k articles, 100k people): a scan over any of them is a scan over
 * millions. Country, Topic and Place stay small.
 */
export const GROWING_LABELS = [
  "Meeting",
  "Statement",
  "Article",
  "Person",
  "Organization",
  "Position",
];
export const GROWING_TYPES = [
  "TOOK_PART_IN",
  "TOOK_PART_AS",
  "SAID",
  "ON_BEHALF_OF",
  "DIRECTED_AT",
  "RELAYED_BY",
  "MENTIONS",
  "ABOUT",
  "DURING",
  "CONCERNS",
  "REPORTED_BY",
  "HELD_POSITION",
  "OF",
  "FOLLOWS",
  "HOSTED_BY",
  "HELD_AT",
  "MADE_AT",
];

/** The plan tree as the driver returns it (`ResultSummary.plan`), or a hand-made one. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  identifiers?: string[];
  children?: PlanNode[];
}

/** One operator of a plan, flattened: name without the `@neo4j` suffix, details as text. */
export interface PlanOperator {
  operator: string;
  details: string;
  depth: number;
}

export interface Scan {
  operator: string;
  details: string;
  reason: string;
}

export interface ScanOptions {
  /** Relationship types too big to scan (e.g. PARTICIPATED_IN): a type scan over them fails. */
  relationshipTypes?: string[];
  /**
   * Non-unique index seeks that are allowed on the listed labels, as "Label(property)", e.g.
   * "Meeting(sortKey)" for a keyset page that a LIMIT cuts short. Seeks on unique ids and
   * full-text queries are always allowed.
   */
  allowSeeks?: string[];
}

/** Every operator of the plan, depth first, parents before children. */
export function planOperators(plan: PlanNode): PlanOperator[] {
  const operators: PlanOperator[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const details = node.arguments?.Details;
    operators.push({
      operator: node.operatorType.replace(/@.*$/, ""),
      details: typeof details === "string" ? details : "",
      depth,
    });
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  walk(plan, 0);
  return operators;
}

// An inline subquery (COLLECT/EXISTS/COUNT { … } kept inside an expression) runs a nested
// plan that EXPLAIN does not show. Its text is all there is: a MATCH whose pattern is a lone
// node, `MATCH (c) WHERE c.id = …`, finds that node by scanning unless Neo4j happens to
// pick an index, and nothing in the plan would say which.
// A lone node found by label and id (`WHERE a.id = … AND (a:Person OR …)`, as Neo4j prints
// `(a:Person|Organization {id: …})`) is a lookup on the id uniqueness constraints, not a scan.
const LONE_NODE_IN_INLINE_SUBQUERY =
  /\b(?:COLLECT|EXISTS|COUNT)\s*\{\s*(?:OPTIONAL\s+)?MATCH\s*\(`?(\w+)`?\)\s*(WHERE|RETURN|WITH)\b([^}]*)/g;

function hidesAScan(details: string): boolean {
  for (const [, variable, keyword, rest] of details.matchAll(LONE_NODE_IN_INLINE_SUBQUERY)) {
    const where = keyword === "WHERE" ? ((rest ?? "").split(/\b(?:RETURN|WITH)\b/)[0] ?? "") : "";
    // Neo4j prints `{id: x}` as `n.id = x`, or as `n.id IN [x]` when x is a variable.
    const byId = new RegExp(`\`?${variable}\`?\\.id (?:= |IN \\[)`).test(where);
    const byLabel = new RegExp(`\`?${variable}\`?:\\w+`).test(where);
    if (!(byId && byLabel)) return true;
  }
  return false;
}

/** The operators of `plan` that read all nodes, or a whole label of `labels`, or worse. */
export function findScans(plan: PlanNode, labels: string[], options: ScanOptions = {}): Scan[] {
  const mentions = (details: string, names: string[]) =>
    names.filter((name) => new RegExp(`[:|&]\\s*\`?${name}\`?\\b`).test(details));
  const scans: Scan[] = [];
  for (const { operator, details } of planOperators(plan)) {
    const flag = (reason: string) => scans.push({ operator, details, reason });
    const base = operator.replace(/^Partitioned/, "");
    if (base === "AllNodesScan") {
      flag("reads every node of the graph");
    } else if (/AllRelationshipsScan$/.test(base)) {
      flag("reads every relationship of the graph");
    } else if (/^(?:Node|UnionNode|IntersectionNode|SubtractionNode)By\w*Labels?Scan$/.test(base)) {
      const hit = mentions(details, labels);
      if (hit.length) flag(`reads every ${hit.join("/")} node`);
    } else if (/^NodeIndex(?:Scan|ContainsScan|EndsWithScan)$/.test(base)) {
      const hit = mentions(details, labels);
      if (hit.length) flag(`reads a whole ${hit.join("/")} index`);
    } else if (
      /^(?:NodeIndexSeek|NodeIndexSeekByRange|NodeUniqueIndexSeekByRange|MultiNodeIndexSeek)$/.test(
        base,
      )
    ) {
      const hit = mentions(details, labels);
      const allowed = (options.allowSeeks ?? []).some((seek) => {
        const [label, property] = seek.replace(")", "").split("(");
        return new RegExp(`:\\s*\`?${label}\`?\\s*\\(\\s*\`?${property}\`?\\b`).test(details);
      });
      if (hit.length && !allowed)
        flag(`seeks ${hit.join("/")} by a non-unique property: a share of the whole label`);
    } else if (/RelationshipTypeScan$/.test(base)) {
      const hit = mentions(details, options.relationshipTypes ?? []);
      if (hit.length) flag(`reads every ${hit.join("/")} relationship`);
    } else if (/RelationshipIndex(?:Scan|ContainsScan|EndsWithScan)$/.test(base)) {
      const hit = mentions(details, options.relationshipTypes ?? []);
      if (hit.length) flag(`reads a whole ${hit.join("/")} relationship index`);
    }
    if (hidesAScan(details)) {
      flag("an inline subquery matches a lone node: its hidden nested plan may scan");
    }
  }
  return scans;
}

/** Throws, listing each offending operator and why, when `findScans` finds any. */
export function expectNoScans(plan: PlanNode, labels: string[], options: ScanOptions = {}): void {
  const scans = findScans(plan, labels, options);
  if (scans.length === 0) return;
  const lines = scans.map((s) => `  ${s.operator} ${s.details.replace(/\s+/g, " ")}: ${s.reason}`);
  throw new Error(`the plan scans instead of starting from its anchors:\n${lines.join("\n")}`);
}

/**
 * The plan Neo4j would run for `cypher` (EXPLAIN: nothing is executed), on the test run's
 * Neo4j unless a driver is given (the benchmarks pass theirs).
 */
export async function explainPlan(
  cypher: string,
  params: Record<string, unknown> = {},
  on?: { driver: Driver; database?: string | undefined },
): Promise<PlanNode> {
  // Loaded only inside vitest: this module is also used outside it, by bench/.
  let target = on;
  if (!target) {
    const { testDriver, database, seededGraph } = await import("./neo4j.ts");
    await seededGraph();
    target = { driver: testDriver(), database: database() };
  }
  const result = await target.driver.executeQuery(`EXPLAIN ${cypher}`, params, {
    database: target.database,
    routing: neo4j.routing.READ,
  });
  const plan = result.summary.plan;
  if (!plan) throw new Error("EXPLAIN returned no plan");
  return plan;
}
