/**
 * The process's one Neo4j driver. Retries are bounded for an API (seconds, not the driver's
 * 30 s default) so a database outage turns into a fast, clear error instead of a hung request.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { DEFAULT_MAX_RETRY_MS } from "../config/index.ts";
import type { Logger } from "../log/logger.ts";
import type { Neo4jTarget } from "./resolve.ts";

export { DEFAULT_MAX_RETRY_MS } from "../config/index.ts";

export interface DriverOptions {
  maxTransactionRetryTimeMs?: number;
  connectionAcquisitionTimeoutMs?: number;
  connectionTimeoutMs?: number;
  logger?: Logger;
}

export function createDriver(target: Neo4jTarget, options: DriverOptions = {}): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? DEFAULT_MAX_RETRY_MS,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 5000,
    connectionTimeout: options.connectionTimeoutMs ?? 3000,
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
