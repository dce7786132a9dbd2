/**
 * Writing the data seed files state: new facts (nodes first), new values of properties a
 * file alone states, and retractions that restore what the graph held before the first file
 * stated a fact (ledger.ts keeps that base). Counts what changed for the audit trail.
 *
 * Every query is parameterized; labels and relationship types in the text come from the
 * graph model (model-cypher.ts), never from a file's text.
 */
import { fromDriverValue, toDriverValue } from "./driver-values.ts";
import type { Fact, RelationshipRef } from "./facts.ts";
import type { Base, StoredFact } from "./ledger.ts";
import { DERIVED_RELATIONSHIPS, RELATIONSHIPS } from "./model.ts";
import {
  label,
  nodeOf,
  propertyRow,
  relationshipGroupKey,
  relationshipOf,
  relationshipPattern,
  relationshipRow,
  relationshipType,
} from "./model-cypher.ts";
import type { Tx } from "./tx.ts";

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  propertiesRemoved: number;
}

export function emptyCounts(): WriteCounts {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    propertiesRemoved: 0,
  };
}

async function runCounted(
  tx: Tx,
  counts: WriteCounts,
  cypher: string,
  params: Record<string, unknown>,
) {
  const result = await tx.run(cypher, params);
  const updates = result.summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.nodesDeleted += updates.nodesDeleted;
  counts.relationshipsCreated += updates.relationshipsCreated;
  counts.relationshipsDeleted += updates.relationshipsDeleted;
  return result;
}

/** One query of a write: its text from the graph model, its rows, what it returns. */
interface WriteQuery {
  cypher: string;
  rows: Record<string, unknown>[];
  /** It returns the property's previous value (else whether the node or edge existed). */
  valued: boolean;
  propertiesSet: number;
}

type KeyedFact = { key: string; fact: Fact };

/**
 * Writes facts no file stated before, nodes first, and returns what each replaced: whether
 * its node, relationship or property was already there (and the property's value).
 * `ignoreBase` treats everything as new: a graph seeded before the ledger existed.
 */
export async function writeFacts(
  tx: Tx,
  facts: readonly KeyedFact[],
  counts: WriteCounts,
  ignoreBase: boolean,
): Promise<Map<string, Base>> {
  const byKind = Map.groupBy(facts, ({ fact }) => fact.kind);
  const queries = [
    ...nodeWrites(byKind.get("node") ?? []),
    ...propertyWrites(byKind.get("property") ?? []),
    ...relationshipWrites(byKind.get("relationship") ?? []),
    ...relationshipPropertyWrites(byKind.get("relationshipProperty") ?? []),
  ];
  const bases = new Map<string, Base>();
  // Every query is sent without waiting for the one before: Neo4j runs a transaction's
  // queries in the order sent, and the round trips overlap.
  await Promise.all(
    queries.map(async ({ cypher, rows, valued, propertiesSet }) => {
      counts.propertiesSet += propertiesSet;
      const result = await runCounted(tx, counts, cypher, { rows });
      for (const row of result.records) {
        const key = row.get("key") as string;
        if (ignoreBase) bases.set(key, { baseExists: false });
        else if (valued) {
          const previous = fromDriverValue(row.get("previous"));
          bases.set(key, { baseExists: previous !== undefined, baseValue: previous });
        } else bases.set(key, { baseExists: row.get("existed") === true });
      }
    }),
  );
  return bases;
}

function nodeWrites(facts: readonly KeyedFact[]): WriteQuery[] {
  return [...Map.groupBy(facts, ({ fact }) => nodeOf(fact).label)].map(([labelName, group]) => ({
    cypher: `UNWIND $rows AS row
         OPTIONAL MATCH (existing:${label(labelName)} {id: row.id})
         WITH row, existing IS NOT NULL AS existed
         MERGE (n:${label(labelName)} {id: row.id})
         RETURN row.key AS key, existed`,
    rows: group.map(({ key, fact }) => ({ key, id: nodeOf(fact).id })),
    valued: false,
    propertiesSet: 0,
  }));
}

function propertyWrites(facts: readonly KeyedFact[]): WriteQuery[] {
  return [...Map.groupBy(facts, ({ fact }) => nodeOf(fact).label)].map(([labelName, group]) => ({
    cypher: `UNWIND $rows AS row
         MATCH (n:${label(labelName)} {id: row.id})
         WITH row, n, n[row.name] AS previous
         SET n[row.name] = row.value
         RETURN row.key AS key, previous`,
    rows: group.map(({ key, fact }) => ({ key, ...propertyRow(fact) })),
    valued: true,
    propertiesSet: group.length,
  }));
}

function relationshipWrites(facts: readonly KeyedFact[]): WriteQuery[] {
  return byRelationshipGroup(facts).map(([first, group]) => {
    const identity = (RELATIONSHIPS[first.type]?.identity ?? [])
      .map((key) => `\`${key}\`: row.identity.\`${key}\``)
      .join(", ");
    const edge = `-[:${relationshipType(first.type)}${identity ? ` {${identity}}` : ""}]->`;
    return {
      // Both ends bound: the planner checks the edge from the end with fewer relationships.
      cypher: `UNWIND $rows AS row
         MATCH (a:${label(first.from.label)} {id: row.from})
         MATCH (b:${label(first.to.label)} {id: row.to})
         WITH row, a, b, EXISTS { (a)${edge}(b) } AS existed
         MERGE (a)${edge}(b)
         RETURN row.key AS key, existed`,
      rows: group.map(({ key, fact }) => ({ key, ...relationshipRow(relationshipOf(fact)) })),
      valued: false,
      propertiesSet: 0,
    };
  });
}

