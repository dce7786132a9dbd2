/**
 * Brings a graph up to the project's files: the schema (cypher/schema.cypher) when it
 * changed, pending migrations, then each seed file that is new, changed or gone, each in
 * its own transaction (apply.ts), then a rebuild of derived data if its rules changed.
 * `npm run seed` and `npm start` both call this; they differ in what a failing file does
 * (the policy).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { applyScriptFile } from "../db/apply-scripts.ts";
import {
  type ApplyOptions,
  applySeedFile,
  checkInTransaction,
  type FileApplication,
  SeedCheckError,
} from "./apply.ts";
import type { Problem } from "./check.ts";
import type { PendingFact } from "./check-context.ts";
import { type DerivationRules, loadDerivationRules, recordedDerivedHash } from "./derive.ts";
import { factKey } from "./facts.ts";
import { type AppliedMigration, migrate } from "./migrations.ts";
import { type RebuildProgress, rebuildDerived } from "./rebuild.ts";
import { rekeyRenamed } from "./rename.ts";
import { emptySeedFile, type SeedFile, seedFilesIn } from "./seed-file.ts";

export type FileState = "applied" | "pending" | "changed" | "removed";

export interface FileStatus {
  file: string;
  state: FileState;
  hash?: string;
  appliedHash?: string;
  facts?: number;
  last?: LastApplication;
}

export interface LastApplication {
  action: string;
  at: string;
  author: string;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  propertiesRemoved: number;
}

export interface SeedSources {
  /** The seed files, in the order they apply. */
  files: SeedFile[];
  articlesDir: string;
}

/** The seed files of a folder (the project's seeds/ by default) and its articles/. */
export function projectSeeds(directory: string = paths.seeds): SeedSources {
  return { files: seedFilesIn(directory), articlesDir: join(directory, "articles") };
}

/** Every file on disk or in the graph, with what the graph has of it. */
export async function seedStatus(
  driver: Driver,
  database: string | undefined,
  files: readonly SeedFile[],
): Promise<FileStatus[]> {
  const { records } = await driver.executeQuery(
    `MATCH (f:Internal:SeedFile)
     CALL (f) {
       OPTIONAL MATCH (a:Internal:SeedApplication {path: f.path})
       RETURN a ORDER BY a.at DESC LIMIT 1
     }
     RETURN f.path AS file, f.hash AS hash, f.facts AS facts, a {.*, at: toString(a.at)} AS last`,
    {},
    { database, routing: "READ" },
  );
  const applied = new Map(
    records.map((row) => [
      row.get("file") as string,
      {
        hash: row.get("hash") as string,
        facts: Number(row.get("facts")),
        last: plainLast(row.get("last")),
      },
    ]),
  );
  const statuses: FileStatus[] = files.map((file) => {
    const graph = applied.get(file.name);
    const state: FileState = !graph ? "pending" : graph.hash === file.hash ? "applied" : "changed";
    return {
      file: file.name,
      state,
      hash: file.hash,
      appliedHash: graph?.hash,
      facts: graph?.facts,
      last: graph?.last,
    };
  });
  const onDisk = new Set(files.map((file) => file.name));
  for (const [file, graph] of applied)
    if (!onDisk.has(file))
      statuses.push({
        file,
        state: "removed",
        appliedHash: graph.hash,
        facts: graph.facts,
        last: graph.last,
      });
  return statuses;
}

function plainLast(value: unknown): LastApplication | undefined {
  if (!value || typeof value !== "object") return undefined;
  const record = value as Record<string, unknown>;
  const number = (key: string) => Number(record[key] ?? 0);
  return {
    action: String(record.action),
    at: String(record.at),
    author: String(record.author),
    nodesCreated: number("nodesCreated"),
    nodesDeleted: number("nodesDeleted"),
    relationshipsCreated: number("relationshipsCreated"),
    relationshipsDeleted: number("relationshipsDeleted"),
    propertiesSet: number("propertiesSet"),
    propertiesRemoved: number("propertiesRemoved"),
  };
}

export interface FileFailure {
  file: string;
  problems: Problem[];
  /** A failure that is not a check: the transaction's error. */
  error?: string;
}

