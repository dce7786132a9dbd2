/**
 * The graph side of seeding: the data a fact describes, and the ledger of who states it.
 *
 * Ledger: `(:Internal:SeedFile {path, hash, …})-[:STATES {line}]->(:Internal:SeedFact {key, …})`,
 * one SeedFact per fact (its key is the sha256 of facts.ts's factKey), linked to every file
 * that states it. A fact leaves the graph when the last file stating it stops stating it.
 * `baseExists`/`baseValue` remember what the graph held before the first file stated the
 * fact (a generated dataset's node, a property's earlier value), restored on retraction.
 *
 * Every query is parameterized; labels and relationship types in the text come from the
 * graph model (model.ts), never from a file's text.
 */
import { createHash } from "node:crypto";
import type { Namesake } from "./check.ts";
import { fromDriverValue, toDriverValue } from "./driver-values.ts";
import {
  type Fact,
  type FactValue,
  factKey,
  identityJson,
  type NodeRef,
  type RelationshipRef,
} from "./facts.ts";
import { DERIVED_RELATIONSHIPS, LABELS, RELATIONSHIPS } from "./model.ts";
import { fullTextQuery } from "./names.ts";
import type { Tx } from "./tx.ts";

/** A fact as the ledger keeps it. */
export interface StoredFact {
  key: string;
  fact: Fact;
  baseExists: boolean;
  baseValue?: FactValue;
}

export function ledgerKey(fact: Fact): string {
  return createHash("sha256").update(factKey(fact)).digest("hex");
}

function label(name: string): string {
  if (!LABELS[name]) throw new Error(`${name} is not a label of the graph model`);
  return `\`${name}\``;
}

function relationshipType(name: string): string {
  if (!RELATIONSHIPS[name])
    throw new Error(`${name} is not a relationship type of the graph model`);
  return `\`${name}\``;
}

/** `(a:From {id: row.from})-[r:TYPE {identity}]->(b:To {id: row.to})` for a group of rows. */
function relationshipPattern(group: RelationshipGroup): string {
  const identity = (RELATIONSHIPS[group.type]?.identity ?? [])
    .map((key) => `\`${key}\`: row.identity.\`${key}\``)
    .join(", ");
  return `(a:${label(group.fromLabel)} {id: row.from})-[r:${relationshipType(group.type)}${identity ? ` {${identity}}` : ""}]->(b:${label(group.toLabel)} {id: row.to})`;
}

