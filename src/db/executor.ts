/**
 * The one place Cypher runs. Resolvers and repositories hand it a query text and parameters;
 * it picks the access mode, applies the transaction timeout and metadata, converts results
 * to plain values, maps Neo4j failures to domain errors and reports every query to the
 * observers (metrics, logs and the tests that count round trips).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { toDomainError } from "./errors.ts";
import { type Plain, toPlain } from "./values.ts";

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;
export type AccessMode = "READ" | "WRITE";

export interface QueryEvent {
  cypher: string;
  params: Params;
  mode: AccessMode;
  durationMs: number;
  rows: number;
  error?: Error;
}

export type QueryObserver = (event: QueryEvent) => void;

export interface ExecutorOptions {
  database: string | undefined;
  timeoutMs: number;
  /** Sent as transaction metadata: shows up in SHOW TRANSACTIONS and the query log. */
  application?: string;
  observers?: QueryObserver[];
}

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

  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.#run(cypher, params, "READ");
  }

  write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.#run(cypher, params, "WRITE");
  }

  async #run(cypher: string, params: Params, mode: AccessMode): Promise<Row[]> {
    const started = performance.now();
    let rows: Row[] = [];
    let failure: Error | undefined;
    try {
      const result = await this.#driver.executeQuery(cypher, params, {
        database: this.#options.database,
        routing: mode === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
        transactionConfig: {
          timeout: this.#options.timeoutMs,
          metadata: { app: this.#options.application ?? "diplomatic-relations-graph" },
        },
      });
      rows = result.records.map((record) => toPlain(record.toObject()) as Row);
      return rows;
    } catch (error) {
      failure = toDomainError(error);
      throw failure;
    } finally {
      const event: QueryEvent = {
        cypher,
        params,
        mode,
        durationMs: performance.now() - started,
        rows: rows.length,
      };
      if (failure) event.error = failure;
      for (const observer of this.#options.observers ?? []) observer(event);
    }
  }
}