export interface SyncReport {
  schemaApplied: boolean;
  migrations: AppliedMigration[];
  applied: FileApplication[];
  failed: FileFailure[];
  rebuilt: boolean;
}

export interface SyncOptions {
  /** Who applies (the audit trail); the OS user by default. */
  author: string;
  sources?: SeedSources;
  /**
   * "all": check every file to apply first and apply none if one fails (`npm run seed`);
   * "each": apply the files that pass and report the others (`npm start`, which serves the
   * graph as it is rather than not at all).
   */
  policy: "all" | "each";
  /** Say what would change, then roll everything back. */
  dryRun?: boolean;
  rules?: DerivationRules;
  onApplied?: (application: FileApplication) => void;
  onMigration?: (migration: AppliedMigration) => void;
  onRebuild?: (progress: RebuildProgress) => void;
}

export async function syncGraph(
  driver: Driver,
  database: string | undefined,
  options: SyncOptions,
): Promise<SyncReport> {
  const schemaApplied = options.dryRun ? false : await syncSchema(driver, database);
  const migrations = options.dryRun
    ? []
    : await migrate(driver, database, undefined, options.onMigration);
  const rules = options.rules ?? loadDerivationRules();
  // A rename whose keys were still being rewritten when the last run stopped.
  if (!options.dryRun) await rekeyRenamed(driver, database, { rules });
  const { applied, failed } = await syncSeedFiles(driver, database, { ...options, rules });
  let rebuilt = false;
  if (!options.dryRun && (await recordedDerivedHash(driver, database)) !== rules.hash) {
    await rebuildDerived(driver, database, { rules, onProgress: options.onRebuild });
    rebuilt = true;
  }
  if (!options.dryRun) await driver.executeQuery("CALL db.awaitIndexes(120)", {}, { database });
  return { schemaApplied, migrations, applied, failed, rebuilt };
}

/** cypher/schema.cypher when its hash differs from the one recorded in the graph. */
export async function syncSchema(driver: Driver, database: string | undefined): Promise<boolean> {
  const hash = createHash("sha256").update(readFileSync(paths.schemaCypher)).digest("hex");
  const { records } = await driver.executeQuery(
    "OPTIONAL MATCH (s:Internal:SchemaState {key: 'schema'}) RETURN s.hash AS hash",
    {},
    { database, routing: "READ" },
  );
  if (records[0]?.get("hash") === hash) return false;
  await applyScriptFile(driver, paths.schemaCypher, database);
  await driver.executeQuery(
    "MERGE (s:Internal:SchemaState {key: 'schema'}) SET s.hash = $hash, s.appliedAt = datetime()",
    { hash },
    { database },
  );
  return true;
}

/**
 * Checks `targets` as they would be applied after the project's other pending files, without
 * writing (`npm run seed -- --check`): a target replaces the project file of its name.
 */
export async function checkSeedFiles(
  driver: Driver,
  database: string | undefined,
  options: { targets: SeedFile[]; sources: SeedSources; rules?: DerivationRules },
): Promise<Problem[]> {
  const names = new Set(options.targets.map((file) => file.name));
  const files = [
    ...options.sources.files.filter((file) => !names.has(file.name)),
    ...options.targets,
  ];
  const pending = pendingFacts(files);
  const rules = options.rules ?? loadDerivationRules();
  const problems: Problem[] = [];
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    for (const file of options.targets)
      problems.push(
        ...(await session.executeRead((tx) =>
          checkInTransaction(tx, file, {
            rules,
            articlesDir: options.sources.articlesDir,
            author: "",
            pending,
            changing: files.map((other) => other.name).filter((name) => name !== file.name),
          }),
        )),
      );
  } finally {
    await session.close();
  }
  return problems;
}

