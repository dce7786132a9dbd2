/**
 * `npm start`: runs the API until SIGINT/SIGTERM, then shuts everything down cleanly,
 * including an embedded or container Neo4j this process started.
 */
import { startApplication } from "./application.ts";
import { ConfigError, loadConfig } from "./config/index.ts";
import { JavaNotFoundError } from "./db/embedded/java.ts";
import { createLogger } from "./log/logger.ts";

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let application: Awaited<ReturnType<typeof startApplication>>;
  try {
    application = await startApplication(config, logger);
  } catch (error) {
    if (error instanceof JavaNotFoundError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(3);
    }
    logger.fatal({ err: error }, "could not start");
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    application.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

await main();
