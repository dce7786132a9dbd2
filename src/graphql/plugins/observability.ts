/**
 * Per-request observability: latency by operation and errors by code into the metrics, and
 * the original of every unexpected error into the request's log (with its request id), since
 * the client only ever sees the masked version.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Metrics } from "../../metrics/metrics.ts";
import type { GraphQLContext } from "../context.ts";
import { isExpected } from "../errors.ts";

export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            // Only execution errors (they have a path) can hide a fault of ours; parse and
            // validation errors are the client's and already say everything.
            if (!error.path) continue;
            if (isExpected(error)) {
              contextValue.logger.warn(
                { err: error.originalError ?? error, path: error.path },
                "request failed",
              );
            } else {
              contextValue.logger.error(
                { err: error.originalError ?? error, path: error.path },
                "internal error",
              );
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          metrics.graphqlDuration.observe(
            { operation: metrics.operationLabel(operationName) },
            (performance.now() - started) / 1000,
          );
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) {
            metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? "UNKNOWN") });
          }
        },
      };
    },
  };
}
