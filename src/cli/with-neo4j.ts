/**
 * Shared by the command-line tools: connect to the configured Neo4j (same resolution as
 * `npm start`), run a task, and always clean up what was started.
 */
import type { Driver } from "neo4j-driver";
import { ConfigError, loadConfig } from "../config/index.ts";
import { createDriver, verifyDriver } from "../db/driver.ts";
import { JavaNotFoundError } from "../db/embedded/java.ts";
import { type Neo4jTarget, resolveNeo4j } from "../db/resolve.ts";

export async function withNeo4j(
  task: (driver: Driver, target: Neo4jTarget) => Promise<void>,
  log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): Promise<void> {
  let target: Neo4jTarget | undefined;
  let driver: Driver | undefined;
  try {
    const config = loadConfig();
    target = await resolveNeo4j(config.neo4j, log);
    driver = createDriver(target, config.neo4j);
    await verifyDriver(driver, target.database);
    await task(driver, target);
  } catch (error) {
    process.exitCode = 1;
    if (
      error instanceof ConfigError ||
      error instanceof JavaNotFoundError ||
      error instanceof CliError
    ) {
      process.stderr.write(`${error.message}\n`);
    } else if (error instanceof Error && /lock/i.test(error.message)) {
      process.stderr.write(
        `${error.message}\nIs \`npm start\` already running the embedded Neo4j? Then point this tool at it: NEO4J_URI=bolt://127.0.0.1:7687\n`,
      );
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
  } finally {
    await driver?.close();
    await target?.stop();
  }
}

/** A problem with what the user typed: printed as is, no stack trace. */
export class CliError extends Error {
  override name = "CliError";
}
