/**
 * Reports in `extensions.cypher` how many Cypher round trips a response took and how long
 * they ran (`ms` summed, `wallMs` as wall time): lets clients and tests see that nested queries do not fan out (no N+1).
 * Off in production, where it would tell strangers about our internals. Not on an answer a
 * cache may keep (./cache-policy.ts): that goes to other requests, and would change its ETag
 * on every run.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context.ts";
import { isPublicAnswer } from "./cache-policy.ts";

/** `extensions.cypher` of a response. */
export interface CypherStats {
  queries: number;
  ms: number;
  wallMs: number;
  rounds: number;
}

export function queryStatsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single" || isPublicAnswer(response.http.headers)) return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cypher: {
              queries: contextValue.stats.queries,
              // Summed over queries, which may overlap: Neo4j's work, not the client's wait.
              ms: tenths(contextValue.stats.time.sumMs),
              // While at least one query ran: never more than the request took.
              wallMs: tenths(contextValue.stats.time.wallMs),
              // Times the request waited for Neo4j one after another (queries that overlap: one).
              rounds: contextValue.stats.time.rounds,
            } satisfies CypherStats,
          };
        },
      };
    },
  };
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;
