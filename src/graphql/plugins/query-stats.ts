/**
 * Reports in `extensions.cypher` how many Cypher round trips a response took and how long
 * they ran: lets clients and tests see that nested queries do not fan out (no N+1).
 * Off in production, where it would tell strangers about our internals.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context.ts";

export function queryStatsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cypher: {
              queries: contextValue.stats.queries,
              ms: Math.round(contextValue.stats.ms * 10) / 10,
            },
          };
        },
      };
    },
  };
}
