/**
 * The cost limit: measures every operation once its document is valid and its operation
 * known, and refuses it above the limit before execution starts, so a refused query sends no
 * Cypher. Every measured response tells the client its cost in `extensions.cost`, like
 * Shopify's `requestedQueryCost` / `maximumAvailable`, so clients can size their pages.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../context.ts";
import { ErrorCode } from "../errors.ts";
import { costDriver, describeDriver } from "./driver.ts";
import { measureCost } from "./measure.ts";

/** `extensions.cost` of a measured response; the cost is null when beyond measure. */
export interface CostExtension {
  requestedQueryCost: number | null;
  maximumAvailable: number;
}

export function costLimitPlugin(maxCost: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          cost = measureCost({ schema, document, variables: request.variables, operationName });
          contextValue.demand.cost = cost;
          if (cost !== undefined && cost > maxCost) {
            // Which field to ask less of (issue 21): measured only for a refused query.
            const driver = Number.isFinite(cost)
              ? costDriver({ schema, document, variables: request.variables, operationName })
              : null;
            throw new GraphQLError(
              `Query cost ${Number.isFinite(cost) ? cost : "beyond measure"} exceeds the limit of ${maxCost}${driver ? `; ${describeDriver(driver)}` : ""}: ask for smaller pages (first) or fewer nested lists.`,
              {
                extensions: {
                  code: ErrorCode.QUERY_LIMIT_EXCEEDED,
                  limit: "cost",
                  http: { status: 400 },
                },
              },
            );
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              requestedQueryCost: Number.isFinite(cost) ? cost : null,
              maximumAvailable: maxCost,
            } satisfies CostExtension,
          };
        },
      };
    },
  };
}