interface RelationshipGroup {
  type: string;
  fromLabel: string;
  toLabel: string;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function relationshipOf(fact: Fact): RelationshipRef {
  if (fact.kind !== "relationship" && fact.kind !== "relationshipProperty")
    throw new Error(`not a relationship fact: ${fact.kind}`);
  return fact.relationship;
}

function relationshipGroupKey(relationship: RelationshipRef): string {
  return `${relationship.type}|${relationship.from.label}|${relationship.to.label}`;
}

function relationshipRow(relationship: RelationshipRef): Record<string, unknown> {
  return { from: relationship.from.id, to: relationship.to.id, identity: relationship.identity };
}

// ─── Reading the ledger ───────────────────────────────────────────────────────────────

/**
 * A fact as SeedFact properties. Named unlike any data property (no `id`, `name`, `kind`,
 * `from`…), so an analyst's label-less `MATCH (n {id: …})` never meets the ledger.
 */
function record(fact: Fact): Record<string, unknown> {
  switch (fact.kind) {
    case "node":
      return { factKind: fact.kind, label: fact.node.label, node: fact.node.id };
    case "property":
      return {
        factKind: fact.kind,
        label: fact.node.label,
        node: fact.node.id,
        property: fact.name,
        value: toDriverValue(fact.value),
      };
    case "relationship":
    case "relationshipProperty": {
      const r = fact.relationship;
      return {
        factKind: fact.kind,
        type: r.type,
        startLabel: r.from.label,
        startNode: r.from.id,
        endLabel: r.to.label,
        endNode: r.to.id,
        identity: identityJson(r.identity),
        ...(fact.kind === "relationshipProperty"
          ? { property: fact.name, value: toDriverValue(fact.value) }
          : {}),
      };
    }
  }
}

function factFromRecord(properties: Record<string, unknown>, line: number): Fact {
  const kind = properties.factKind as Fact["kind"];
  const node = (labelName: unknown, id: unknown): NodeRef => ({
    label: String(labelName),
    id: String(id),
  });
  const value = () => fromDriverValue(properties.value) ?? { type: "string", value: "" };
  if (kind === "node") return { kind, node: node(properties.label, properties.node), line };
  if (kind === "property")
    return {
      kind,
      node: node(properties.label, properties.node),
      name: String(properties.property),
      value: value(),
      line,
    };
  const relationship: RelationshipRef = {
    type: String(properties.type),
    from: node(properties.startLabel, properties.startNode),
    to: node(properties.endLabel, properties.endNode),
    identity: JSON.parse(String(properties.identity ?? "{}")) as Record<string, string>,
  };
  if (kind === "relationship") return { kind, relationship, line };
  return {
    kind: "relationshipProperty",
    relationship,
    name: String(properties.property),
    value: value(),
    line,
  };
}

/** What a file stated when it was last applied: its facts by ledger key. */
export async function readContribution(tx: Tx, file: string): Promise<Map<string, StoredFact>> {
  const result = await tx.run(
    `MATCH (:Internal:SeedFile {path: $file})-[s:STATES]->(f:Internal:SeedFact)
     RETURN f AS fact, s.line AS line`,
    { file },
  );
  const facts = new Map<string, StoredFact>();
  for (const row of result.records) {
    const properties = (row.get("fact") as { properties: Record<string, unknown> }).properties;
    const key = String(properties.key);
    facts.set(key, {
      key,
      fact: factFromRecord(properties, Number(row.get("line"))),
      baseExists: properties.baseExists === true,
      baseValue: fromDriverValue(properties.baseValue),
    });
  }
  return facts;
}

export interface LedgerEntry {
  value?: FactValue;
  baseExists: boolean;
  /** A file other than the excluded ones that states the fact, if any. */
  other?: { file: string; line: number };
}

/** The ledger's entries for these keys, with one other file stating each (if any). */
export async function readLedger(
  tx: Tx,
  keys: readonly string[],
  excludeFiles: readonly string[],
): Promise<Map<string, LedgerEntry>> {
  const result = await tx.run(
    `UNWIND $keys AS key
     MATCH (f:Internal:SeedFact {key: key})
     CALL (f) {
       OPTIONAL MATCH (f)<-[s:STATES]-(other:Internal:SeedFile)
       WHERE NOT other.path IN $exclude
       RETURN other.path AS otherFile, s.line AS otherLine
       LIMIT 1
     }
     RETURN key, f.value AS value, f.baseExists AS baseExists, otherFile, otherLine`,
    { keys: [...keys], exclude: [...excludeFiles] },
  );
  const entries = new Map<string, LedgerEntry>();
  for (const row of result.records) {
    const otherFile = row.get("otherFile") as string | null;
    entries.set(row.get("key") as string, {
      value: fromDriverValue(row.get("value")),
      baseExists: row.get("baseExists") === true,
      other: otherFile ? { file: otherFile, line: Number(row.get("otherLine")) } : undefined,
    });
  }
  return entries;
}

/** Properties of the nodes that exist, by "Label|id". */
export async function readNodes(
  tx: Tx,
  nodes: readonly NodeRef[],
): Promise<Map<string, Record<string, FactValue>>> {
  const found = new Map<string, Record<string, FactValue>>();
  for (const [labelName, group] of groupBy(nodes, (node) => node.label)) {
    if (!LABELS[labelName]) continue;
    const result = await tx.run(
      `MATCH (n:${label(labelName)}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS properties`,
      { ids: group.map((node) => node.id) },
    );
    for (const row of result.records) {
      const properties: Record<string, FactValue> = {};
      for (const [name, value] of Object.entries(
        row.get("properties") as Record<string, unknown>,
      )) {
        const converted = fromDriverValue(value);
        if (converted) properties[name] = converted;
      }
      found.set(`${labelName}|${row.get("id")}`, properties);
    }
  }
  return found;
}

/** People, organizations and places whose name or alias shares a word with these names. */
export async function findNameCandidates(tx: Tx, names: readonly string[]): Promise<Namesake[]> {
  const query = fullTextQuery(names);
  if (!query) return [];
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes("entityNames", $query, {limit: 200}) YIELD node
     WHERE node:Person OR node:Organization OR node:Place
     RETURN head([l IN labels(node) WHERE l IN ["Person", "Organization", "Place"]]) AS label,
            node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases`,
    { query },
  );
  return result.records.flatMap((row) => {
    const base = { label: row.get("label") as string, id: row.get("id") as string };
    const name = row.get("name") as string;
    return [name, ...(row.get("aliases") as string[])].map((alias) => ({ ...base, name: alias }));
  });
}

/** Ids of nodes of the label whose names are like the words of `id`'s slug. */
export async function findLookalikes(tx: Tx, node: NodeRef): Promise<string[]> {
  const words = node.id
    .slice(node.id.indexOf(":") + 1)
    .split("-")
    .filter((word) => /^[a-z0-9]{3,}$/.test(word));
  if (words.length === 0 || !["Person", "Organization", "Place", "Country"].includes(node.label))
    return [];
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes("entityNames", $query, {limit: 10}) YIELD node, score
     WHERE $label IN labels(node) AND node.id <> $id
     RETURN node.id AS id LIMIT 3`,
    { query: words.map((word) => `${word}~`).join(" "), label: node.label, id: node.id },
  );
  return result.records.map((row) => row.get("id") as string);
}

