/** The Apollo Server: schema from schema/, typed resolvers, limits, masked errors. */
import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { HttpSettings } from "../config/index.ts";
import type { Metrics } from "../metrics/metrics.ts";
import type { GraphQLContext } from "./context.ts";
import { costLimitPlugin } from "./cost/plugin.ts";
import { formatError } from "./errors.ts";
import { armor } from "./limits.ts";
import { loadTypeDefs } from "./load-schema.ts";
import { parseOptions } from "./parse-limits.ts";
import { cachePolicyPlugin } from "./plugins/cache-policy.ts";
import { observabilityPlugin } from "./plugins/observability.ts";
import { overloadPlugin } from "./plugins/overload.ts";
import { pageSizePlugin } from "./plugins/page-size.ts";
import { queryStatsPlugin } from "./plugins/query-stats.ts";
import { resolvers } from "./resolvers/index.ts";
import { SupportedOperationsRule } from "./supported-operations.ts";
import type { TrustedDocuments } from "./trusted-documents.ts";
import { variableCoercionPlugin } from "./variables.ts";

export interface GraphQLServerOptions {
  httpServer: Server;
  settings: HttpSettings;
  metrics: Metrics;
  /** The shipped operations by id: their GET answers may be cached. */
  trustedDocuments: TrustedDocuments;
}

export function createGraphQLServer({
  httpServer,
  settings,
  metrics,
  trustedDocuments,
}: GraphQLServerOptions): ApolloServer<GraphQLContext> {
  const protection = armor(settings.limits);
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: settings.introspection,
    includeStacktraceInErrorResponses: false,
    // Kept on: a browser cannot send a "simple" cross-site request that runs an operation.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: nothing a client sends is registered. Documents by id are
    // the trusted ones only, looked up before Apollo (src/http/trusted-documents.ts).
    persistedQueries: false,
    // Token limit while parsing, before any validation rule (nesting: src/http/, before this).
    parseOptions: parseOptions(settings.limits),
    validationRules: [SupportedOperationsRule, ...protection.validationRules],
    // No "Did you mean …?" in production: suggestions map the schema for strangers when
    // introspection is off. graphql-js leaves them out of every rule's message (fields,
    // arguments, types, enum values, input fields); variables: ./variables.ts.
    validationOptions: { hideSuggestions: settings.production },
    formatError,
    // We own the process lifecycle (src/main.ts): Apollo must not react to signals itself.
    stopOnTerminationSignals: false,
    plugins: [
      // graphql-armor's plugins do not use the context, so its type does not matter to them.
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      variableCoercionPlugin({ hideSuggestions: settings.production }),
      pageSizePlugin(),
      costLimitPlugin(settings.limits.maxCost),
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: settings.shutdownGraceMs,
      }),
      // Apollo's landing page loads from a CDN; browsers get our own offline IDE instead.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in the schema, so no cache policy to compute: without this, Apollo
      // wraps every field resolver to collect hints.
      ApolloServerPluginCacheControlDisabled(),
      // Before query stats: a cacheable answer carries none.
      cachePolicyPlugin(trustedDocuments, settings.trustedDocuments.maxAgeSeconds),
      observabilityPlugin(metrics),
      overloadPlugin(),
      ...(settings.production ? [] : [queryStatsPlugin()]),
    ],
  });
}