async function syncSeedFiles(
  driver: Driver,
  database: string | undefined,
  options: SyncOptions & { rules: DerivationRules },
): Promise<{ applied: FileApplication[]; failed: FileFailure[] }> {
  const sources = options.sources ?? projectSeeds();
  const statuses = await seedStatus(driver, database, sources.files);
  const byName = new Map(sources.files.map((file) => [file.name, file]));
  // Retractions first, so the facts they take out are gone before others are checked.
  const work: SeedFile[] = [
    ...statuses.filter((s) => s.state === "removed").map((s) => emptySeedFile(s.file)),
    ...statuses
      .filter((s) => s.state === "pending" || s.state === "changed")
      .map((s) => byName.get(s.file) as SeedFile),
  ];
  if (work.length === 0) return { applied: [], failed: [] };

  const legacy = await hasLegacySeedState(driver, database);
  const pending = pendingFacts(work);
  const changing = new Set(work.map((file) => file.name));
  const applyOptions = (file: SeedFile): ApplyOptions => ({
    rules: options.rules,
    articlesDir: sources.articlesDir,
    author: options.author,
    pending,
    changing: [...changing].filter((name) => name !== file.name),
    ignoreBase: legacy,
  });

  const failed: FileFailure[] = [];
  if (options.policy === "all" || options.dryRun) {
    const session = driver.session({ database, defaultAccessMode: "READ" });
    try {
      for (const file of work) {
        const problems = await session.executeRead((tx) =>
          checkInTransaction(tx, file, applyOptions(file)),
        );
        if (problems.length > 0) failed.push({ file: file.name, problems });
      }
    } finally {
      await session.close();
    }
    if (failed.length > 0) return { applied: [], failed };
  }

  const applied: FileApplication[] = [];
  if (options.dryRun) {
    const session = driver.session({ database, defaultAccessMode: "WRITE" });
    const tx = await session.beginTransaction();
    try {
      for (const file of work) {
        const application = await applySeedFile(tx, file, { ...applyOptions(file), check: false });
        applied.push(application);
        options.onApplied?.(application);
      }
    } finally {
      await tx.rollback();
      await session.close();
    }
    return { applied, failed };
  }

  for (const file of work) {
    const session = driver.session({ database, defaultAccessMode: "WRITE" });
    try {
      const application = await session.executeWrite((tx) =>
        applySeedFile(tx, file, applyOptions(file)),
      );
      applied.push(application);
      changing.delete(file.name);
      options.onApplied?.(application);
    } catch (error) {
      // Its facts are not stated after all: later files may not lean on them.
      for (const [key, entries] of pending)
        pending.set(
          key,
          entries.filter((entry) => entry.file !== file.name),
        );
      if (error instanceof SeedCheckError)
        failed.push({ file: file.name, problems: error.problems });
      else
        failed.push({
          file: file.name,
          problems: [],
          error: error instanceof Error ? error.message : String(error),
        });
      if (options.policy === "all") break;
    } finally {
      await session.close();
    }
    // After the file's commit, a rename too big for its transaction: the keys that hold the
    // name, a slice at a time (a failure here is Neo4j's, not the file's: it is thrown).
    if (applied.at(-1)?.file === file.name)
      await rekeyRenamed(driver, database, { rules: options.rules });
  }
  if (legacy && failed.length === 0) await dropLegacySeedState(driver, database);
  return { applied, failed };
}

/** Every fact of these files, with the files that state it. */
function pendingFacts(files: readonly SeedFile[]): Map<string, PendingFact[]> {
  const pending = new Map<string, PendingFact[]>();
  for (const file of files)
    for (const fact of file.facts.facts.values()) {
      const key = factKey(fact);
      pending.set(key, [...(pending.get(key) ?? []), { fact, file: file.name }]);
    }
  return pending;
}

/**
 * A graph seeded before the ledger carries `(:Internal:SeedState)`: what it holds was
 * written by seeds, so nothing in it is a "base" to restore when a fact is retracted.
 */
async function hasLegacySeedState(driver: Driver, database: string | undefined): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "RETURN EXISTS { (:Internal:SeedState) } AS legacy",
    {},
    { database, routing: "READ" },
  );
  return records[0]?.get("legacy") === true;
}

async function dropLegacySeedState(driver: Driver, database: string | undefined): Promise<void> {
  await driver.executeQuery("MATCH (s:Internal:SeedState) DELETE s", {}, { database });
}
