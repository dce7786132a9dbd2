/**
 * The HTTP server: GraphQL at /graphql (Apollo Server on Express), health endpoints, and a
 * drain on shutdown so requests in flight complete before the process lets go.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { CypherExecutor } from "../db/executor.ts";
import { createContext } from "../graphql/context.ts";
import { createGraphQLServer } from "../graphql/server.ts";
import type { Logger } from "../log/logger.ts";
import { healthRoutes } from "./health.ts";

export interface HttpDependencies {
  executor: CypherExecutor;
  logger: Logger;
  host: string;
  port: number;
  production?: boolean;
}

export interface RunningHttpServer {
  url: string;
  server: Server;
  /** Stops accepting connections and resolves once in-flight requests are answered. */
  close(): Promise<void>;
}

export async function startHttpServer(deps: HttpDependencies): Promise<RunningHttpServer> {
  const app = express();
  app.disable("x-powered-by");
  const server = createServer(app);

  const apollo = createGraphQLServer({
    httpServer: server,
    logger: deps.logger,
    production: deps.production ?? false,
  });
  await apollo.start();

  app.use(healthRoutes(deps.executor));
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async () => createContext(deps.executor),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(deps.port, deps.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${deps.host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    server,
    close: () => {
      closing ??= apollo.stop();
      return closing;
    },
  };
}
