/**
 * The one place the API's Cypher runs. Resolvers and repositories hand it a read's text and
 * parameters; it applies the transaction timeout and metadata, retries, converts results
 * to plain values, maps Neo4j failures to domain errors and reports every query to the
 * observers (metrics, logs and the tests that count round trips).
 */
import neo4j, { type Driver, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import pRetry from "p-retry";
import { DEFAULT_MAX_RETRY_MS } from "./driver.ts";
import { isWorthRetrying, QueryTimeoutError, toDomainError } from "./errors.ts";
import { type Plain, toPlain } from "./values.ts";
import { RequestAbandonedError, type WorkQueue } from "./work-queue.ts";

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;
export type AccessMode = "READ" | "WRITE";

export interface QueryEvent {
  cypher: string;
  params: Params;
  mode: AccessMode;
  durationMs: number;
  rows: number;
  /** Times the transaction ran: more than 1 when the driver retried a transient failure. */
  attempts: number;
  error?: Error;
}

export type QueryObserver = (event: QueryEvent) => void;

export interface ExecutorOptions {
  database: string | undefined;
  timeoutMs: number;
  /** Sent as transaction metadata: shows up in SHOW TRANSACTIONS and the query log. */
  application?: string;
  observers?: QueryObserver[];
  /**
   * How long reads are retried after a transient failure: the driver's
   * maxTransactionRetryTime, which bounds the retries of writes.
   */
  maxRetryMs?: number;
  /** The bound on concurrent Neo4j work this executor's queries wait their turn in. */
  workQueue?: WorkQueue;
  /** The request the queries belong to (see forRequest). */
  request?: RequestWork;
}

/** What the work queue needs to know of a request. */
export interface RequestWork {
  /** Aborts when the client goes away: waiting queries leave, running ones are cancelled. */
  signal?: AbortSignal;
  /** The request's cost, once known: cheaper requests' queries run first. */
  cost?: () => number | undefined;
}

/**
 * How long past the transaction timeout an attempt may take before the request gets its
 * QUERY_TIMEOUT anyway: time for Neo4j to notice the timeout and say so.
 */
export const DEADLINE_GRACE_MS = 1000;

/**
 * Why a read's retries stop once its request is answered. One shared reason: aborting
 * without one builds a DOMException with a stack trace per read, a measurable part of an
 * actor page (bench/scale/README.md). No one sees it: the request has its answer or error.
 */
const ANSWERED = new Error("the request has its answer");

export class CypherExecutor {
  readonly #driver: Driver;
  readonly #options: ExecutorOptions;

  constructor(driver: Driver, options: ExecutorOptions) {
    this.#driver = driver;
    this.#options = options;
  }

  /** A view of this executor that also reports to `observer` (e.g. one GraphQL request). */
  withObserver(observer: QueryObserver): CypherExecutor {
    return new CypherExecutor(this.#driver, {
      ...this.#options,
      observers: [...(this.#options.observers ?? []), observer],
    });
  }

  /** A view of this executor for the queries of one request. */
  forRequest(request: RequestWork): CypherExecutor {
    return new CypherExecutor(this.#driver, { ...this.#options, request });
  }

  /** A view of this executor whose queries wait their turn in `workQueue` instead. */
  withWorkQueue(workQueue: WorkQueue): CypherExecutor {
    return new CypherExecutor(this.#driver, { ...this.#options, workQueue });
  }

  /** A view of this executor that skips the work queue (readiness: never waits behind load). */
  unqueued(): CypherExecutor {
    const { workQueue: _, ...options } = this.#options;
    return new CypherExecutor(this.#driver, options);
  }

  /**
   * Runs a read. Nothing on the API path writes (the graph changes through src/ingest/,
   * with transactions of its own), so reads are all this executor runs.
   */
  read(cypher: string, params: Params = {}): Promise<Row[]> {
    const { workQueue, request } = this.#options;
    if (!workQueue) return this.#runNow(cypher, params, request?.signal);
    return workQueue.run((signal) => this.#runNow(cypher, params, signal), {
      cost: request?.cost?.(),
      signal: request?.signal,
    });
  }

  async #runNow(cypher: string, params: Params, signal: AbortSignal | undefined): Promise<Row[]> {
    if (signal?.aborted) throw new RequestAbandonedError("the client went away");
    const started = performance.now();
    const session = this.#driver.session({
      database: this.#options.database,
      defaultAccessMode: neo4j.session.READ,
      // The bookmarks executeQuery used: reads see earlier writes, in a cluster too.
      bookmarkManager: this.#driver.executeQueryBookmarkManager,
    });
    const deadline = attemptDeadline(this.#options.timeoutMs);
    const abandoned = whenAbandoned(signal, session);
    const config = {
      timeout: this.#options.timeoutMs,
      metadata: { app: this.#options.application ?? "diplomatic-relations-graph" },
    };
    // Once the request has its answer (or its timeout), no retry starts.
    const settled = new AbortController();
    const transaction = readWithRetries(session, cypher, params, config, {
      attempt: deadline.attempt,
      maxRetryMs: this.#options.maxRetryMs ?? DEFAULT_MAX_RETRY_MS,
      signal: settled.signal,
    });
    // Closed once the transaction settles, also when the deadline answered the request first.
    void transaction.then(
      () => session.close(),
      () => session.close(),
    );
    let rows: Row[] = [];
    let failure: Error | undefined;
    try {
      const records = await Promise.race([transaction, deadline.expired, abandoned.promise]);
      rows = records.map((record) => toPlain(record.toObject()) as Row);
      return rows;
    } catch (error) {
      failure = toDomainError(error);
      throw failure;
    } finally {
      deadline.clear();
      abandoned.stopListening();
      settled.abort(ANSWERED);
      this.#report({
        cypher,
        params,
        mode: "READ",
        durationMs: performance.now() - started,
        rows: rows.length,
        attempts: deadline.attempts(),
        ...(failure ? { error: failure } : {}),
      });
    }
  }

  #report(event: QueryEvent): void {
    for (const observer of this.#options.observers ?? []) observer(event);
  }
}

/**
 * Neo4j checks its transaction timeout only between steps of a query; a step that does not
 * look (a procedure deep in Lucene, a heap under GC pressure) can run on long past it. So
 * each attempt also has a client-side deadline, and the request is answered when it passes:
 * `expired` rejects with QUERY_TIMEOUT `timeoutMs + DEADLINE_GRACE_MS` after the latest
 * attempt began.
 */
function attemptDeadline(timeoutMs: number) {
  let attempts = 0;
  let timer: NodeJS.Timeout | undefined;
  let expire: (error: Error) => void = () => {};
  const expired = new Promise<never>((_, reject) => {
    expire = reject;
  });
  expired.catch(() => {});
  return {
    expired,
    attempts: () => attempts,
    attempt<T>(run: () => Promise<T>): Promise<T> {
      attempts += 1;
      clearTimeout(timer);
      timer = setTimeout(
        () => expire(new QueryTimeoutError(`no answer within ${timeoutMs + DEADLINE_GRACE_MS} ms`)),
        timeoutMs + DEADLINE_GRACE_MS,
      );
      return run();
    },
    clear: () => clearTimeout(timer),
  };
}

/** The client went away: rejects, and closing the session makes Neo4j end the transaction. */
function whenAbandoned(signal: AbortSignal | undefined, session: Session) {
  const listening = new AbortController();
  const promise = new Promise<never>((_, reject) => {
    signal?.addEventListener(
      "abort",
      () => {
        reject(new RequestAbandonedError("the client went away"));
        void session.close();
      },
      { once: true, signal: listening.signal },
    );
  });
  promise.catch(() => {});
  return { promise, stopListening: () => listening.abort() };
}

type TransactionConfig = { timeout: number; metadata: Record<string, string> };

/**
 * Reads are auto-commit transactions: RUN and PULL in one round trip, where a managed
 * transaction needs a second one for COMMIT, a noticeable part of a small query's time
 * (bench/scale/README.md). The driver retries managed transactions only, so reads retry here
 * as it would: transient failures, with backoff, within the same retry time.
 */
function readWithRetries(
  session: Session,
  cypher: string,
  params: Params,
  config: TransactionConfig,
  options: {
    attempt: <T>(run: () => Promise<T>) => Promise<T>;
    maxRetryMs: number;
    signal: AbortSignal;
  },
): Promise<Neo4jRecord[]> {
  return pRetry(
    () => options.attempt(async () => (await session.run(cypher, params, config)).records),
    {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 1000,
      factor: 2,
      maxRetryTime: options.maxRetryMs,
      signal: options.signal,
      shouldRetry: ({ error }) => isWorthRetrying(error),
    },
  );
}
