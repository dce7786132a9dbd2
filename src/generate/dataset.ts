/**
 * The lifecycle of a generated dataset: where it lives, when it may be loaded, and the
 * `(:Dataset {id: 'generated'})` marker that says a load finished. The marker is written
 * with `complete: false` before the first row and set complete only at the end, so an
 * interrupted load is recognised and redone. A database holding anything else (the
 * articles' seeded graph, or data without the marker) is never written to.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../config/index.ts";
import { paths } from "../config/paths.ts";
import { applyScriptFile } from "../db/apply-scripts.ts";
import { splitCypherScript } from "../db/cypher-script.ts";
import { startEmbeddedNeo4j } from "../db/embedded/launcher.ts";
import { countGraph } from "../db/graph-counts.ts";
import type { Neo4jTarget } from "../db/resolve.ts";
import { loadDerivationRules, recordDerivedHash, recordedDerivedHash } from "../ingest/derive.ts";
import { recordMigrationsAsCurrent } from "../ingest/migrations.ts";
import { GENERATOR_VERSION, generateGraph } from "./model.ts";
import { Progress } from "./progress.ts";
import { GraphWriter, type PendingChunk } from "./writer.ts";

export interface DatasetInfo {
  meetings: number;
  seed: number;
  counts: Record<string, number>;
}

export const DEFAULT_SEED = 1;

/** A generated dataset's own data directory (git-ignored), one per (meetings, seed). */
export function datasetDataDir(meetings: number, seed: number): string {
  return join(paths.root, ".data", "scale", `meetings-${meetings}-seed-${seed}`);
}

/** Page cache sized for the store (about 3.4 KB per meeting), at least 256 MB. */
export function pageCacheFor(meetings: number): string {
  const megabytes = Math.max(256, Math.ceil((meetings * 4096) / 1_048_576 / 256) * 256);
  return megabytes >= 1024 && megabytes % 1024 === 0 ? `${megabytes / 1024}g` : `${megabytes}m`;
}

/** The load was refused to protect data that is not a generated dataset. */
export class DatasetRefusedError extends Error {
  override name = "DatasetRefusedError";
}

type DatabaseState =
  | { kind: "empty" }
  | { kind: "generated"; complete: boolean; matches: boolean; info: DatasetInfo }
  | { kind: "foreign"; detail: string };

/** Rows per transaction: small enough that generating the next chunk overlaps its commit. */
const CHUNK_ROWS = 20_000;

const SEEDED_ARTICLE = "article:000-annan-meets-khatami";

