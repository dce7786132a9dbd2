/**
 * The bound on this process's Neo4j work: at most `concurrency` queries run at once; the
 * others wait in a queue (p-queue) ordered by their request's cost, cheapest first, so a
 * one-object lookup is not stuck behind a flood of fuzzy searches. The queries of heavy
 * requests (cost at least `heavyCost`) take at most half the turns, passing a second queue
 * first: a turn stays free for light ones even when heavy ones would fill them all. A query that would wait
 * behind `maxQueued` others, or has waited `maxWaitMs` without starting, is refused with an
 * OverloadedError (the API's 503 with Retry-After) instead of piling up on the driver's
 * connection pool until acquisition times out. A query whose request is gone (its signal
 * aborted) leaves the queue, or is cancelled in Neo4j if it already runs (the executor closes
 * its session, which makes Neo4j terminate the transaction).
 */
import PQueue from "p-queue";

export interface WorkQueueOptions {
  /** Queries running in Neo4j at once, from this process. */
  concurrency: number;
  /** Queries waiting at most; one more is refused at once. */
  maxQueued: number;
  /** Longest wait for a start; then the query is refused. */
  maxWaitMs: number;
  /** A request this costly or more is heavy (default: HEAVY_COST). */
  heavyCost?: number;
}

/**
 * Heavy from here: the cheapest weighted field (a shortest path, 1,000) or a page with a count
 * (2,000) and up; a lookup or a page of a few dozen objects is light.
 */
export const HEAVY_COST = 1000;

/** Neo4j has all the work this process gives it: come back in `retryAfterS` seconds. */
export class OverloadedError extends Error {
  override name = "OverloadedError";
  readonly retryAfterS: number;
  constructor(message: string, retryAfterS: number) {
    super(message);
    this.retryAfterS = retryAfterS;
  }
}

/** The request a query belongs to has been abandoned by its client. */
export class RequestAbandonedError extends Error {
  override name = "RequestAbandonedError";
}

export interface QueuedWork {
  /** Lower runs sooner: the request's cost. */
  cost?: number;
  /** Aborted when the client goes away. */
  signal?: AbortSignal | undefined;
}

export class WorkQueue {
  readonly #queue: PQueue;
  /** Heavy requests' queries pass here first: at most half the turns. */
  readonly #heavy: PQueue;
  readonly #options: WorkQueueOptions;

  constructor(options: WorkQueueOptions) {
    this.#options = options;
    this.#queue = new PQueue({ concurrency: options.concurrency });
    this.#heavy = new PQueue({ concurrency: Math.max(1, Math.floor(options.concurrency / 2)) });
  }

  /** Queries running now. */
  get running(): number {
    return this.#queue.pending;
  }

  /** Queries waiting now. */
  get waiting(): number {
    return this.#queue.size + this.#heavy.size;
  }

  /** Runs `task` when its turn comes; `task` gets a signal that aborts if the client leaves. */
  async run<T>(
    task: (signal: AbortSignal | undefined) => Promise<T>,
    work: QueuedWork = {},
  ): Promise<T> {
    if (work.signal?.aborted) throw new RequestAbandonedError("the client went away");
    if (this.waiting >= this.#options.maxQueued) {
      throw new OverloadedError(
        `${this.waiting} queries are waiting for Neo4j already`,
        this.#retryAfterS(),
      );
    }
    const waited = new AbortController();
    const timer = setTimeout(
      () =>
        waited.abort(
          new OverloadedError(
            `no turn at Neo4j within ${this.#options.maxWaitMs} ms`,
            this.#retryAfterS(),
          ),
        ),
      this.#options.maxWaitMs,
    );
    const signal = work.signal ? AbortSignal.any([work.signal, waited.signal]) : waited.signal;
    const priority = -(work.cost ?? 0);
    const turn = () =>
      this.#queue.add(
        () => {
          clearTimeout(timer);
          return task(work.signal);
        },
        { priority, signal },
      );
    const heavy = (work.cost ?? 0) >= (this.#options.heavyCost ?? HEAVY_COST);
    try {
      return await (heavy ? this.#heavy.add(turn, { priority, signal }) : turn());
    } catch (error) {
      if (work.signal?.aborted) throw new RequestAbandonedError("the client went away");
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when nothing runs or waits. */
  async idle(): Promise<void> {
    await this.#heavy.onIdle();
    await this.#queue.onIdle();
  }

  /** Seconds until a retry may find room: the wait bound, at least one second. */
  #retryAfterS(): number {
    return Math.max(1, Math.ceil(this.#options.maxWaitMs / 1000));
  }
}
