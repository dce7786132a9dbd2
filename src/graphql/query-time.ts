/**
 * Cypher time of one request, two ways: the sum of every query's duration (the load the
 * request put on Neo4j) and the wall time during which at least one query was running (what
 * the client waited for). Batched loaders run queries in parallel, so the sum can exceed the
 * request's own duration; the wall time cannot.
 */
export class QueryTime {
  #sumMs = 0;
  readonly #intervals: Array<[start: number, end: number]> = [];

  /** One query that ended at `endedAt` (performance.now()) after running `durationMs`. */
  add(durationMs: number, endedAt = performance.now()): void {
    this.#sumMs += durationMs;
    this.#intervals.push([endedAt - durationMs, endedAt]);
  }

  get sumMs(): number {
    return this.#sumMs;
  }

  /** Length of the union of the query intervals. */
  get wallMs(): number {
    const sorted = [...this.#intervals].sort((a, b) => a[0] - b[0]);
    let total = 0;
    let coveredUntil = Number.NEGATIVE_INFINITY;
    for (const [start, end] of sorted) {
      if (end <= coveredUntil) continue;
      total += end - Math.max(start, coveredUntil);
      coveredUntil = end;
    }
    return total;
  }
}
