/**
 * Applies one seed file in one transaction: what it states now against what it stated when
 * last applied. Facts it no longer states leave the graph unless another file states them;
 * new facts arrive; derived data is recomputed for the nodes touched; the ledger and the
 * audit trail are written. Readers see the file's article before or after, never half.
 * A file that fails its checks changes nothing (SeedCheckError).
 */
import { recordApplication } from "./audit.ts";
import { checkSeedFile, nodeRefKey, type Problem } from "./check.ts";
import { checkContext, type PendingFact } from "./check-context.ts";
import { type DerivationRules, deriveFor } from "./derive.ts";
import { type Fact, type NodeRef, valueText } from "./facts.ts";
import {
  emptyCounts,
  retractFacts,
  rewriteValues,
  type WriteCounts,
  writeFacts,
} from "./graph-writes.ts";
import {
  attachLedgerFacts,
  type Base,
  createLedgerFacts,
  deleteSeedFile,
  detachLedgerFacts,
  type LedgerEntry,
  ledgerKey,
  moveLedgerLines,
  readContribution,
  readLedger,
  type StoredFact,
  updateLedgerValues,
  upsertSeedFile,
} from "./ledger.ts";
import { INLINE_RENAME_KEYS, rekeyRenamedInline } from "./rename.ts";
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
  /**
   * Most keys a rename rewrites in this transaction (INLINE_RENAME_KEYS by default); a bigger
   * rename's keys are rewritten after the commit, by rekeyRenamed.
   */
  inlineRenameKeys?: number;
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
  return checkSeedFile(
    file,
    await checkContext(
      tx,
      { file, current: keys, previous, ledger },
      options.pending ?? new Map(),
      options.articlesDir,
    ),
  );
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
      await checkContext(
        tx,
        { file, current, previous, ledger: changingLedger },
        options.pending ?? new Map(),
        options.articlesDir,
      ),
    );
    if (problems.length > 0) throw new SeedCheckError(problems);
  }

  const diff = diffContribution(previous, current, ledger);
  const { removed, changed, added, fresh, retracted, rewritten, restated } = diff;

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
  await writeLedger(tx, file.name, diff, bases);
  if (isRetraction) await deleteSeedFile(tx, file.name);

  derivedUpdates += await deriveFor(tx, options.rules, touched, "after");
  derivedUpdates += await rekeyRenamedInline(
    tx,
    options.rules,
    touched,
    options.inlineRenameKeys ?? INLINE_RENAME_KEYS,
  );
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

/** What a file states now against what it stated, and what of that the ledger already has. */
export interface ContributionDiff {
  /** Facts it no longer states. */
  removed: StoredFact[];
  /** Facts it still states with another value. */
  changed: { key: string; fact: Fact }[];
  /** Facts it still states on another line. */
  moved: { key: string; line: number }[];
  /** Facts it states that it did not. */
  added: { key: string; fact: Fact }[];
  /** Added facts another file states already. */
  alreadyStated: { key: string; fact: Fact }[];
  /** Added facts no file stated: they go into the graph. */
  fresh: { key: string; fact: Fact }[];
  /** Removed facts no other file states: they leave the graph. */
  retracted: StoredFact[];
  /** Changed values no other file states: rewritten in the graph. */
  rewritten: { key: string; fact: Fact }[];
  /** Already stated facts whose value this file gives differently: rewritten in the graph. */
  restated: { key: string; fact: Fact }[];
}

export function diffContribution(
  previous: ReadonlyMap<string, StoredFact>,
  current: ReadonlyMap<string, Fact>,
  ledger: ReadonlyMap<string, LedgerEntry>,
): ContributionDiff {
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
  return {
    removed,
    changed,
    moved,
    added,
    alreadyStated,
    fresh: added.filter(({ key }) => !ledger.has(key)),
    retracted: removed.filter((stored) => !ledger.get(stored.key)?.other),
    // A value stated by others too stays theirs; with checks on that is a conflict.
    rewritten: changed.filter(({ key }) => !ledger.get(key)?.other),
    restated: alreadyStated.filter(({ key, fact }) => {
      const value = ledger.get(key)?.value;
      return value !== undefined && "value" in fact && valueText(value) !== valueText(fact.value);
    }),
  };
}

/** The ledger after a file's application: its lines, and who states which fact now. */
async function writeLedger(
  tx: Tx,
  file: string,
  diff: ContributionDiff,
  bases: ReadonlyMap<string, Base>,
): Promise<void> {
  await detachLedgerFacts(
    tx,
    file,
    diff.removed.map((stored) => stored.key),
  );
  await attachLedgerFacts(
    tx,
    file,
    diff.alreadyStated.map(({ key, fact }) => ({ key, line: fact.line })),
  );
  await createLedgerFacts(
    tx,
    file,
    diff.fresh.map(({ key, fact }) => ({
      key,
      fact,
      base: bases.get(key) ?? ({ baseExists: false } satisfies Base),
    })),
  );
  await updateLedgerValues(tx, [...diff.rewritten, ...diff.restated]);
  await moveLedgerLines(tx, file, diff.moved);
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
