/**
 * The three systems the scale bench compares, all on the same Neo4j: this API in-process
 * (started the way `npm start` starts it, pointed at the dataset's Neo4j and never seeding
 * it), @neo4j/graphql behind Apollo Server, and a bare neo4j-driver for hand-written Cypher.
 * Both anchors run without driver retries and with a transaction timeout, so a query that
 * cannot finish is recorded as a failure instead of being retried for a minute. The load
 * bench starts each of them alone, in a process of its own (bench/load/serve.ts).
 */
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { type RunningApplication, startApplication } from "../../src/application.ts";
import { loadConfig } from "../../src/config/index.ts";
import type { Neo4jTarget } from "../../src/db/resolve.ts";
import { createLogger } from "../../src/log/logger.ts";

export interface Systems {
  apiEndpoint: string;
  neo4jGraphqlEndpoint: string;
  /** Runs one hand-written query; resolves with its single row's `data` column. */
  handWritten(cypher: string, params: Record<string, unknown>): Promise<unknown>;
  /** The driver behind the hand-written queries, for the bench's own set-up queries. */
  driver: Driver;
  database: string | undefined;
  stop(): Promise<void>;
}

const TYPE_DEFS = readFileSync(
  new URL("./neo4j-graphql/type-defs.graphql", import.meta.url),
  "utf8",
);

function anchorDriver(target: Neo4jTarget, losslessIntegers: boolean): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: !losslessIntegers,
    userAgent: "diplomatic-relations-graph-bench",
  });
}

/** Whole numbers become Cypher integers (LIMIT, SKIP and list slices refuse floats). */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === "number" && Number.isInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}

/** This API, started the way `npm start` starts it, pointed at `target` and never seeding it. */
export async function startApi(
  target: Neo4jTarget,
  /** Environment over the process's own, e.g. NODE_ENV. */
  env: Record<string, string> = {},
): Promise<RunningApplication> {
  const config = loadConfig({
    ...process.env,
    // Diagnostics (extensions.cypher, the round trips) are off in production.
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    PORT: "0",
    NEO4J_PROVIDER: "uri",
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
    SEED_ON_START: "false",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
    ...env,
  });
  return startApplication(config, createLogger(config.logLevel));
}

/** Runs hand-written queries through its own driver; `data` of the single row. */
export function handWrittenClient(target: Neo4jTarget, timeoutMs: number) {
  const driver = anchorDriver(target, false);
  const run = async (cypher: string, params: Record<string, unknown>) => {
    const result = await driver.executeQuery(cypher, cypherParams(params), {
      database: target.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: timeoutMs },
    });
    return result.records[0]?.get("data");
  };
  return { driver, run };
}

/** @neo4j/graphql 7 behind Apollo Server's standalone HTTP server, on a free port. */
export async function startNeo4jGraphql(
  target: Neo4jTarget,
  timeoutMs: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const libraryDriver = anchorDriver(target, true);
  try {
    const schema = await new Neo4jGraphQL({
      typeDefs: TYPE_DEFS,
      driver: libraryDriver,
    }).getSchema();
    const server = new ApolloServer({ schema });
    const { url } = await startStandaloneServer(server, {
      listen: { host: "127.0.0.1", port: 0 },
      context: async () => ({
        sessionConfig: target.database ? { database: target.database } : undefined,
        transaction: { timeout: timeoutMs },
      }),
    });
    return {
      url,
      stop: async () => {
        await server.stop();
        await libraryDriver.close();
      },
    };
  } catch (error) {
    await libraryDriver.close();
    throw error;
  }
}

export async function startSystems(target: Neo4jTarget, timeoutMs: number): Promise<Systems> {
  const stops: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => {});
  };
  try {
    const api = await startApi(target);
    stops.push(() => api.stop());

    const handWritten = handWrittenClient(target, timeoutMs);
    stops.push(() => handWritten.driver.close());

    const library = await startNeo4jGraphql(target, timeoutMs);
    stops.push(() => library.stop());

    return {
      apiEndpoint: `${api.url}/graphql`,
      neo4jGraphqlEndpoint: library.url,
      handWritten: handWritten.run,
      driver: handWritten.driver,
      database: target.database,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
