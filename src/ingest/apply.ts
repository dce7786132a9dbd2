/**
 * Applies one seed file in one transaction: what it states now against what it stated when
 * last applied. Facts it no longer states leave the graph unless another file states them;
 * new facts arrive; derived data is recomputed for the nodes touched; the ledger and the
 * audit trail are written. Readers see the file's article before or after, never half.
 * A file that fails its checks changes nothing (SeedCheckError).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type CheckContext,
  checkSeedFile,
  type Namesake,
  nodeRefKey,
  type Problem,
} from "./check.ts";
import { type DerivationRules, deriveFor } from "./derive.ts";
import { type Fact, type FactValue, factKey, type NodeRef, valueText } from "./facts.ts";
import {
  attachLedgerFacts,
  type Base,
  createLedgerFacts,
  deleteSeedFile,
  detachLedgerFacts,
  emptyCounts,
  findLookalikes,
  findNameCandidates,
  type LedgerEntry,
  ledgerKey,
  moveLedgerLines,
  readContribution,
  readLedger,
  readNodes,
  recordApplication,
  retractFacts,
  rewriteValues,
  type StoredFact,
  updateLedgerValues,
  upsertSeedFile,
  type WriteCounts,
  writeFacts,
} from "./ledger.ts";
import { LABELS } from "./model.ts";
import { nameFingerprint } from "./names.ts";
import type { SeedFile } from "./seed-file.ts";
import type { Tx } from "./tx.ts";

export class SeedCheckError extends Error {
  override name = "SeedCheckError";
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${[...new Set(problems.map((p) => p.file))].join(", ")}`,
    );
    this.problems = problems;
  }
}

/** A fact another file of the same run states, not applied yet. */
export interface PendingFact {
  fact: Fact;
  file: string;
}

export interface ApplyOptions {
  rules: DerivationRules;
  articlesDir: string;
  author: string;
  /** Off only where the mechanism itself is tested with files that lean on absent ones. */
  check?: boolean;
  /** Facts of the run's new or changed files, by factKey, with every file stating each:
   * stated by another of them, a fact counts as stated. */
  pending?: ReadonlyMap<string, readonly PendingFact[]>;
  /** Files changing or going in this run: their applied facts do not count as stated. */
  changing?: readonly string[];
  /** Treat what the graph holds as written by seeds (a graph seeded before the ledger). */
  ignoreBase?: boolean;
}

export interface FileApplication {
  file: string;
  action: "apply" | "correct" | "retract" | "unchanged";
  hash: string;
  counts: WriteCounts;
  /** Nodes whose properties changed without being created or deleted. */
  nodesChanged: number;
  derivedUpdates: number;
  facts: { added: number; removed: number; changed: number };
  /** Nodes a retraction left because something not from a seed file still hangs on them. */
  keptNodes: string[];
  ms: number;
}

/** Checks `file` against the graph and the run's other files, inside `tx`. */
export async function checkInTransaction(
  tx: Tx,
  file: SeedFile,
  options: ApplyOptions,
): Promise<Problem[]> {
  const previous = await readContribution(tx, file.name);
  const keys = new Map([...file.facts.facts.values()].map((fact) => [ledgerKey(fact), fact]));
  const ledger = await readLedger(
    tx,
    [...keys.keys(), ...previous.keys()],
    [file.name, ...(options.changing ?? [])],
  );
  return checkSeedFile(file, await checkContext(tx, file, keys, previous, ledger, options));
}

