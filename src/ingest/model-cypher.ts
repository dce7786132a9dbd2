/**
 * Cypher text from the graph model (model.ts): a label or relationship type is written into a
 * query only after the model knows it, never from a file's text; values always go as
 * parameters. Shared by the reads and writes of seeding (graph-reads.ts, graph-writes.ts).
 */
import { toDriverValue } from "./driver-values.ts";
import type { Fact, NodeRef, RelationshipRef } from "./facts.ts";
import { LABELS, RELATIONSHIPS } from "./model.ts";

export function label(name: string): string {
  if (!LABELS[name]) throw new Error(`${name} is not a label of the graph model`);
  return `\`${name}\``;
}

export function relationshipType(name: string): string {
  if (!RELATIONSHIPS[name])
    throw new Error(`${name} is not a relationship type of the graph model`);
  return `\`${name}\``;
}

/** `(a:From {id: row.from})-[r:TYPE {identity}]->(b:To {id: row.to})` for a group of rows. */
export function relationshipPattern(group: RelationshipGroup): string {
  const identity = (RELATIONSHIPS[group.type]?.identity ?? [])
    .map((key) => `\`${key}\`: row.identity.\`${key}\``)
    .join(", ");
  return `(a:${label(group.fromLabel)} {id: row.from})-[r:${relationshipType(group.type)}${identity ? ` {${identity}}` : ""}]->(b:${label(group.toLabel)} {id: row.to})`;
}

export interface RelationshipGroup {
  type: string;
  fromLabel: string;
  toLabel: string;
}

export function relationshipOf(fact: Fact): RelationshipRef {
  if (fact.kind !== "relationship" && fact.kind !== "relationshipProperty")
    throw new Error(`not a relationship fact: ${fact.kind}`);
  return fact.relationship;
}

export function relationshipGroupKey(relationship: RelationshipRef): string {
  return `${relationship.type}|${relationship.from.label}|${relationship.to.label}`;
}

export function relationshipRow(relationship: RelationshipRef): Record<string, unknown> {
  return { from: relationship.from.id, to: relationship.to.id, identity: relationship.identity };
}

export function nodeOf(fact: Fact): NodeRef {
  if (fact.kind !== "node" && fact.kind !== "property")
    throw new Error(`not a node fact: ${fact.kind}`);
  return fact.node;
}

export function propertyRow(fact: Fact): { id?: string; name: string; value: unknown } {
  if (fact.kind === "property")
    return { id: fact.node.id, name: fact.name, value: toDriverValue(fact.value) };
  if (fact.kind === "relationshipProperty")
    return { name: fact.name, value: toDriverValue(fact.value) };
  throw new Error(`not a property fact: ${fact.kind}`);
}
