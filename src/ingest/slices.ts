/**
 * Derived data written in transactions that fit Neo4j's memory limit: one explicit write
 * transaction at a time (a refusal at the limit thrown, not retried), and a list of ids
 * cut into ranges that cover every id, a range refused being halved.
 */
import type { Driver } from "neo4j-driver";
import pRetry from "p-retry";
import { isMemoryError, isWorthRetrying, QueryMemoryError } from "../db/errors.ts";
import type { CounterpartRange } from "./derive.ts";
import type { Tx } from "./tx.ts";

/**
 * One write transaction of derived data, explicit rather than executeWrite: the driver
 * retries every transient error, and Neo4j reports its memory limit as one (at a query or at
 * the commit), though the same work would be refused again. That is thrown at once as
 * QueryMemoryError, for the caller to split; what is worth retrying (isWorthRetrying, as the
 * API's reads) is retried with backoff.
 */
export function writeDerived(
  driver: Driver,
  database: string | undefined,
  work: (tx: Tx) => Promise<number>,
): Promise<number> {
  return pRetry(
    async () => {
      const session = driver.session({ database, defaultAccessMode: "WRITE" });
      const tx = session.beginTransaction();
      try {
        const updates = await work(tx);
        await tx.commit();
        return updates;
      } catch (error) {
        await tx.rollback().catch(() => {});
        if (isMemoryError(error))
          throw new QueryMemoryError((error as Error).message, { cause: error });
        throw error;
      } finally {
        await session.close();
      }
    },
    { retries: 4, minTimeout: 200, shouldRetry: ({ error }) => isWorthRetrying(error) },
  );
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
      if (!(error instanceof QueryMemoryError) || end - start < 2) throw error;
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