// ─── Writing the data ─────────────────────────────────────────────────────────────────

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

export interface Base {
  baseExists: boolean;
  baseValue?: FactValue;
}

/**
 * Writes facts no file stated before, nodes first, and returns what each replaced: whether
 * its node, relationship or property was already there (and the property's value).
 * `ignoreBase` treats everything as new: a graph seeded before the ledger existed.
 */
export async function writeFacts(
  tx: Tx,
  facts: readonly { key: string; fact: Fact }[],
  counts: WriteCounts,
  ignoreBase: boolean,
): Promise<Map<string, Base>> {
  // Every query is sent without waiting for the one before: Neo4j runs a transaction's
  // queries in the order sent, and the round trips overlap.
  const pending: Promise<unknown>[] = [];
  const bases = new Map<string, Base>();
  const collect = (result: { records: { get(key: string): unknown }[] }, valued: boolean) => {
    for (const row of result.records) {
      const key = row.get("key") as string;
      if (ignoreBase) bases.set(key, { baseExists: false });
      else if (valued) {
        const previous = fromDriverValue(row.get("previous"));
        bases.set(key, { baseExists: previous !== undefined, baseValue: previous });
      } else bases.set(key, { baseExists: row.get("existed") === true });
    }
  };
  const byKind = groupBy(facts, ({ fact }) => fact.kind);

  for (const [labelName, group] of groupBy(
    byKind.get("node") ?? [],
    ({ fact }) => nodeOf(fact).label,
  )) {
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row
         OPTIONAL MATCH (existing:${label(labelName)} {id: row.id})
         WITH row, existing IS NOT NULL AS existed
         MERGE (n:${label(labelName)} {id: row.id})
         RETURN row.key AS key, existed`,
        { rows: group.map(({ key, fact }) => ({ key, id: nodeOf(fact).id })) },
      ).then((result) => {
        collect(result, false);
      }),
    );
  }
  for (const [labelName, group] of groupBy(
    byKind.get("property") ?? [],
    ({ fact }) => nodeOf(fact).label,
  )) {
    counts.propertiesSet += group.length;
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row
         MATCH (n:${label(labelName)} {id: row.id})
         WITH row, n, n[row.name] AS previous
         SET n[row.name] = row.value
         RETURN row.key AS key, previous`,
        { rows: group.map(({ key, fact }) => ({ key, ...propertyRow(fact) })) },
      ).then((result) => {
        collect(result, true);
      }),
    );
  }
  for (const group of groupBy(byKind.get("relationship") ?? [], ({ fact }) =>
    relationshipGroupKey(relationshipOf(fact)),
  ).values()) {
    const first = relationshipOf((group[0] as { fact: Fact }).fact);
    const identity = (RELATIONSHIPS[first.type]?.identity ?? [])
      .map((key) => `\`${key}\`: row.identity.\`${key}\``)
      .join(", ");
    const edge = `-[:${relationshipType(first.type)}${identity ? ` {${identity}}` : ""}]->`;
    pending.push(
      runCounted(
        tx,
        counts,
        // Both ends bound: the planner checks the edge from the end with fewer relationships.
        `UNWIND $rows AS row
         MATCH (a:${label(first.from.label)} {id: row.from})
         MATCH (b:${label(first.to.label)} {id: row.to})
         WITH row, a, b, EXISTS { (a)${edge}(b) } AS existed
         MERGE (a)${edge}(b)
         RETURN row.key AS key, existed`,
        { rows: group.map(({ key, fact }) => ({ key, ...relationshipRow(relationshipOf(fact)) })) },
      ).then((result) => {
        collect(result, false);
      }),
    );
  }
  for (const group of groupBy(byKind.get("relationshipProperty") ?? [], ({ fact }) =>
    relationshipGroupKey(relationshipOf(fact)),
  ).values()) {
    const first = relationshipOf((group[0] as { fact: Fact }).fact);
    const pattern = relationshipPattern({
      type: first.type,
      fromLabel: first.from.label,
      toLabel: first.to.label,
    });
    counts.propertiesSet += group.length;
    pending.push(
      runCounted(
        tx,
        counts,
        `UNWIND $rows AS row
         MATCH ${pattern}
         WITH row, r, r[row.name] AS previous
         SET r[row.name] = row.value
         RETURN row.key AS key, previous`,
        {
          rows: group.map(({ key, fact }) => ({
            key,
            ...relationshipRow(relationshipOf(fact)),
            ...propertyRow(fact),
          })),
        },
      ).then((result) => {
        collect(result, true);
      }),
    );
  }
  await Promise.all(pending);
  return bases;
}

