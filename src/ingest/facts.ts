/**
 * What a seed file states, as facts: a node (label and id), a property of a node, a
 * relationship between two nodes, a property of a relationship. Each fact has a key that
 * is the same whichever file states it, so a fact stated by several files is one fact with
 * several sources, and each fact keeps the line that states it.
 */
import type { Clause, Literal, SeedStatement } from "./seed-syntax.ts";
import { SeedSyntaxError } from "./seed-syntax.ts";

/** A property value as a seed file writes it; lists hold values of one type. */
export type FactValue =
  | { type: "string"; value: string }
  | { type: "integer"; value: bigint }
  | { type: "float"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "date"; value: string }
  | { type: "list"; items: FactValue[] };

export interface NodeRef {
  label: string;
  id: string;
}

export interface RelationshipRef {
  type: string;
  from: NodeRef;
  to: NodeRef;
  /** Properties that tell two relationships of one type between the same nodes apart. */
  identity: Record<string, string>;
}

export type Fact =
  | { kind: "node"; node: NodeRef; line: number }
  | { kind: "property"; node: NodeRef; name: string; value: FactValue; line: number }
  | { kind: "relationship"; relationship: RelationshipRef; line: number }
  | {
      kind: "relationshipProperty";
      relationship: RelationshipRef;
      name: string;
      value: FactValue;
      line: number;
    };

/** The key of a fact: what it is about, without its value (a property has one value). */
export function factKey(fact: Fact): string {
  switch (fact.kind) {
    case "node":
      return `node\u0000${nodeKey(fact.node)}`;
    case "property":
      return `property\u0000${nodeKey(fact.node)}\u0000${fact.name}`;
    case "relationship":
      return `relationship\u0000${relationshipKey(fact.relationship)}`;
    case "relationshipProperty":
      return `relationshipProperty\u0000${relationshipKey(fact.relationship)}\u0000${fact.name}`;
  }
}

function nodeKey(node: NodeRef): string {
  return `${node.label}\u0000${node.id}`;
}

function relationshipKey(relationship: RelationshipRef): string {
  return [
    relationship.type,
    nodeKey(relationship.from),
    nodeKey(relationship.to),
    identityJson(relationship.identity),
  ].join("\u0000");
}

/** Identity properties as canonical JSON (sorted keys), as stored on the fact's record. */
export function identityJson(identity: Record<string, string>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(identity).sort(([a], [b]) => (a < b ? -1 : 1))),
  );
}

/** A canonical text of a value: equal values, equal texts (integer 1 and float 1.0 differ). */
export function valueText(value: FactValue): string {
  switch (value.type) {
    case "string":
      return JSON.stringify(value.value);
    case "integer":
      return `${value.value}`;
    case "float":
      return Number.isInteger(value.value) ? `${value.value}.0` : `${value.value}`;
    case "boolean":
      return `${value.value}`;
    case "date":
      return `date(${JSON.stringify(value.value)})`;
    case "list":
      return `[${value.items.map(valueText).join(", ")}]`;
  }
}

export interface FactSet {
  /** By key; the first statement of a fact wins its line. */
  facts: Map<string, Fact>;
  /** Facts the file states twice with different values. */
  conflicts: { first: Fact; second: Fact }[];
}

/**
 * Reads the facts a file's statements state, following Cypher's variable scope: MERGE binds
 * a variable, WITH keeps only the variables it names, each statement starts afresh.
 * A statement that Neo4j would refuse (a variable used before it is bound, bound twice)
 * is a SeedSyntaxError with its line.
 */
export function factsOf(statements: SeedStatement[]): FactSet {
  const set: FactSet = { facts: new Map(), conflicts: [] };
  const add = (fact: Fact) => {
    const key = factKey(fact);
    const existing = set.facts.get(key);
    if (!existing) set.facts.set(key, fact);
    else if (statedValue(existing) !== statedValue(fact))
      set.conflicts.push({ first: existing, second: fact });
  };
  for (const statement of statements) {
    const scope = new Map<string, Bound>();
    for (const clause of statement.clauses) applyClause(clause, scope, add);
  }
  return set;
}

function statedValue(fact: Fact): string | undefined {
  return fact.kind === "property" || fact.kind === "relationshipProperty"
    ? valueText(fact.value)
    : undefined;
}

type Bound =
  | { kind: "node"; node: NodeRef }
  | { kind: "relationship"; relationship: RelationshipRef };

