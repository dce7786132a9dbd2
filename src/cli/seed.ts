/**
 * `npm run seed`: brings the configured Neo4j up to the project's files — the schema,
 * pending migrations, then each seed file that is new, changed or removed, each in its own
 * transaction, after checking every one of them (any problem: nothing is applied, exit 1).
 *
 *   npm run seed                         apply what changed, print what each file did
 *   npm run seed -- --status             applied, pending, changed and removed files
 *   npm run seed -- --dry-run            what would change, without writing
 *   npm run seed -- --check [files…]     check files (default: all) without applying
 *   npm run seed -- --rebuild-derived    recompute all derived data, in batches
 *   --author NAME                        who applies, for the audit trail (default: OS user)
 *
 * docs/analysts.md, "Adding an article", walks through it.
 */
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../config/index.ts";
import { countGraph } from "../db/graph-counts.ts";
import type { FileApplication } from "../ingest/apply.ts";
import { formatProblem, type Problem } from "../ingest/check.ts";
import { rebuildDerived } from "../ingest/rebuild.ts";
import { readSeedText, type SeedFile } from "../ingest/seed-file.ts";
import { checkSeedFiles, projectSeeds, seedStatus, syncGraph } from "../ingest/sync.ts";
import { CliError, withNeo4j } from "./with-neo4j.ts";

