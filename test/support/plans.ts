/**
 * Reading Neo4j query plans (EXPLAIN / PROFILE from neo4j-driver) in tests: which operators a
 * plan uses, and which of them read far more than the query's anchor (scans).
 */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  children: PlanNode[];
}

/** Every operator of the plan tree, depth first, without the runtime suffix ("@neo4j"). */
export function planOperators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(planOperators)];
}

function details(plan: PlanNode): string {
  return String(plan.arguments.Details ?? "");
}

/**
 * The scans of a plan that grow with the whole graph: all nodes, a label scan over one of
 * `labels`, any relationship-type or all-relationships scan. Named as "Operator (what)".
 */
export function scansIn(plan: PlanNode, labels: readonly string[]): string[] {
  const found: string[] = [];
  const visit = (node: PlanNode) => {
    const operator = node.operatorType.replace(/@.*$/, "");
    const detail = details(node);
    if (operator === "AllNodesScan") found.push(operator);
    if (/NodeByLabelsScan|NodeByLabelScan/.test(operator)) {
      const scanned = labels.filter((label) =>
        new RegExp(`:${label}\\b|\\|${label}\\b`).test(detail),
      );
      if (scanned.length > 0) found.push(`${operator} (${scanned.join(", ")})`);
    }
    if (/RelationshipTypeScan|AllRelationshipsScan/.test(operator)) {
      const type = /\[\w*:(\w+)/.exec(detail)?.[1];
      found.push(type ? `${operator} (${type})` : operator);
    }
    node.children.forEach(visit);
  };
  visit(plan);
  return found;
}
