/**
 * A full rebuild of the derived data: every rule of cypher/derived.cypher for every node of
 * its labels, in batches of their own transactions, a hub's aggregates in slices (when a rule
 * changed: `npm run seed -- --rebuild-derived`, or at start when the rules' hash differs).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { QueryMemoryError } from "../db/errors.ts";
import {
  type CounterpartRange,
  type DerivationRules,
  derivedLabels,
  deriveFor,
  loadDerivationRules,
  recordDerivedHash,
  rulesOf,
} from "./derive.ts";
import { inSlices, writeDerived } from "./slices.ts";

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
        if (!(error instanceof QueryMemoryError)) throw error;
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