const { values, positionals } = (() => {
  try {
    return parseArgs({
      options: {
        status: { type: "boolean" },
        "dry-run": { type: "boolean" },
        check: { type: "boolean" },
        "rebuild-derived": { type: "boolean" },
        author: { type: "string" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
})();

if (positionals.length > 0 && !values.check) {
  process.stderr.write(`unexpected ${positionals.join(" ")}: only --check takes files\n`);
  process.exit(2);
}

const author = values.author ?? process.env.SEED_AUTHOR ?? safeUser();

const seedsDir = loadSeedsDir();
/** When progress() last printed (declared before the top-level await that calls it). */
let lastProgress = 0;

await withNeo4j(async (driver, target) => {
  const database = target.database;
  if (values.status) return printStatus(driver, database);
  if (values.check) return check(driver, database, positionals);
  if (values["rebuild-derived"]) return rebuild(driver, database);
  await apply(driver, database, values["dry-run"] === true);
});

async function apply(driver: Driver, database: string | undefined, dryRun: boolean): Promise<void> {
  const started = performance.now();
  const report = await syncGraph(driver, database, {
    author,
    policy: "all",
    sources: projectSeeds(seedsDir),
    dryRun,
    onMigration: (m) =>
      console.log(`migrated  ${String(m.version).padStart(4, "0")}-${m.name}  ${m.ms} ms`),
    onApplied: (application) => console.log(describeApplication(application, dryRun)),
    onRebuild: (p) =>
      progress(`derived data: ${p.label} (${p.step}/${p.steps}) ${p.done}/${p.total}`),
  });
  if (report.schemaApplied) console.log("applied cypher/schema.cypher");
  if (report.failed.length > 0) {
    printProblems(report.failed.flatMap((f) => f.problems));
    for (const failure of report.failed)
      if (failure.error) console.error(`${failure.file}: ${failure.error}`);
    throw new CliError(
      `${report.failed.length} file${report.failed.length === 1 ? "" : "s"} failed; nothing was applied`,
    );
  }
  if (report.applied.length === 0) console.log("seeds: every file is applied; nothing to do");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (dryRun) {
    console.log(
      `\ndry run: ${report.applied.length} file(s) checked and rolled back in ${seconds} s; nothing was written`,
    );
    return;
  }
  console.log(
    `\n${report.applied.length} file(s) in ${seconds} s${report.rebuilt ? " (derived data rebuilt)" : ""}\n`,
  );
  const counts = await countGraph(driver, database);
  console.log("Nodes by label");
  console.table(counts.labels);
  console.log("Relationships by type");
  console.table(counts.relationships);
}

const PAST = {
  apply: "applied",
  correct: "corrected",
  retract: "retracted",
  unchanged: "unchanged",
} as const;

function describeApplication(application: FileApplication, dryRun: boolean): string {
  const c = application.counts;
  const verb = dryRun ? `would ${application.action}` : PAST[application.action];
  return [
    verb.padEnd(16),
    application.file.padEnd(50),
    `nodes +${c.nodesCreated} −${c.nodesDeleted} ~${application.nodesChanged}`,
    `relationships +${c.relationshipsCreated} −${c.relationshipsDeleted}`,
    `properties +${c.propertiesSet} −${c.propertiesRemoved}`,
    `derived ${application.derivedUpdates}`,
    `${application.ms.toFixed(0)} ms`,
  ].join("  ");
}

async function printStatus(driver: Driver, database: string | undefined): Promise<void> {
  const statuses = await seedStatus(driver, database, projectSeeds(seedsDir).files);
  console.table(
    statuses.map((s) => ({
      file: s.file,
      state: s.state,
      facts: s.facts ?? "",
      "last applied": s.last?.at.replace(/\.\d+Z$/, "Z") ?? "",
      by: s.last?.author ?? "",
      action: s.last?.action ?? "",
      "nodes +/−": s.last ? `+${s.last.nodesCreated} −${s.last.nodesDeleted}` : "",
      "relationships +/−": s.last
        ? `+${s.last.relationshipsCreated} −${s.last.relationshipsDeleted}`
        : "",
      "properties +/−": s.last ? `+${s.last.propertiesSet} −${s.last.propertiesRemoved}` : "",
    })),
  );
  const waiting = statuses.filter((s) => s.state !== "applied").length;
  console.log(
    waiting === 0 ? "every seed file is applied" : `${waiting} file(s) to apply: npm run seed`,
  );
}

async function check(driver: Driver, database: string | undefined, files: string[]): Promise<void> {
  const project = projectSeeds(seedsDir);
  const targets = files.length === 0 ? project.files : files.map(readArgument);
  const articlesDir =
    files.length === 0 ? project.articlesDir : articlesDirFor(files, project.articlesDir);
  const problems = await checkSeedFiles(driver, database, {
    targets,
    sources: { files: project.files, articlesDir },
  });
  if (problems.length > 0) {
    printProblems(problems);
    throw new CliError(
      `${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)`,
    );
  }
  console.log(`${targets.length} file(s) checked: no problems`);
}

/** A file named on the command line: inside seeds/ it keeps its seeds name. */
function readArgument(argument: string): SeedFile {
  const path = resolve(argument);
  const name = dirname(path) === seedsDir ? basename(path) : argument;
  try {
    return readSeedText(name, readFileSync(path, "utf8"));
  } catch {
    throw new CliError(`${argument}: no such file`);
  }
}

/** Articles next to the checked files (`<dir>/articles/`), or the project's. */
function articlesDirFor(files: string[], fallback: string): string {
  const dir = resolve(dirname(resolve(files[0] as string)), "articles");
  return dirname(resolve(files[0] as string)) === seedsDir ? fallback : dir;
}

async function rebuild(driver: Driver, database: string | undefined): Promise<void> {
  const started = performance.now();
  await rebuildDerived(driver, database, {
    onProgress: (p) =>
      progress(
        `${p.label} (${p.step}/${p.steps}): ${p.done.toLocaleString("en")} / ${p.total.toLocaleString("en")}`,
      ),
  });
  console.log(`derived data rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function printProblems(problems: Problem[]): void {
  for (const problem of problems) console.error(formatProblem(problem));
}

function progress(line: string): void {
  const now = Date.now();
  if (now - lastProgress < 1000) return;
  lastProgress = now;
  console.log(line);
}

/** SEEDS_DIR, validated like every setting (a bad value stops here, naming it). */
function loadSeedsDir(): string {
  try {
    return loadConfig().seedsDir;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
