/**
 * The process's one Neo4j driver. Retries are bounded for an API (seconds, not the driver's
 * 30 s default) so a database outage turns into a fast, clear error instead of a hung request.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jSettings } from "../config/index.ts";
import type { Logger } from "../log/logger.ts";
import type { Neo4jTarget } from "./resolve.ts";

export { DEFAULT_MAX_RETRY_MS } from "../config/index.ts";

/** The driver's bounds, from the configuration (src/config: NEO4J_MAX_RETRY_MS, …). */
export type DriverSettings = Pick<
  Neo4jSettings,
  "maxRetryMs" | "connectionTimeoutMs" | "connectionAcquisitionTimeoutMs"
>;

export function createDriver(
  target: Neo4jTarget,
  settings: DriverSettings,
  options: { logger?: Logger } = {},
): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    maxTransactionRetryTime: settings.maxRetryMs,
    connectionAcquisitionTimeout: settings.connectionAcquisitionTimeoutMs,
    connectionTimeout: settings.connectionTimeoutMs,
    maxConnectionPoolSize: 50,
    userAgent: "diplomatic-relations-graph",
    disableLosslessIntegers: false,
    logging: options.logger
      ? {
          level: "warn",
          logger: (level, message) =>
            options.logger?.[level === "error" ? "error" : "warn"]({ neo4j: true }, message),
        }
      : undefined,
  });
}

/** Fails with the driver's own message when the server cannot be reached or refuses us. */
export async function verifyDriver(driver: Driver, database: string | undefined): Promise<void> {
  await driver.verifyConnectivity(database ? { database } : {});
}

/**
 * Drops Neo4j's cached query plans, so that the next run of each query is planned for the graph
 * as it is now. Needs an administrator: on a server where we are not one, Neo4j's refusal is
 * returned, and the plans are replanned when Neo4j finds their statistics stale.
 */
export async function clearQueryCaches(
  driver: Driver,
  database: string | undefined,
): Promise<Error | undefined> {
  try {
    await driver.executeQuery("CALL db.clearQueryCaches()", {}, { database });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
