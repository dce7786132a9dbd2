/** Starts the whole application in-process against the run's Neo4j, on a free port. */
import { type RunningApplication, startApplication } from "../../src/application.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/log/logger.ts";
import { neo4jConnection } from "./neo4j.ts";

export async function startTestApplication(
  env: Record<string, string> = {},
): Promise<RunningApplication> {
  const c = neo4jConnection();
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    NEO4J_URI: c.uri,
    NEO4J_USERNAME: c.username,
    NEO4J_PASSWORD: c.password,
    ...(c.database ? { NEO4J_DATABASE: c.database } : {}),
    SEED_ON_START: "false",
    // Tests send hundreds of requests a minute from one address, on a machine that other
    // test files load too: no rate limit, no connection cap (some send 50 at once) and a
    // patient work queue, unless a test sets them.
    RATE_LIMIT_PER_MINUTE: "0",
    MAX_CONNECTIONS_PER_CLIENT: "0",
    NEO4J_QUEUE_WAIT_MS: "20000",
    ...env,
  });
  return startApplication(config, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"));
}
