/**
 * Runs the derivation rules of cypher/derived.cypher: for the nodes a change touched, inside
 * that change's transaction, or for every node in batches (a rebuild after a rule changed).
 * Both run the same rule text (see the file's header).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { setTimeout } from "node:timers/promises";
import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { splitCypherScript } from "../db/cypher-script.ts";
import { LABELS } from "./model.ts";
import type { Tx } from "./tx.ts";

/**
 * When a rule runs (its header in cypher/derived.cypher): `always` on an applied change and
 * in a rebuild (`// for each:`); `before` on an applied change, before its facts are written
 * (`// before a change, for each:`); `after` on an applied change only (`// after a change,
 * for each:`); `rebuild` in a rebuild only (`// in a rebuild, for each:`). The aggregates are
 * kept by delta (before and after), which a rebuild cannot replay (it recomputes them).
 * `rename` (`// after a rename, for each:`) rewrites the keys that hold a renamed actor's
 * name, for the actors a change marked (rekeyRenamed), in slices of `$range`.
 */
export type RuleWhen = "always" | "before" | "after" | "rebuild" | "rename";

/** Which rules a run takes: a change's two phases, or a rebuild. */
export type DerivationPhase = "before" | "after" | "rebuild" | "rename";

const WHEN_OF_HEADER: Record<string, RuleWhen> = {
  "": "always",
  "before a change": "before",
  "after a change": "after",
  "in a rebuild": "rebuild",
  "after a rename": "rename",
};

const RUNS_IN: Record<DerivationPhase, readonly RuleWhen[]> = {
  before: ["before"],
  after: ["always", "after"],
  rebuild: ["always", "rebuild"],
  rename: ["rename"],
};

export interface DerivationRule {
  /** 1-based line of the rule's statement in cypher/derived.cypher. */
  line: number;
  labels: string[];
  when: RuleWhen;
  cypher: string;
  /**
   * The rule rebuilds a node's edges to the counterparts in `$counterparts` only: a rebuild
   * may run it for a hub in slices of that range, each in a transaction of its own.
   */
  slicedByCounterpart: boolean;
}

/** A range of counterpart ids (after < id <= through; through null for no end). */
export interface CounterpartRange {
  after: string;
  through: string | null;
}

/** Every counterpart: what a rule bound to `$counterparts` covers unless a rebuild slices it. */
export const ALL_COUNTERPARTS: CounterpartRange = { after: "", through: null };

export interface DerivationRules {
  rules: DerivationRule[];
  /** Content hash of the rules file: a rebuild is due when it differs from the graph's. */
  hash: string;
}

export function loadDerivationRules(file = paths.derivedCypher): DerivationRules {
  const text = readFileSync(file, "utf8");
  const rules = splitCypherScript(text).map((statement) => {
    const header =
      /^\/\/ (?:(before a change|after a change|in a rebuild|after a rename), )?for each:[ \t]*([A-Za-z, ]+)$/m.exec(
        statement.cypher,
      );
    const labels = (header?.[2] ?? "")
      .split(",")
      .map((label) => label.trim())
      .filter(Boolean);
    if (labels.length === 0 || labels.some((label) => !LABELS[label]))
      throw new Error(
        `${file}:${statement.line}: a rule starts with "// for each: <Label>, …" naming labels of the model`,
      );
    const when = WHEN_OF_HEADER[header?.[1] ?? ""] ?? "always";
    const slicedByCounterpart = /\$counterparts\b/.test(statement.cypher);
    if (slicedByCounterpart && when !== "rebuild")
      throw new Error(
        `${file}:${statement.line}: only a rule "in a rebuild" may take $counterparts (a change's rules run in the change's one transaction)`,
      );
    return { line: statement.line, labels, when, cypher: statement.cypher, slicedByCounterpart };
  });
  return { rules, hash: createHash("sha256").update(text).digest("hex") };
}

/** The rules a phase runs, in the file's order. */
export function rulesOf(rules: DerivationRules, phase: DerivationPhase): DerivationRule[] {
  return rules.rules.filter((rule) => RUNS_IN[phase].includes(rule.when));
}

/** The labels any rule of the phase runs for: touched nodes of other labels need nothing. */
export function derivedLabels(
  rules: DerivationRules,
  phase: DerivationPhase = "rebuild",
): Set<string> {
  return new Set(rulesOf(rules, phase).flatMap((rule) => rule.labels));
}