export async function inspectDatabase(
  driver: Driver,
  database: string | undefined,
  wanted: { meetings: number; seed: number },
): Promise<DatabaseState> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (d:Dataset {id: 'generated'})
     WITH d LIMIT 1
     RETURN d {.*} AS marker,
            EXISTS { MATCH (n) WHERE NOT n:Dataset } AS hasData,
            EXISTS { MATCH (a:Article {id: $seededArticle}) } AS seeded`,
    { seededArticle: SEEDED_ARTICLE },
    { database, routing: "READ" },
  );
  const record = records[0];
  const marker = record?.get("marker") as Record<string, unknown> | null;
  const hasData = record?.get("hasData") === true;
  // A generated dataset may carry seed files applied on top (the ingest bench does that):
  // its marker says what it is. Without one, the articles' graph is not ours to replace.
  if (!marker && record?.get("seeded") === true) {
    return { kind: "foreign", detail: "it holds the articles' seeded graph" };
  }
  if (!marker) {
    return hasData
      ? { kind: "foreign", detail: "it holds data without the generated-dataset marker" }
      : { kind: "empty" };
  }
  const info: DatasetInfo = {
    meetings: toNumber(marker.meetings),
    seed: toNumber(marker.seed),
    counts:
      typeof marker.countsJson === "string"
        ? (JSON.parse(marker.countsJson) as Record<string, number>)
        : {},
  };
  return {
    kind: "generated",
    complete: marker.complete === true,
    matches:
      info.meetings === wanted.meetings &&
      info.seed === wanted.seed &&
      toNumber(marker.generatorVersion) === GENERATOR_VERSION,
    info,
  };
}

/** Generates into an already-running Neo4j (the CLI with NEO4J_URI uses this). */
export async function generateInto(
  driver: Driver,
  database: string | undefined,
  options: {
    meetings: number;
    seed?: number;
    log?: (line: string) => void;
    /** Rows per transaction; fewer for a server with a small transaction memory limit. */
    chunkRows?: number;
  },
): Promise<DatasetInfo> {
  const meetings = options.meetings;
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const state = await inspectDatabase(driver, database, { meetings, seed });
  if (state.kind === "foreign") {
    throw new DatasetRefusedError(
      `Refusing to load generated data into this Neo4j: ${state.detail}. Use an empty database, or leave NEO4J_URI unset to generate into .data/scale/.`,
    );
  }
  if (state.kind === "generated") {
    if (state.complete && state.matches) {
      log(`generate: dataset of ${meetings} meetings (seed ${seed}) is already complete`);
      return state.info;
    }
    log(
      `generate: removing ${state.complete ? `a different generated dataset (${state.info.meetings} meetings, seed ${state.info.seed})` : "an incomplete generated dataset"}`,
    );
    await deleteEverything(driver, database);
  }

  const started = performance.now();
  // Only the uniqueness constraints before the load: the writer finds relationship ends
  // through them. The other indexes (full-text, sort keys, list keys) are built once at the
  // end, which Neo4j does in bulk, instead of being updated row by row during the load.
  await applyScriptFile(driver, paths.schemaCypher, database, isConstraint);
  await driver.executeQuery(
    `CREATE (:Dataset {id: 'generated', meetings: toInteger($meetings), seed: toInteger($seed),
       generatorVersion: toInteger($version), complete: false, startedAt: datetime()})`,
    { meetings, seed, version: GENERATOR_VERSION },
    { database },
  );

  const writer = new GraphWriter(driver, database);
  const progress = new Progress(meetings, log);
  let pending: PendingChunk | undefined;
  for (const chunk of generateGraph({
    meetings,
    seed,
    chunkRows: options.chunkRows ?? CHUNK_ROWS,
  })) {
    // The previous chunk commits before this one starts: relationships refer to its nodes.
    if (pending) progress.add(await pending.done);
    pending = await writer.write(chunk);
    progress.meetingsDone = chunk.meetingsDone;
  }
  if (pending) progress.add(await pending.done);
  progress.finish();

  const counts = await completeDataset(driver, database, started, log);
  return { meetings, seed, counts };
}

/** Long enough for any index on a store of millions of nodes; a load has no client waiting. */
const INDEX_TIMEOUT_MS = 3_600_000;

/**
 * After the rows: the schema's other indexes, their population, the counts, and the mark
 * that the dataset is complete. Each index is created in its own transaction with its own
 * long timeout: on the 1M store, creating them in one transaction ran past the server's
 * default transaction timeout (60 s) and failed the whole load at its last step.
 */
export async function completeDataset(
  driver: Driver,
  database: string | undefined,
  started: number,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  log("generate: building the indexes");
  const indexes = splitCypherScript(readFileSync(paths.schemaCypher, "utf8")).filter(
    (statement) => !isConstraint(statement.cypher),
  );
  for (const statement of indexes) {
    await driver.executeQuery(
      statement.cypher,
      {},
      {
        database,
        transactionConfig: { timeout: INDEX_TIMEOUT_MS },
      },
    );
  }
  await driver.executeQuery(
    "CALL db.awaitIndexes(3600)",
    {},
    {
      database,
      transactionConfig: { timeout: INDEX_TIMEOUT_MS },
    },
  );
  const counts = await countByLabelAndType(driver, database);
  // The generator writes the derived data the rules compute (a test pins them together),
  // so the graph follows the current rules: no rebuild at the first start on it.
  await recordDerivedHash(driver, database, loadDerivationRules().hash);
  // Written in the current model: no migration has anything to change in it.
  await recordMigrationsAsCurrent(driver, database);
  const seconds = (performance.now() - started) / 1000;
  await driver.executeQuery(
    `MATCH (d:Dataset {id: 'generated'})
     SET d.complete = true, d.countsJson = $countsJson, d.loadSeconds = $seconds, d.completedAt = datetime()`,
    { countsJson: JSON.stringify(counts), seconds },
    { database },
  );
  log(`generate: complete in ${formatDuration(seconds)}`);
  return counts;
}

/** A schema statement that creates a constraint (after any comment lines before it). */
const isConstraint = (cypher: string) =>
  /^(?:\s*\/\/[^\n]*\n)*\s*CREATE\s+CONSTRAINT\b/i.test(cypher);

/**
 * Starts an embedded Neo4j on the dataset's own data dir (free ports), generating the
 * dataset first if it is absent or incomplete. The caller stops the returned target.
 */
export async function openScaleDataset(options: {
  meetings: number;
  seed?: number;
  pageCache?: string;
  heap?: string;
  dataDir?: string;
  log?: (line: string) => void;
}): Promise<{ target: Neo4jTarget; info: DatasetInfo; generatedNow: boolean }> {
  const meetings = options.meetings;
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dataDir = options.dataDir ?? datasetDataDir(meetings, seed);
  const password = loadConfig().neo4j.password;

  let target = await startTarget(dataDir, password, options, meetings, log);
  try {
    let driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
    try {
      const state = await inspectDatabase(driver, undefined, { meetings, seed });
      if (state.kind === "generated" && state.complete && state.matches) {
        // A dataset completed before the graph recorded which derivation rules it follows:
        // the generator of its version writes what the current rules compute (a test pins
        // the two), so record them rather than rebuild millions of keys at the first start.
        if ((await recordedDerivedHash(driver, undefined)) === null)
          await recordDerivedHash(driver, undefined, loadDerivationRules().hash);
        const { records } = await driver.executeQuery(
          "RETURN EXISTS { (:Internal:Migration) } AS any",
        );
        if (records[0]?.get("any") !== true) await recordMigrationsAsCurrent(driver, undefined);
        return { target, info: state.info, generatedNow: false };
      }
      if (state.kind === "generated") {
        // Our own directory with a stale or interrupted load: starting afresh is faster
        // than deleting millions of nodes through Cypher.
        log(`generate: discarding the incomplete dataset in ${dataDir}`);
        await driver.close();
        await target.stop();
        rmSync(dataDir, { recursive: true, force: true });
        target = await startTarget(dataDir, password, options, meetings, log);
        driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
      }
      const info = await generateInto(driver, undefined, { meetings, seed, log });
      return { target, info, generatedNow: true };
    } finally {
      await driver.close();
    }
  } catch (error) {
    await target.stop();
    throw error;
  }
}

async function startTarget(
  dataDir: string,
  password: string | undefined,
  options: { pageCache?: string; heap?: string },
  meetings: number,
  log: (line: string) => void,
): Promise<Neo4jTarget> {
  const pageCache = options.pageCache ?? pageCacheFor(meetings);
  const heap = options.heap ?? "2g";
  const embedded = await startEmbeddedNeo4j({
    boltPort: 0,
    httpPort: 0,
    dataDir,
    password,
    heap,
    pageCache,
    log,
  });
  log(
    `generate: embedded Neo4j ${embedded.version} on ${dataDir} (heap ${heap}, page cache ${pageCache}) at ${embedded.boltUri}`,
  );
  return {
    source: "embedded",
    uri: embedded.boltUri,
    username: "neo4j",
    password: embedded.password,
    database: undefined,
    httpUrl: embedded.httpUrl,
    stop: embedded.stop,
  };
}

/** Node counts by label and relationship counts by type, from Neo4j's count store. */
/** Nodes by label and relationships by type in one flat record (the marker's countsJson). */
export async function countByLabelAndType(
  driver: Driver,
  database: string | undefined,
): Promise<Record<string, number>> {
  const { labels, relationships } = await countGraph(driver, database);
  const { Dataset: _marker, ...data } = labels;
  return { ...data, ...relationships };
}

async function deleteEverything(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    // Relationships first: DETACH DELETE of a hub country takes its hundreds of thousands
    // of relationships into one batch, past the transaction memory limit.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
}

export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m ? `${m}m ${String(s).padStart(2, "0")}s` : `${s}s`;
}
