/**
 * Seeding as `npm start` does it: never fatal. The graph is brought up to the project's
 * files as far as they allow; a file that fails its checks or its transaction is logged
 * with file:line, left unapplied (so the next start tries it again), and reported on
 * /health/ready and in metrics, while the API serves the graph as it is.
 */
import { userInfo } from "node:os";
import type { Driver } from "neo4j-driver";
import { ScriptError } from "../db/apply-scripts.ts";
import type { Logger } from "../log/logger.ts";
import { formatProblem } from "./check.ts";
import { projectSeeds, syncGraph } from "./sync.ts";

export interface SeedFailure {
  file: string;
  line?: number;
  rule?: string;
  message: string;
}

/** What the API tells about the seeds it started with. */
export interface SeedHealth {
  /** False when seeding on start is off (SEED_ON_START=false). */
  checked: boolean;
  failed: SeedFailure[];
  /**
   * Whether this start changed the graph (the schema, a migration, a seed file, the derived
   * data rebuilt): query plans made before that were made for another graph.
   */
  changedGraph: boolean;
}

export async function syncOnStart(
  driver: Driver,
  database: string | undefined,
  logger: Logger,
  seedsDir: string,
): Promise<SeedHealth> {
  const started = Date.now();
  try {
    const report = await syncGraph(driver, database, {
      author: `npm start (${safeUser()})`,
      policy: "each",
      sources: projectSeeds(seedsDir),
      onMigration: (m) =>
        logger.info({ migration: m.version, ms: m.ms }, `migration ${m.name} applied`),
      onApplied: (a) =>
        logger.info(
          {
            file: a.file,
            action: a.action,
            ...a.counts,
            derived: a.derivedUpdates,
            ms: Math.round(a.ms),
          },
          `seed file ${a.action}`,
        ),
      onRebuild: (p) => logger.info({ ...p }, "rebuilding derived data"),
    });
    const failed: SeedFailure[] = [];
    for (const failure of report.failed) {
      for (const problem of failure.problems) {
        logger.error(
          { file: problem.file, line: problem.line, rule: problem.rule },
          formatProblem(problem),
        );
        failed.push({
          file: problem.file,
          line: problem.line,
          rule: problem.rule,
          message: problem.message,
        });
      }
      if (failure.error) {
        logger.error({ file: failure.file }, `${failure.file}: ${failure.error}`);
        failed.push({ file: failure.file, message: failure.error });
      }
    }
    logger.info(
      { applied: report.applied.length, failed: report.failed.length, ms: Date.now() - started },
      report.applied.length > 0 ? "seed files applied" : "seed files unchanged since last applied",
    );
    const changedGraph =
      report.schemaApplied ||
      report.migrations.length > 0 ||
      report.applied.length > 0 ||
      report.rebuilt;
    return { checked: true, failed, changedGraph };
  } catch (error) {
    // The schema or a migration failed: nothing after it ran. Serve what is there.
    const failure: SeedFailure =
      error instanceof ScriptError
        ? { file: error.file, line: error.line, message: error.message }
        : { file: "(seeding)", message: error instanceof Error ? error.message : String(error) };
    logger.error({ file: failure.file, line: failure.line }, failure.message);
    // What ran before the failure may have changed the graph.
    return { checked: true, failed: [failure], changedGraph: true };
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