export async function applySeedFile(
  tx: Tx,
  file: SeedFile,
  options: ApplyOptions,
): Promise<FileApplication> {
  const started = performance.now();
  const previous = await readContribution(tx, file.name);
  const previousHash = await fileHash(tx, file.name);
  const current = new Map([...file.facts.facts.values()].map((fact) => [ledgerKey(fact), fact]));
  const ledger = await readLedger(tx, [...current.keys(), ...previous.keys()], [file.name]);

  if (options.check !== false) {
    const changingLedger = options.changing?.length
      ? await readLedger(
          tx,
          [...current.keys(), ...previous.keys()],
          [file.name, ...options.changing],
        )
      : ledger;
    const problems = checkSeedFile(
      file,
      await checkContext(tx, file, current, previous, changingLedger, options),
    );
    if (problems.length > 0) throw new SeedCheckError(problems);
  }

  const removed: StoredFact[] = [];
  const changed: { key: string; fact: Fact }[] = [];
  const moved: { key: string; line: number }[] = [];
  for (const [key, stored] of previous) {
    const fact = current.get(key);
    if (!fact) removed.push(stored);
    else {
      if (valueKey(fact) !== valueKey(stored.fact)) changed.push({ key, fact });
      if (fact.line !== stored.fact.line) moved.push({ key, line: fact.line });
    }
  }
  const added = [...current]
    .filter(([key]) => !previous.has(key))
    .map(([key, fact]) => ({ key, fact }));
  const alreadyStated = added.filter(({ key }) => ledger.has(key));
  const fresh = added.filter(({ key }) => !ledger.has(key));
  const retracted = removed.filter((stored) => !ledger.get(stored.key)?.other);
  // A value stated by others too stays theirs; with checks on that is a conflict (above).
  const rewritten = changed.filter(({ key }) => !ledger.get(key)?.other);
  const restated = alreadyStated.filter(({ key, fact }) => {
    const value = ledger.get(key)?.value;
    return value !== undefined && "value" in fact && valueText(value) !== valueText(fact.value);
  });

  // The nodes whose derived data may change, found before the facts change: the aggregates'
  // rules take away what a touched meeting counted before (a retracted meeting is gone after),
  // and add what it counts after, for the very same nodes (cypher/derived.cypher).
  const touchedFacts = [
    ...retracted.map((stored) => stored.fact),
    ...rewritten.map(({ fact }) => fact),
    ...restated.map(({ fact }) => fact),
    ...fresh.map(({ fact }) => fact),
  ];
  const touched = await touchedNodes(tx, touchedFacts);
  let derivedUpdates = await deriveFor(tx, options.rules, touched, "before");

  const counts = emptyCounts();
  const isRetraction = file.hash === "";
  if (!isRetraction)
    await upsertSeedFile(
      tx,
      { name: file.name, hash: file.hash, facts: current.size },
      options.author,
    );
  const kept = await retractFacts(tx, retracted, counts);
  await rewriteValues(
    tx,
    [...rewritten, ...restated].map(({ fact }) => fact),
    counts,
  );
  const bases = await writeFacts(tx, fresh, counts, options.ignoreBase === true);
  await detachLedgerFacts(
    tx,
    file.name,
    removed.map((stored) => stored.key),
  );
  await attachLedgerFacts(
    tx,
    file.name,
    alreadyStated.map(({ key, fact }) => ({ key, line: fact.line })),
  );
  await createLedgerFacts(
    tx,
    file.name,
    fresh.map(({ key, fact }) => ({
      key,
      fact,
      base: bases.get(key) ?? ({ baseExists: false } satisfies Base),
    })),
  );
  await updateLedgerValues(tx, [...rewritten, ...restated]);
  await moveLedgerLines(tx, file.name, moved);
  if (isRetraction) await deleteSeedFile(tx, file.name);

  derivedUpdates += await deriveFor(tx, options.rules, touched, "after");
  const nodesChanged = changedNodes(touchedFacts);

  const action = isRetraction ? "retract" : previousHash !== null ? "correct" : "apply";
  const ms = performance.now() - started;
  const application: FileApplication = {
    file: file.name,
    action:
      touchedFacts.length === 0 && added.length === 0 && removed.length === 0
        ? "unchanged"
        : action,
    hash: file.hash,
    counts,
    nodesChanged,
    derivedUpdates,
    facts: { added: added.length, removed: removed.length, changed: changed.length },
    keptNodes: kept,
    ms,
  };
  await recordApplication(tx, {
    path: file.name,
    action,
    hash: file.hash,
    previousHash,
    author: options.author,
    ...counts,
    derivedUpdates,
    ms: Math.round(ms),
  });
  return application;
}

function valueKey(fact: Fact): string {
  return "value" in fact ? valueText(fact.value) : "";
}

async function fileHash(tx: Tx, file: string): Promise<string | null> {
  const result = await tx.run(`MATCH (f:Internal:SeedFile {path: $file}) RETURN f.hash AS hash`, {
    file,
  });
  return (result.records[0]?.get("hash") as string | undefined) ?? null;
}

/**
 * Nodes whose derived data may change: every node a fact names, and a participation's meeting
 * (read before the facts change: a retracted participation leads to its meeting then).
 */