/**
 * One rule run for the nodes `$nodes` (`{label, id}` rows) of any of its labels: one text per
 * rule whatever labels a change touched, so a rule is planned once, not once per label (a
 * cold plan costs far more than running a rule for a few nodes). Each label finds its nodes
 * by its own id index; a row goes down its label's branch only.
 */
export function ruleQuery(rule: DerivationRule): string {
  // The labels are the model's (checked when the rules load), never data.
  const find =
    rule.labels.length === 1
      ? `MATCH (node:${rule.labels[0]} {id: row.id})`
      : `CALL (row) {\n${rule.labels
          .map(
            (label) =>
              `  WITH row WHERE row.label = '${label}'\n  MATCH (node:${label} {id: row.id})\n  RETURN node`,
          )
          .join("\n  UNION ALL\n")}\n}`;
  return `UNWIND $nodes AS row ${find} CALL (node) {\n${rule.cypher}\n}`;
}

/** The `$nodes` of a rule's run: the given nodes of its labels, label by label. */
export function ruleNodes(
  rule: DerivationRule,
  idsByLabel: ReadonlyMap<string, readonly string[]>,
): { label: string; id: string }[] {
  return rule.labels.flatMap((label) => (idsByLabel.get(label) ?? []).map((id) => ({ label, id })));
}

/**
 * Runs the rules of one phase for the given nodes, inside the caller's transaction: `before`
 * and `after` an applied change's facts are written (for the same nodes), or `rebuild`.
 */
export async function deriveFor(
  tx: Tx,
  rules: DerivationRules,
  idsByLabel: ReadonlyMap<string, readonly string[]>,
  phase: DerivationPhase = "after",
  options: {
    /** Which rules: all of the phase's (default), or only those sliced by counterpart or not. */
    sliced?: boolean;
    counterparts?: CounterpartRange;
    /** The ids whose keys a rule "after a rename" rewrites (all by default). */
    range?: CounterpartRange;
  } = {},
): Promise<number> {
  const counterparts = options.counterparts ?? ALL_COUNTERPARTS;
  const range = options.range ?? ALL_COUNTERPARTS;
  // Sent one after the other without waiting: Neo4j runs them in order (a rule may read
  // what an earlier one wrote), and the round trips overlap.
  const runs: Promise<number>[] = [];
  for (const rule of rulesOf(rules, phase)) {
    if (options.sliced !== undefined && rule.slicedByCounterpart !== options.sliced) continue;
    const nodes = ruleNodes(rule, idsByLabel);
    if (nodes.length === 0) continue;
    runs.push(
      tx.run(ruleQuery(rule), { nodes, counterparts, range }).then((result) => {
        const counters = result.summary.counters.updates();
        return (
          counters.propertiesSet + counters.relationshipsCreated + counters.relationshipsDeleted
        );
      }),
    );
  }
  return (await Promise.all(runs)).reduce((sum, n) => sum + n, 0);
}

export interface RebuildProgress {
  /** Which of the labels with rules this is (1-based), and how many there are. */
  step: number;
  steps: number;
  label: string;
  done: number;
  total: number;
  /** What the transaction just committed wrote: properties set, relationships created and deleted. */
  updates: number;
  /** Set when that transaction was one slice of a hub's counterparts (see counterpartSlice). */
  counterparts?: CounterpartRange;
}

/** Neo4j refused a transaction over its memory limit: the work goes again in smaller parts. */
export class TransactionTooLargeError extends Error {
  override name = "TransactionTooLargeError";
}

const MEMORY_LIMIT_CODE = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";
/** Tries of one rebuild transaction that failed for a transient reason (a lock, a restart). */
const WRITE_ATTEMPTS = 5;

/**
 * Every rule for every node of its labels: a label's nodes in batches of ids, walked in index
 * order so no batch re-reads the ones before it, each batch one transaction running all of
 * the label's rules (deriveFor, as an applied file does). A batch's memory is its nodes'
 * degree, not the graph's: at most 2,000 nodes whose degrees add up to at most 20,000, or to
 * twice `counterpartSlice` for labels whose rules rebuild an actor's MET_WITH edges (the
 * degree counts each counterpart's edge both ways). A node over the budget is a hub: its
 * rules taking `$counterparts` run in slices of at most `counterpartSlice` counterparts, a
 * transaction each (the busiest country's counterparts are more edges than one transaction
 * may hold: bench/ingest/README.md). The budget is an estimate (a graph without its
 * aggregates yet has no MET_WITH edges in its degrees), so a batch Neo4j refuses at its
 * memory limit is split in two and a hub's slice halved, down to one node or counterpart.
 * Records the rules' hash at the end.
 */
