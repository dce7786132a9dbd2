/**
 * What every resolver gets: this request's services and data layer (never the driver), stats
 * and logger.
 */
import type { ArticleTexts } from "../data/article-texts.ts";
import { createDataLayer, type DataLayer } from "../data/index.ts";
import type { CypherExecutor } from "../db/executor.ts";
import type { Logger } from "../log/logger.ts";
import { createServices, type Services } from "../services/index.ts";
import { QueryTime } from "./query-time.ts";

export interface QueryStats {
  /** Cypher round trips this request made. */
  queries: number;
  /** Time spent in them: summed, and as wall time (queries run in parallel), in ms. */
  time: QueryTime;
}

export interface GraphQLContext {
  /** The request's services: what takes a client's arguments (../services/). */
  services: Services;
  /** The request's loaders, for the fields that take no argument. */
  data: DataLayer;
  /** The articles' texts, from the seed files' folder (not the graph). */
  articleTexts: ArticleTexts;
  /** Whether clients may learn the Neo4j version (VERSION_DETAILS). */
  versionDetails: boolean;
  /** The operation's cost, once measured (./cost/plugin.ts): its queries' place in line. */
  demand: { cost: number | undefined };
  stats: QueryStats;
  /** The request's logger: every line carries its request id. */
  logger: Logger;
}

/** A fresh context per request: loaders must never share their cache across requests. */
export function createContext(
  executor: CypherExecutor,
  logger: Logger,
  options: {
    versionDetails?: boolean;
    /** Where the articles' texts are; without it, no article has a text. */
    articleTexts?: ArticleTexts;
    /** Aborts when the client goes away: the request's Neo4j work stops. */
    signal?: AbortSignal;
  } = {},
): GraphQLContext {
  const stats: QueryStats = { queries: 0, time: new QueryTime() };
  const demand: GraphQLContext["demand"] = { cost: undefined };
  const db = executor
    .forRequest({
      ...(options.signal ? { signal: options.signal } : {}),
      cost: () => demand.cost,
    })
    .withObserver((event) => {
      stats.queries += 1;
      stats.time.add(event.durationMs);
    });
  const data = createDataLayer(db);
  return {
    services: createServices(data),
    data,
    articleTexts: options.articleTexts ?? NO_TEXTS,
    versionDetails: options.versionDetails ?? true,
    demand,
    stats,
    logger,
  };
}

const NO_TEXTS: ArticleTexts = { read: () => Promise.resolve(null) };
