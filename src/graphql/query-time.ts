/**
 * Cypher time of one request, two ways: the sum of every query's duration (the load the
 * request put on Neo4j) and the wall time during which at least one query was running (what
 * the client waited for). Batched loaders run queries in parallel, so the sum can exceed the
 * request's own duration; the wall time cannot. `rounds` counts the stretches of that wall
 * time: how many times the request waited for Neo4j, one after another.
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
    return this.#union().reduce((total, [start, end]) => total + end - start, 0);
  }

  /** Sequential waits: the number of disjoint stretches in which queries ran. */
  get rounds(): number {
    return this.#union().length;
  }

  #union(): Array<[start: number, end: number]> {
    const sorted = [...this.#intervals].sort((a, b) => a[0] - b[0]);
    const union: Array<[start: number, end: number]> = [];
    for (const [start, end] of sorted) {
      const last = union.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else union.push([start, end]);
    }
    return union;
  }
}