export async function rebuildDerived(
  driver: Driver,
  database: string | undefined,
  options: {
    rules?: DerivationRules;
    batchSize?: number;
    /**
     * Most relationships (the nodes' degrees added up) one batch's transaction may derive
     * from: 20,000 by default, about 20 MB of written edges at most within Neo4j's
     * per-transaction memory limit; a node of a higher degree is a batch of its own.
     */
    degreeBudget?: number;
    /**
     * Most counterparts one transaction rebuilds an actor's MET_WITH edges to: 2,500 by
     * default, a quarter of what passed Neo4j's default limit at the largest scale measured
     * (bench/ingest/README.md).
     */
    counterpartSlice?: number;
    onProgress?: (progress: RebuildProgress) => void;
  } = {},
): Promise<void> {
  const rules = options.rules ?? loadDerivationRules();
  const batchSize = options.batchSize ?? 2_000;
  const counterpartSlice = options.counterpartSlice ?? 2_500;
  const labels = [...derivedLabels(rules, "rebuild")];
  const write = (
    idsByLabel: ReadonlyMap<string, readonly string[]>,
    sliced?: { sliced: boolean; counterparts?: CounterpartRange },
  ) => writeDerived(driver, database, (tx) => deriveFor(tx, rules, idsByLabel, "rebuild", sliced));
  for (const [index, label] of labels.entries()) {
    const slicedRules = rulesOf(rules, "rebuild").some(
      (rule) => rule.slicedByCounterpart && rule.labels.includes(label),
    );
    const degreeBudget = Math.min(
      options.degreeBudget ?? 20_000,
      slicedRules ? 2 * counterpartSlice : Number.POSITIVE_INFINITY,
    );
    const totalResult = await driver.executeQuery(
      `MATCH (n:${label}) RETURN count(n) AS total`,
      {},
      { database, routing: "READ" },
    );
    const total = Number(totalResult.records[0]?.get("total") ?? 0);
    let done = 0;
    const progress = (updates: number, counterparts?: CounterpartRange) =>
      options.onProgress?.({
        step: index + 1,
        steps: labels.length,
        label,
        done,
        total,
        updates,
        ...(counterparts ? { counterparts } : {}),
      });

    /** A hub: its other rules in one transaction, then its edges slice by slice. */
    const rebuildHub = async (id: string) => {
      const batch = new Map([[label, [id]]]);
      progress(await write(batch, { sliced: false }));
      await inSlices(
        await counterpartIds(driver, database, label, id),
        counterpartSlice,
        async (counterparts, last) => {
          const updates = await write(batch, { sliced: true, counterparts });
          if (last) done += 1;
          progress(updates, counterparts);
        },
      );
    };

    const rebuildBatch = async (ids: string[], hub: boolean): Promise<void> => {
      const [only] = ids;
      if (only !== undefined && ids.length === 1 && hub && slicedRules) return rebuildHub(only);
      try {
        const updates = await write(new Map([[label, ids]]));
        done += ids.length;
        progress(updates);
      } catch (error) {
        if (!(error instanceof TransactionTooLargeError)) throw error;
        if (ids.length === 1 && slicedRules) return rebuildBatch(ids, true);
        if (ids.length === 1) throw error;
        const middle = Math.floor(ids.length / 2);
        await rebuildBatch(ids.slice(0, middle), false);
        await rebuildBatch(ids.slice(middle), false);
      }
    };

    let after = "";
    for (;;) {
      // Each node's degree (from Neo4j's degree store, not a walk) bounds what its rules write:
      // an actor's MET_WITH edges are rebuilt from its meetings, a hub's tens of thousands,
      // so a batch also ends where its degrees add up to the budget.
      const page = await driver.executeQuery(
        `MATCH (n:${label}) WHERE n.id > $after
         RETURN n.id AS id, COUNT { (n)--() } AS degree ORDER BY n.id LIMIT $limit`,
        { after, limit: neo4j.int(batchSize) },
        { database, routing: "READ" },
      );
      const rows = page.records.map((record) => ({
        id: record.get("id") as string,
        degree: Number(record.get("degree")),
      }));
      if (rows.length === 0) break;
      const degreeOf = new Map(rows.map((row) => [row.id, row.degree]));
      for (const ids of byDegree(rows, degreeBudget)) {
        const hub = ids.length === 1 && (degreeOf.get(ids[0] as string) ?? 0) > degreeBudget;
        await rebuildBatch(ids, hub);
      }
      after = rows[rows.length - 1]?.id as string;
      if (rows.length < batchSize) break;
    }
  }
  await recordDerivedHash(driver, database, rules.hash);
}

