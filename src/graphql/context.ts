/** What every resolver gets: this request's view of the database and its batching loaders. */
import { createLoaders, type Loaders } from "../data/loaders.ts";
import type { CypherExecutor } from "../db/executor.ts";

export interface QueryStats {
  /** Cypher round trips this request made. */
  queries: number;
  /** Time spent in them, in milliseconds. */
  ms: number;
}

export interface GraphQLContext {
  db: CypherExecutor;
  loaders: Loaders;
  stats: QueryStats;
}

/** A fresh context per request: loaders must never share their cache across requests. */
export function createContext(executor: CypherExecutor): GraphQLContext {
  const stats: QueryStats = { queries: 0, ms: 0 };
  const db = executor.withObserver((event) => {
    stats.queries += 1;
    stats.ms += event.durationMs;
  });
  return { db, loaders: createLoaders(db), stats };
}
