/**
 * The ledger of who states what:
 * `(:Internal:SeedFile {path, hash, …})-[:STATES {line}]->(:Internal:SeedFact {key, …})`,
 * one SeedFact per fact (its key is the sha256 of facts.ts's factKey), linked to every file
 * that states it. A fact leaves the graph when the last file stating it stops stating it.
 * `baseExists`/`baseValue` remember what the graph held before the first file stated the
 * fact (a generated dataset's node, a property's earlier value), restored on retraction
 * (graph-writes.ts). Every query is parameterized.
 */
import { createHash } from "node:crypto";
import { fromDriverValue, toDriverValue } from "./driver-values.ts";
import {
  type Fact,
  type FactValue,
  factKey,
  identityJson,
  type NodeRef,
  type RelationshipRef,
} from "./facts.ts";
import { propertyRow } from "./model-cypher.ts";
import type { Tx } from "./tx.ts";

// ─── Reading the ledger ───────────────────────────────────────────────────────────────

/** A fact as the ledger keeps it. */
export interface StoredFact {
  key: string;
  fact: Fact;
  baseExists: boolean;
  baseValue?: FactValue;
}

/** What the graph held before the first file stated a fact: restored when the last one stops. */
export interface Base {
  baseExists: boolean;
  baseValue?: FactValue;
}

export function ledgerKey(fact: Fact): string {
  return createHash("sha256").update(factKey(fact)).digest("hex");
}

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
