/**
 * Derived data written in transactions that fit Neo4j's memory limit: one explicit write
 * transaction at a time (a refusal at the limit reported, not retried), and a list of ids
 * cut into ranges that cover every id, a range refused being halved.
 */
import { setTimeout } from "node:timers/promises";
import { type Driver, Neo4jError } from "neo4j-driver";
import type { CounterpartRange } from "./derive.ts";
import type { Tx } from "./tx.ts";

/** Neo4j refused a transaction over its memory limit: the work goes again in smaller parts. */
export class TransactionTooLargeError extends Error {
  override name = "TransactionTooLargeError";
}

const MEMORY_LIMIT_CODE = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";
/** Tries of one rebuild transaction that failed for a transient reason (a lock, a restart). */
const WRITE_ATTEMPTS = 5;

/**
 * One write transaction of derived data, explicit rather than executeWrite: the driver
 * retries what Neo4j calls transient, and the memory limit is one (at a query or at the
 * commit), though the same work would fail again. That is refused at once as
 * TransactionTooLargeError, for the caller to split; other transient failures are retried.
 */
export async function writeDerived(
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
export async function inSlices(
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