function applyClause(clause: Clause, scope: Map<string, Bound>, add: (fact: Fact) => void): void {
  switch (clause.kind) {
    case "mergeNode": {
      const { node } = clause;
      if (node.variable && scope.has(node.variable) && !node.label && node.properties.length === 0)
        throw new SeedSyntaxError(
          clause.line,
          `MERGE (${node.variable}) merges nothing new: ${node.variable} is already bound`,
        );
      const ref = nodeRef(node.label, node.properties, clause.line);
      if (node.variable) bind(scope, node.variable, { kind: "node", node: ref }, clause.line);
      add({ kind: "node", node: ref, line: clause.line });
      return;
    }
    case "mergeRelationship": {
      const from = boundNode(clause.from, scope);
      const to = boundNode(clause.to, scope);
      const identity: Record<string, string> = {};
      for (const entry of clause.properties) {
        const value = factValue(entry.value, entry.line);
        if (value?.type !== "string")
          throw new SeedSyntaxError(
            entry.line,
            `${clause.type} {${entry.key}}: a relationship is merged on string properties only`,
          );
        identity[entry.key] = value.value;
      }
      const relationship: RelationshipRef = { type: clause.type, from, to, identity };
      if (clause.variable)
        bind(scope, clause.variable, { kind: "relationship", relationship }, clause.line);
      add({ kind: "relationship", relationship, line: clause.line });
      return;
    }
    case "set":
      for (const item of clause.items) {
        const bound = scope.get(item.variable);
        if (!bound)
          throw new SeedSyntaxError(
            item.line,
            `SET ${item.variable}.${item.key}: ${item.variable} is not bound here`,
          );
        const value = factValue(item.value, item.line);
        // SET x.p = null states nothing about p (on a new node there is nothing to remove).
        if (value === null) continue;
        if (bound.kind === "node")
          add({ kind: "property", node: bound.node, name: item.key, value, line: item.line });
        else
          add({
            kind: "relationshipProperty",
            relationship: bound.relationship,
            name: item.key,
            value,
            line: item.line,
          });
      }
      return;
    case "with": {
      const kept = new Map<string, Bound>();
      for (const variable of clause.variables) {
        const bound = scope.get(variable);
        if (!bound)
          throw new SeedSyntaxError(clause.line, `WITH ${variable}: ${variable} is not bound here`);
        kept.set(variable, bound);
      }
      scope.clear();
      for (const [variable, bound] of kept) scope.set(variable, bound);
      return;
    }
  }
}

function nodeRef(
  label: string | undefined,
  properties: { key: string; value: Literal; line: number }[],
  line: number,
): NodeRef {
  const [entry, ...rest] = properties;
  if (!label || !entry || entry.key !== "id" || rest.length > 0)
    throw new SeedSyntaxError(
      line,
      'MERGE a node on its label and id only, (x:Label {id: "prefix:slug"}), then SET its properties',
    );
  if (entry.value.type !== "string") throw new SeedSyntaxError(line, "a node's id is a string");
  return { label, id: entry.value.value };
}

function boundNode(
  pattern: { variable?: string; label?: string; properties: unknown[]; line: number },
  scope: Map<string, Bound>,
): NodeRef {
  const bound = pattern.variable ? scope.get(pattern.variable) : undefined;
  if (!pattern.variable || pattern.label || pattern.properties.length > 0 || bound?.kind !== "node")
    throw new SeedSyntaxError(
      pattern.line,
      "a relationship joins two nodes merged before it in the statement: MERGE (a)-[:TYPE]->(b)",
    );
  return bound.node;
}

function bind(scope: Map<string, Bound>, variable: string, bound: Bound, line: number): void {
  if (scope.has(variable))
    throw new SeedSyntaxError(line, `variable ${variable} is already bound in this statement`);
  scope.set(variable, bound);
}

/** A literal as a fact value; null for `null`. Lists hold one type and no nulls. */
export function factValue(literal: Literal, line: number): FactValue | null {
  switch (literal.type) {
    case "null":
      return null;
    case "list": {
      const items: FactValue[] = [];
      for (const item of literal.items) {
        const value = factValue(item, line);
        if (value === null) throw new SeedSyntaxError(line, "a list holds no nulls");
        if (value.type === "list")
          throw new SeedSyntaxError(line, "a property holds no list of lists");
        if (items[0] && items[0].type !== value.type)
          throw new SeedSyntaxError(line, "a list holds values of one type");
        items.push(value);
      }
      return { type: "list", items };
    }
    default:
      return literal;
  }
}