/** Sets new values of properties this file alone states. */
export async function rewriteValues(
  tx: Tx,
  facts: readonly Fact[],
  counts: WriteCounts,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const [labelName, group] of groupBy(
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
  for (const group of groupBy(
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
  const byKind = groupBy(facts, ({ fact }) => fact.kind);
  const restore = (stored: StoredFact) =>
    stored.baseExists && stored.baseValue ? toDriverValue(stored.baseValue) : null;

  for (const group of groupBy(byKind.get("relationshipProperty") ?? [], ({ fact }) =>
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
  for (const group of groupBy(
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
  for (const [labelName, group] of groupBy(
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
  for (const [labelName, group] of groupBy(
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

function nodeOf(fact: Fact): NodeRef {
  if (fact.kind !== "node" && fact.kind !== "property")
    throw new Error(`not a node fact: ${fact.kind}`);
  return fact.node;
}

function propertyRow(fact: Fact): { id?: string; name: string; value: unknown } {
  if (fact.kind === "property")
    return { id: fact.node.id, name: fact.name, value: toDriverValue(fact.value) };
  if (fact.kind === "relationshipProperty")
    return { name: fact.name, value: toDriverValue(fact.value) };
  throw new Error(`not a property fact: ${fact.kind}`);
}

// ─── Writing the ledger ───────────────────────────────────────────────────────────────

export async function upsertSeedFile(
  tx: Tx,
  file: { name: string; hash: string; facts: number },
  author: string,
): Promise<void> {
  await tx.run(
    `MERGE (f:Internal:SeedFile {path: $file})
     SET f.hash = $hash, f.facts = $facts, f.appliedAt = datetime(), f.appliedBy = $author`,
    { file: file.name, hash: file.hash, facts: file.facts, author },
  );
}

/** New SeedFacts stated by `file`, with what they replaced. */
export async function createLedgerFacts(
  tx: Tx,
  file: string,
  rows: readonly { key: string; fact: Fact; base: Base }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (file:Internal:SeedFile {path: $file})
     UNWIND $rows AS row
     CREATE (f:Internal:SeedFact)
     SET f = row.record
     CREATE (file)-[:STATES {line: row.line}]->(f)`,
    {
      file,
      rows: rows.map(({ key, fact, base }) => ({
        line: fact.line,
        record: {
          ...record(fact),
          key,
          baseExists: base.baseExists,
          baseValue: base.baseValue ? toDriverValue(base.baseValue) : null,
        },
      })),
    },
  );
}

/** `file` states facts the ledger has (another file states them too). */
export async function attachLedgerFacts(
  tx: Tx,
  file: string,
  rows: readonly { key: string; line: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (file:Internal:SeedFile {path: $file})
     UNWIND $rows AS row
     MATCH (f:Internal:SeedFact {key: row.key})
     CREATE (file)-[:STATES {line: row.line}]->(f)`,
    { file, rows },
  );
}

/** Lines of facts the file still states, where they moved. */
export async function moveLedgerLines(
  tx: Tx,
  file: string,
  rows: readonly { key: string; line: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (:Internal:SeedFile {path: $file})-[s:STATES]->(f:Internal:SeedFact)
     WHERE f.key IN $keys
     WITH s, f, $lines[f.key] AS line
     SET s.line = line`,
    {
      file,
      keys: rows.map((row) => row.key),
      lines: Object.fromEntries(rows.map((row) => [row.key, row.line])),
    },
  );
}

export async function updateLedgerValues(
  tx: Tx,
  rows: readonly { key: string; fact: Fact }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row MATCH (f:Internal:SeedFact {key: row.key}) SET f.value = row.value`,
    { rows: rows.map(({ key, fact }) => ({ key, value: propertyRow(fact).value })) },
  );
}

/** `file` no longer states these facts; facts no file states any more go. */
export async function detachLedgerFacts(
  tx: Tx,
  file: string,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await tx.run(
    `MATCH (:Internal:SeedFile {path: $file})-[s:STATES]->(f:Internal:SeedFact)
     WHERE f.key IN $keys
     DELETE s
     WITH f
     WHERE NOT EXISTS { (f)<-[:STATES]-() }
     DELETE f`,
    { file, keys: [...keys] },
  );
}

export async function deleteSeedFile(tx: Tx, file: string): Promise<void> {
  await tx.run(`MATCH (f:Internal:SeedFile {path: $file}) DETACH DELETE f`, { file });
}

export interface ApplicationRecord extends WriteCounts {
  path: string;
  action: "apply" | "correct" | "retract";
  hash: string;
  previousHash: string | null;
  author: string;
  derivedUpdates: number;
  ms: number;
}

/** The audit trail: one node per application, readable with Cypher and in --status. */
export async function recordApplication(tx: Tx, application: ApplicationRecord): Promise<void> {
  await tx.run(`CREATE (a:Internal:SeedApplication) SET a = $application, a.at = datetime()`, {
    application,
  });
}