function relationshipPropertyWrites(facts: readonly KeyedFact[]): WriteQuery[] {
  return byRelationshipGroup(facts).map(([first, group]) => ({
    cypher: `UNWIND $rows AS row
         MATCH ${relationshipPattern({ type: first.type, fromLabel: first.from.label, toLabel: first.to.label })}
         WITH row, r, r[row.name] AS previous
         SET r[row.name] = row.value
         RETURN row.key AS key, previous`,
    rows: group.map(({ key, fact }) => ({
      key,
      ...relationshipRow(relationshipOf(fact)),
      ...propertyRow(fact),
    })),
    valued: true,
    propertiesSet: group.length,
  }));
}

/** Relationship facts grouped by type and end labels (one query text each), with the first. */
function byRelationshipGroup(facts: readonly KeyedFact[]): [RelationshipRef, KeyedFact[]][] {
  return [
    ...Map.groupBy(facts, ({ fact }) => relationshipGroupKey(relationshipOf(fact))).values(),
  ].map((group) => [relationshipOf((group[0] as KeyedFact).fact), group]);
}

/** Sets new values of properties this file alone states. */
export async function rewriteValues(
  tx: Tx,
  facts: readonly Fact[],
  counts: WriteCounts,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const [labelName, group] of Map.groupBy(
    facts.filter((f) => f.kind === "property"),
    (fact) => nodeOf(fact).label,
  )) {
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row MATCH (n:${label(labelName)} {id: row.id}) SET n[row.name] = row.value`,
        { rows: group.map(propertyRow) },
      ),
    );
    counts.propertiesSet += group.length;
  }
  for (const group of Map.groupBy(
    facts.filter((f) => f.kind === "relationshipProperty"),
    (fact) => relationshipGroupKey(relationshipOf(fact)),
  ).values()) {
    const first = relationshipOf(group[0] as Fact);
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row MATCH ${relationshipPattern({ type: first.type, fromLabel: first.from.label, toLabel: first.to.label })} SET r[row.name] = row.value`,
        {
          rows: group.map((fact) => ({
            ...relationshipRow(relationshipOf(fact)),
            ...propertyRow(fact),
          })),
        },
      ),
    );
    counts.propertiesSet += group.length;
  }
  await Promise.all(pending);
}

/**
 * Takes out facts no file states any more: properties and relationships first, then nodes
 * (with only derived relationships left, which go with them). What the graph held before
 * the first file stated a fact is restored instead. Returns nodes kept because something
 * not from a seed file still hangs on them.
 */
export async function retractFacts(
  tx: Tx,
  facts: readonly StoredFact[],
  counts: WriteCounts,
): Promise<string[]> {
  const pending: Promise<unknown>[] = [];
  const byKind = Map.groupBy(facts, ({ fact }) => fact.kind);
  const restore = (stored: StoredFact) =>
    stored.baseExists && stored.baseValue ? toDriverValue(stored.baseValue) : null;

  for (const group of Map.groupBy(byKind.get("relationshipProperty") ?? [], ({ fact }) =>
    relationshipGroupKey(relationshipOf(fact)),
  ).values()) {
    const first = relationshipOf((group[0] as StoredFact).fact);
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row MATCH ${relationshipPattern({ type: first.type, fromLabel: first.from.label, toLabel: first.to.label })} SET r[row.name] = row.restore`,
        {
          rows: group.map((stored) => ({
            ...relationshipRow(relationshipOf(stored.fact)),
            name: (stored.fact as { name: string }).name,
            restore: restore(stored),
          })),
        },
      ),
    );
    counts.propertiesRemoved += group.filter((stored) => !stored.baseExists).length;
  }
  for (const group of Map.groupBy(
    (byKind.get("relationship") ?? []).filter((s) => !s.baseExists),
    ({ fact }) => relationshipGroupKey(relationshipOf(fact)),
  ).values()) {
    const first = relationshipOf((group[0] as StoredFact).fact);
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row MATCH ${relationshipPattern({ type: first.type, fromLabel: first.from.label, toLabel: first.to.label })} DELETE r`,
        { rows: group.map((stored) => relationshipRow(relationshipOf(stored.fact))) },
      ),
    );
  }
  for (const [labelName, group] of Map.groupBy(
    byKind.get("property") ?? [],
    ({ fact }) => nodeOf(fact).label,
  )) {
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row MATCH (n:${label(labelName)} {id: row.id}) SET n[row.name] = row.restore`,
        {
          rows: group.map((stored) => ({
            id: nodeOf(stored.fact).id,
            name: (stored.fact as { name: string }).name,
            restore: restore(stored),
          })),
        },
      ),
    );
    counts.propertiesRemoved += group.filter((stored) => !stored.baseExists).length;
  }
  const kept: string[] = [];
  for (const [labelName, group] of Map.groupBy(
    (byKind.get("node") ?? []).filter((s) => !s.baseExists),
    ({ fact }) => nodeOf(fact).label,
  )) {
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $ids AS id
         MATCH (n:${label(labelName)} {id: id})
         WITH n, id, EXISTS { (n)-[r]-() WHERE NOT type(r) IN $derived } AS held
         CALL (n, held) {
           WITH n WHERE NOT held
           DETACH DELETE n
         }
         RETURN id, held`,
        { ids: group.map(({ fact }) => nodeOf(fact).id), derived: [...DERIVED_RELATIONSHIPS] },
      ).then((result) => {
        for (const row of result.records)
          if (row.get("held") === true) kept.push(row.get("id") as string);
      }),
    );
  }
  await Promise.all(pending);
  return kept;
}
