/**
 * A response with an overload error (the work queue refused a query: src/db/work-queue.ts)
 * is a 503 with `Retry-After`, whatever else it holds, so clients and proxies back off
 * instead of retrying at once; never a 500.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { OverloadedError } from "../../db/work-queue.ts";

export function overloadPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let retryAfterS: number | undefined;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof OverloadedError)
              retryAfterS = Math.max(retryAfterS ?? 0, original.retryAfterS);
          }
        },
        async willSendResponse({ response }) {
          if (retryAfterS === undefined) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(retryAfterS));
        },
      };
    },
  };
}
