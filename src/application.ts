/**
 * Wires the layers together, config → database → GraphQL → HTTP, and owns their lifecycle:
 * `stop()` closes them in reverse order (HTTP drains, then the driver, then a Neo4j this
 * process started).
 */
import type { Config } from "./config/index.ts";
import { clearQueryCaches, createDriver, verifyDriver } from "./db/driver.ts";
import { makeAotCache } from "./db/embedded/launcher.ts";
import { CypherExecutor } from "./db/executor.ts";
import { type Neo4jTarget, resolveNeo4j } from "./db/resolve.ts";
import { WorkQueue } from "./db/work-queue.ts";
import { postConnectCommand } from "./http/neo4j-browser.ts";
import type { SeedHealth } from "./ingest/start.ts";
import type { Logger } from "./log/logger.ts";

/** How long `npm start` serves before it makes the JVM's cache, when the build has none. */
const AOT_CACHE_DELAY_MS = 60_000;

/**
 * Once per launcher build, a minute into serving (a start that is stopped at once, as tests
 * do, makes none): the JVM's cache that makes every later start faster, made beside the
 * running API (src/db/embedded/aot-cache.ts). Returns the cleanup: stopping abandons it.
 */
function scheduleAotCache(
  logger: Logger,
  exercise: Parameters<typeof makeAotCache>[2],
): () => Promise<void> {
  const training = new AbortController();
  let made: Promise<void> = Promise.resolve();
  const timer = setTimeout(() => {
    made = makeAotCache((line) => logger.info(line), training.signal, exercise);
  }, AOT_CACHE_DELAY_MS);
  timer.unref();
  return async () => {
    clearTimeout(timer);
    training.abort();
    await made;
  };
}

/**
 * What serves, loaded while Neo4j starts: the GraphQL and HTTP stack and the seed files'
 * checks take a second to load, and the Neo4j start need not wait for them.
 */
const loadServing = () =>
  Promise.all([
    import("./http/app.ts"),
    import("./graphql/warm-up.ts"),
    import("./ingest/start.ts"),
  ]);

export interface RunningApplication {
  url: string;
  neo4j: Neo4jTarget;
  stop(): Promise<void>;
}

export async function startApplication(
  config: Config,
  logger: Logger,
): Promise<RunningApplication> {
  // A Neo4j container's Browser loads the guide and style this API serves (the embedded
  // launcher serves its own copy).
  const resolving = resolveNeo4j(
    config.neo4j,
    (message) => logger.info(message),
    postConnectCommand(`http://localhost:${config.port}`),
  );
  const serving = loadServing();
  // Not left unhandled when the Neo4j start fails first.
  serving.catch(() => {});
  const neo4jTarget = await resolving;
  const cleanups: Array<[string, () => Promise<void>]> = [["neo4j", () => neo4jTarget.stop()]];
  const stop = async () => {
    for (const [name, cleanup] of cleanups.reverse()) {
      const started = Date.now();
      await cleanup().catch((error: unknown) =>
        logger.error({ err: error, step: name }, "shutdown step failed"),
      );
      logger.info({ step: name, ms: Date.now() - started }, "stopped");
    }
  };

  try {
    const driver = createDriver(neo4jTarget, config.neo4j, { logger });
    cleanups.push(["driver", () => driver.close()]);
    await verifyDriver(driver, neo4jTarget.database);

    const [{ startHttpServer }, { warmUp, warmUpEmpty }, { syncOnStart }] = await serving;

    const executor = new CypherExecutor(driver, {
      database: neo4jTarget.database,
      timeoutMs: config.neo4j.queryTimeoutMs,
      maxRetryMs: config.neo4j.maxRetryMs,
      workQueue: new WorkQueue({
        concurrency: config.neo4j.maxConcurrentQueries,
        maxQueued: config.neo4j.maxQueuedQueries,
        maxWaitMs: config.neo4j.queueWaitMs,
      }),
    });
    // Side by side before serving: the graph brought up to the seed files (a file that fails
    // is logged and reported on /health/ready and in metrics, and the API serves the graph
    // as it is), and the shipped operations' queries planned (src/graphql/warm-up.ts).
    const warmPlans = async (message: string) => {
      const planning = Date.now();
      const counts = await warmUp(
        new CypherExecutor(driver, {
          database: neo4jTarget.database,
          timeoutMs: config.neo4j.warmUpTimeoutMs,
        }),
        logger,
      );
      logger.info({ ms: Date.now() - planning, ...counts }, message);
    };
    const [seeds] = await Promise.all([
      config.seedOnStart
        ? syncOnStart(driver, neo4jTarget.database, logger, config.seedsDir)
        : Promise.resolve<SeedHealth>({ checked: false, failed: [], changedGraph: false }),
      warmPlans("query plans warmed"),
    ]);
    // The plans were made beside the seeding, for the graph before it (on a first start, an
    // empty one): the first clients would wait for them to be made again, and the serving
    // warm-up's requests were refused for waiting past the queue's limit. Planned again now.
    if (seeds.changedGraph) {
      const refused = await clearQueryCaches(driver, neo4jTarget.database);
      if (refused)
        logger.warn({ err: refused }, "query caches not cleared: plans follow the graph later");
      await warmPlans("query plans warmed for the changed graph");
    }
    const http = await startHttpServer({
      executor,
      logger,
      host: config.host,
      port: config.port,
      settings: config.http,
      seeds,
    });
    cleanups.push(["http", () => http.close()]);
    // Then what only the serving path keeps (Apollo's document cache, the HTTP stack), so the
    // first clients are answered as fast as later ones (src/http/warm-serving.ts).
    const warming = Date.now();
    const served = await http.warmUp();
    logger.info({ ms: Date.now() - warming, ...served }, "serving path warmed");
    logger.info(`GraphQL API ready at ${http.url}/graphql`);
    if (neo4jTarget.source === "embedded")
      cleanups.push([
        "aot-cache",
        scheduleAotCache(logger, (server) => warmUpEmpty(server, config.neo4j.warmUpTimeoutMs)),
      ]);
    return { url: http.url, neo4j: neo4jTarget, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