/**
 * One write transaction of derived data, explicit rather than executeWrite: the driver
 * retries what Neo4j calls transient, and the memory limit is one (at a query or at the
 * commit), though the same work would fail again. That is refused at once as
 * TransactionTooLargeError, for the caller to split; other transient failures are retried.
 */
async function writeDerived(
  driver: Driver,
  database: string | undefined,
  work: (tx: Tx) => Promise<number>,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database, defaultAccessMode: "WRITE" });
    const tx = session.beginTransaction();
    try {
      const updates = await work(tx);
      await tx.commit();
      return updates;
    } catch (error) {
      await tx.rollback().catch(() => {});
      if ((error as { code?: string }).code === MEMORY_LIMIT_CODE)
        throw new TransactionTooLargeError((error as Error).message, { cause: error });
      if (!(error instanceof Neo4jError && error.retryable) || attempt >= WRITE_ATTEMPTS)
        throw error;
      await setTimeout(200 * attempt);
    } finally {
      await session.close();
    }
  }
}

/**
 * Runs `run` for consecutive id ranges of at most `slice` of `ids`, in order, covering every
 * id (counterpartRange); a range Neo4j refuses at its memory limit is halved and run again,
 * down to one id. `last` is true for the range that ends the cover.
 */
async function inSlices(
  ids: readonly string[],
  slice: number,
  run: (range: CounterpartRange, last: boolean) => Promise<void>,
): Promise<void> {
  const pending = sliceRanges(ids.length, slice).reverse();
  for (let range = pending.pop(); range; range = pending.pop()) {
    try {
      await run(counterpartRange(ids, range), pending.length === 0);
    } catch (error) {
      const [start, end] = range;
      if (!(error instanceof TransactionTooLargeError) || end - start < 2) throw error;
      const middle = start + Math.floor((end - start) / 2);
      pending.push([middle, end], [start, middle]);
    }
  }
}

/** Actors a change renamed: how many keys may hold the name, from RenamedActor markers. */
async function renamedMarkers(
  run: (
    cypher: string,
    params: Record<string, unknown>,
  ) => PromiseLike<{ records: { get(key: string): unknown }[] }>,
  ids?: readonly string[],
): Promise<{ id: string; label: string; keys: number }[]> {
  const result = await run(
    `MATCH (k:Internal:RenamedActor) WHERE $ids IS NULL OR k.id IN $ids
     RETURN k.id AS id, k.label AS label, k.keys AS keys ORDER BY k.id`,
    { ids: ids ?? null },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    label: record.get("label") as string,
    keys: Number(record.get("keys")),
  }));
}

const DELETE_MARKER = "MATCH (k:Internal:RenamedActor {id: $id}) DELETE k";

/**
 * Inside a change's transaction, after its rules: the keys of the actors it renamed, when
 * they are at most `maxKeys` (the rules "after a rename", every range), so readers see the
 * new name and its order together. Bigger renames keep their marker for rekeyRenamed.
 */
export async function rekeyRenamedInline(
  tx: Tx,
  rules: DerivationRules,
  idsByLabel: ReadonlyMap<string, readonly string[]>,
  maxKeys = INLINE_RENAME_KEYS,
): Promise<number> {
  const actors = [...idsByLabel.values()].flat();
  if (actors.length === 0) return 0;
  const small = (await renamedMarkers((cypher, params) => tx.run(cypher, params), actors)).filter(
    (m) => m.keys <= maxKeys,
  );
  if (small.length === 0) return 0;
  const byLabel = new Map<string, string[]>();
  for (const { id, label } of small) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  const updates = await deriveFor(tx, rules, byLabel, "rename");
  for (const { id } of small) await tx.run(DELETE_MARKER, { id });
  return updates;
}

/** Most keys a change rewrites for a renamed actor in its own transaction. */
export const INLINE_RENAME_KEYS = 20_000;

/**
 * The keys of every actor still marked renamed (a rename too big for its change's
 * transaction, or one interrupted): the rules "after a rename" for each, a slice of the
 * other ends' ids per transaction (the marker goes with the last). Run after each applied
 * change and at start; returns how many actors it rewrote.
 */
