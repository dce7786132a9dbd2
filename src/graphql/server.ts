/** The Apollo Server: schema from schema/, typed resolvers, masked errors. */
import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Logger } from "../log/logger.ts";
import type { GraphQLContext } from "./context.ts";
import { createErrorFormatter } from "./errors.ts";
import { loadTypeDefs } from "./load-schema.ts";
import { queryStatsPlugin } from "./plugins/query-stats.ts";
import { resolvers } from "./resolvers/index.ts";

export interface GraphQLServerOptions {
  httpServer: Server;
  logger: Logger;
  production: boolean;
}

export function createGraphQLServer(options: GraphQLServerOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(options.logger),
    // We own the process lifecycle (src/main.ts): Apollo must not react to signals itself.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      ...(options.production ? [] : [queryStatsPlugin()]),
    ],
  });
}
