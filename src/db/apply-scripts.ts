/**
 * Applies Cypher script files: each file in one write transaction, so a failing statement
 * rolls back everything that file did and the error names the file and line.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { splitCypherScript } from "./cypher-script.ts";

export class ScriptError extends Error {
  override name = "ScriptError";
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, detail: string, options?: ErrorOptions) {
    super(`${file}:${line}: ${detail}`, options);
    this.file = file;
    this.line = line;
  }
}

export interface AppliedFile {
  file: string;
  statements: number;
  ms: number;
}

/** Applies `file`, or only its statements that `only` accepts. */
export async function applyScriptFile(
  driver: Driver,
  file: string,
  database: string | undefined,
  only: (cypher: string) => boolean = () => true,
): Promise<AppliedFile> {
  const shown = relative(paths.root, file) || file;
  const statements = splitCypherScript(readFileSync(file, "utf8")).filter((statement) =>
    only(statement.cypher),
  );
  const started = performance.now();
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) {
        try {
          await tx.run(statement.cypher);
        } catch (error) {
          const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
          throw new ScriptError(shown, statement.line, message ?? "failed", { cause: error });
        }
      }
    });
  } finally {
    await session.close();
  }
  return { file: shown, statements: statements.length, ms: performance.now() - started };
}

/**
 * The schema first, then every seed script in lexical order (their numeric prefixes), then
 * the derived list keys (cypher/derived.cypher), which depend on what the seeds wrote.
 */
export function seedFiles(): string[] {
  const seeds = existsSync(paths.seeds)
    ? readdirSync(paths.seeds)
        .filter((name) => name.endsWith(".cypher"))
        .sort()
        .map((name) => join(paths.seeds, name))
    : [];
  return [paths.schemaCypher, ...seeds, paths.derivedCypher].filter((file) => existsSync(file));
}

export async function applySchemaAndSeeds(
  driver: Driver,
  database: string | undefined,
  onFile: (applied: AppliedFile) => void = () => {},
): Promise<AppliedFile[]> {
  const applied: AppliedFile[] = [];
  for (const file of seedFiles()) {
    const result = await applyScriptFile(driver, file, database);
    applied.push(result);
    onFile(result);
  }
  await awaitIndexes(driver, database);
  return applied;
}

/**
 * The content hash of everything applySchemaAndSeeds applies: file names and contents, in
 * order. Recorded in the graph on a node of its own, `(:Internal:SeedState)`; two labels so
 * that counts of the data labels (which carry one) never include it.
 */
export function seedsHash(files = seedFiles()): string {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(paths.root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

export interface SeedOutcome {
  /** The files applied; empty when the graph already had these seeds. */
  applied: AppliedFile[];
  hash: string;
}

/**
 * Brings the graph up to the seeds: applies schema and seeds when they changed since they
 * were last applied to this graph (or when `force`d, as `npm run seed` does) and records
 * their hash, so a warm start costs one lookup instead of re-running every statement.
 */
export async function syncSeeds(
  driver: Driver,
  database: string | undefined,
  options: { force?: boolean; onFile?: (applied: AppliedFile) => void } = {},
): Promise<SeedOutcome> {
  const hash = seedsHash();
  if (!options.force) {
    const { records } = await driver.executeQuery(
      "OPTIONAL MATCH (s:SeedState {id: 'seed-state'}) RETURN s.hash AS hash",
      {},
      { database, routing: "READ" },
    );
    if (records[0]?.get("hash") === hash) return { applied: [], hash };
  }
  const applied = await applySchemaAndSeeds(driver, database, options.onFile);
  await driver.executeQuery(
    `MERGE (s:Internal:SeedState {id: 'seed-state'})
     SET s.hash = $hash, s.appliedAt = datetime(), s.files = $files`,
    { hash, files: applied.map((file) => file.file) },
    { database },
  );
  return { applied, hash };
}

/** Full-text indexes fill asynchronously; wait so the first search sees every seed. */
async function awaitIndexes(driver: Driver, database: string | undefined): Promise<void> {
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(
  driver: Driver,
  database: string | undefined,
): Promise<GraphCounts> {
  const labels = await driver.executeQuery(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label",
    {},
    { database, routing: "READ" },
  );
  const types = await driver.executeQuery(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type",
    {},
    { database, routing: "READ" },
  );
  return {
    labels: Object.fromEntries(labels.records.map((r) => [r.get("label"), Number(r.get("count"))])),
    relationships: Object.fromEntries(
      types.records.map((r) => [r.get("type"), Number(r.get("count"))]),
    ),
  };
}