export async function rekeyRenamed(
  driver: Driver,
  database: string | undefined,
  options: { rules?: DerivationRules; slice?: number } = {},
): Promise<number> {
  const rules = options.rules ?? loadDerivationRules();
  const slice = options.slice ?? 5_000;
  const markers = await renamedMarkers((cypher, params) =>
    driver.executeQuery(cypher, params, { database, routing: "READ" }),
  );
  for (const { id, label } of markers) {
    if (!LABELS[label]) throw new Error(`RenamedActor ${id}: unknown label ${label}`);
    const batch = new Map([[label, [id]]]);
    // The other ends whose keys hold the name, in Neo4j's order of strings: counterparts
    // owning MET_WITH edges to it, and its statements (as the rules find them). Only the
    // slices' sizes depend on the list; streamed, not collected, for a hub's are many.
    const { records } = await driver.executeQuery(
      `MATCH (node:${label} {id: $id})
       CALL (node) {
         MATCH (node)<-[:MET_WITH]-(a) RETURN a.id AS other
         UNION MATCH (node)-[:SAID]->(s:Statement) RETURN s.id AS other
         UNION MATCH (s:Statement)-[:ON_BEHALF_OF]->(node)
               WHERE NOT EXISTS { (:Person)-[:SAID]->(s) }
               RETURN s.id AS other
       }
       RETURN other ORDER BY other`,
      { id },
      { database, routing: "READ" },
    );
    const ids = records.map((record) => record.get("other") as string);
    await inSlices(ids, slice, async (range, last) => {
      await writeDerived(driver, database, async (tx) => {
        const updates = await deriveFor(tx, rules, batch, "rename", { range });
        if (last) await tx.run(DELETE_MARKER, { id });
        return updates;
      });
    });
  }
  return markers.length;
}

/**
 * A hub's counterparts as the MET_WITH rule counts them (actors sharing a meeting), their
 * ids in Neo4j's order of strings, to cut into slices. Only the slices' sizes depend on
 * this list: the ranges made of it cover every id whatever it holds (counterpartRange).
 */
export async function counterpartIds(
  driver: Driver,
  database: string | undefined,
  label: string,
  id: string,
): Promise<string[]> {
  // The label is the model's (the rules name it), never data.
  const { records } = await driver.executeQuery(
    `MATCH (node:${label} {id: $id})-[:TOOK_PART_IN]->()<-[:TOOK_PART_IN]-(b)
     WHERE b <> node
     WITH DISTINCT b
     WITH b.id AS id ORDER BY id
     RETURN collect(id) AS ids`,
    { id },
    { database, routing: "READ" },
  );
  return (records[0]?.get("ids") as string[] | undefined) ?? [];
}

/** [start, end) index ranges of at most `slice` over `count` items; one (empty) when none. */
export function sliceRanges(count: number, slice: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < count || start === 0; start += slice)
    ranges.push([start, Math.min(start + slice, count)]);
  return ranges;
}

/**
 * The ids range of `ids[start..end)`, open at the ends: the first range starts after '',
 * the last has no end, so consecutive ranges cover every id, listed or not.
 */
export function counterpartRange(
  ids: readonly string[],
  [start, end]: readonly [number, number],
): CounterpartRange {
  return {
    after: start === 0 ? "" : (ids[start - 1] as string),
    through: end >= ids.length ? null : (ids[end - 1] as string),
  };
}

/** Consecutive runs of ids whose degrees add up to at most `budget` (at least one id each). */
export function byDegree(
  rows: readonly { id: string; degree: number }[],
  budget: number,
): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let sum = 0;
  for (const { id, degree } of rows) {
    if (batch.length > 0 && sum + degree > budget) {
      batches.push(batch);
      batch = [];
      sum = 0;
    }
    batch.push(id);
    sum += degree;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export async function recordDerivedHash(
  driver: Driver,
  database: string | undefined,
  hash: string,
): Promise<void> {
  await driver.executeQuery(
    `MERGE (d:Internal:DerivedState {key: 'derived'}) SET d.hash = $hash, d.rebuiltAt = datetime()`,
    { hash },
    { database },
  );
}

/** The rules' hash the graph's derived data follows, or null when none is recorded. */
export async function recordedDerivedHash(
  driver: Driver,
  database: string | undefined,
): Promise<string | null> {
  const { records } = await driver.executeQuery(
    "OPTIONAL MATCH (d:Internal:DerivedState {key: 'derived'}) RETURN d.hash AS hash",
    {},
    { database, routing: "READ" },
  );
  return (records[0]?.get("hash") as string | null) ?? null;
}