async function touchedNodes(tx: Tx, facts: readonly Fact[]): Promise<Map<string, string[]>> {
  const byLabel = new Map<string, Set<string>>();
  const add = (node: NodeRef) => {
    const set = byLabel.get(node.label) ?? new Set<string>();
    set.add(node.id);
    byLabel.set(node.label, set);
  };
  for (const fact of facts) {
    if (fact.kind === "node" || fact.kind === "property") add(fact.node);
    else {
      add(fact.relationship.from);
      add(fact.relationship.to);
    }
  }
  const participations = [...(byLabel.get("Participation") ?? [])];
  if (participations.length > 0) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (:Participation {id: id})-[:AT]->(m:Meeting) RETURN DISTINCT m.id AS id`,
      { ids: participations },
    );
    for (const row of result.records) add({ label: "Meeting", id: row.get("id") as string });
  }
  return new Map([...byLabel].map(([label, ids]) => [label, [...ids]]));
}

function changedNodes(facts: readonly Fact[]): number {
  const whole = new Set(
    facts
      .filter((fact) => fact.kind === "node")
      .map((fact) => nodeRefKey((fact as { node: NodeRef }).node)),
  );
  const changed = new Set<string>();
  for (const fact of facts) {
    if (fact.kind === "property" && !whole.has(nodeRefKey(fact.node)))
      changed.add(nodeRefKey(fact.node));
  }
  return changed.size;
}

async function checkContext(
  tx: Tx,
  file: SeedFile,
  current: ReadonlyMap<string, Fact>,
  previous: ReadonlyMap<string, StoredFact>,
  ledger: ReadonlyMap<string, LedgerEntry>,
  options: ApplyOptions,
): Promise<CheckContext> {
  const pending = options.pending ?? new Map<string, readonly PendingFact[]>();
  const statedElsewhere = new Map<string, { value?: FactValue; file: string; line: number }>();
  for (const [key, fact] of current) {
    const other = ledger.get(key)?.other;
    const waiting = pending.get(factKey(fact))?.find((entry) => entry.file !== file.name);
    if (other) statedElsewhere.set(factKey(fact), { value: ledger.get(key)?.value, ...other });
    else if (waiting)
      statedElsewhere.set(factKey(fact), {
        value: "value" in waiting.fact ? waiting.fact.value : undefined,
        file: waiting.file,
        line: waiting.fact.line,
      });
  }

  // The graph as it would be without this file's previous version.
  const stated = [...current.values()].filter(
    (fact): fact is Fact & { kind: "node" } => fact.kind === "node",
  );
  const existing = await readNodes(
    tx,
    stated.map((fact) => fact.node),
  );
  for (const stored of previous.values()) {
    const entry = ledger.get(stored.key);
    if (entry?.other || stored.baseExists) continue;
    if (stored.fact.kind === "node") existing.delete(nodeRefKey(stored.fact.node));
    else if (stored.fact.kind === "property") {
      const properties = existing.get(nodeRefKey(stored.fact.node));
      if (properties) delete properties[stored.fact.name];
    }
  }

  // New people, organizations and places: their names against everyone else's.
  const isNew = (node: NodeRef) =>
    !existing.has(nodeRefKey(node)) &&
    !statedElsewhere.has(factKey({ kind: "node", node, line: 0 }));
  const newNodes = stated.map((fact) => fact.node).filter(isNew);
  const namesOf = (node: NodeRef) =>
    [...current.values()].flatMap((fact) =>
      fact.kind === "property" &&
      nodeRefKey(fact.node) === nodeRefKey(node) &&
      (fact.name === "name" || fact.name === "aliases")
        ? fact.value.type === "list"
          ? fact.value.items.flatMap((item) => (item.type === "string" ? [item.value] : []))
          : fact.value.type === "string"
            ? [fact.value.value]
            : []
        : [],
    );
  const named = newNodes.filter((node) => ["Person", "Organization", "Place"].includes(node.label));
  const names = named.flatMap(namesOf);
  const candidates: Namesake[] = names.length > 0 ? await findNameCandidates(tx, names) : [];
  for (const { fact, file: other } of [...pending.values()].flat()) {
    if (
      other === file.name ||
      fact.kind !== "property" ||
      !["Person", "Organization", "Place"].includes(fact.node.label)
    )
      continue;
    if (fact.name !== "name" && fact.name !== "aliases") continue;
    const values = fact.value.type === "list" ? fact.value.items : [fact.value];
    for (const value of values)
      if (value.type === "string")
        candidates.push({ label: fact.node.label, id: fact.node.id, name: value.value });
  }
  const wanted = new Set(names.map(nameFingerprint));
  const namesakes = new Map<string, Namesake[]>();
  for (const candidate of candidates) {
    const fingerprint = nameFingerprint(candidate.name);
    if (!wanted.has(fingerprint)) continue;
    const list = namesakes.get(fingerprint) ?? [];
    if (!list.some((other) => other.id === candidate.id)) list.push(candidate);
    namesakes.set(fingerprint, list);
  }

  const lookalikes = new Map<string, string[]>();
  for (const node of newNodes) {
    if (namesOf(node).length > 0) continue;
    const found = await findLookalikes(tx, node);
    if (found.length > 0) lookalikes.set(nodeRefKey(node), found);
  }

  // Required properties only the previous version stated, of nodes that stay.
  const leftWithout: NonNullable<CheckContext["leftWithout"]>[number][] = [];
  for (const stored of previous.values()) {
    const fact = stored.fact;
    if (fact.kind !== "property" || stored.baseExists || ledger.get(stored.key)?.other) continue;
    if (current.has(stored.key) || !LABELS[fact.node.label]?.properties[fact.name]?.required)
      continue;
    const nodeKey = ledgerKey({ kind: "node", node: fact.node, line: 0 });
    const statedBy = current.has(nodeKey)
      ? "this file"
      : (ledger.get(nodeKey)?.other?.file ??
        (previous.get(nodeKey)?.baseExists ? "the graph" : undefined));
    if (statedBy)
      leftWithout.push({ node: fact.node, property: fact.name, line: fact.line, statedBy });
  }

  const articles = new Map<string, string | undefined>();
  return {
    leftWithout,
    existing,
    statedElsewhere,
    namesakes,
    lookalikes,
    readArticle: (name) => {
      if (!articles.has(name)) {
        const path = join(options.articlesDir, name);
        articles.set(
          name,
          !name.includes("/") && existsSync(path) ? readFileSync(path, "utf8") : undefined,
        );
      }
      return articles.get(name);
    },
  };
}
