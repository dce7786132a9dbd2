/**
 * Loading a generated dataset into a running Neo4j: only into an empty database or one
 * holding an earlier generated dataset (dataset-marker.ts), rows streamed chunk by chunk
 * with the next chunk generated while the last one commits, then the indexes, the counts,
 * and the marker set complete.
 */
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { applyScriptFile } from "../db/apply-scripts.ts";
import { splitCypherScript } from "../db/cypher-script.ts";
import { countGraph } from "../db/graph-counts.ts";
import { loadDerivationRules, recordDerivedHash, recordedDerivedHash } from "../ingest/derive.ts";
import { recordMigrationsAsCurrent } from "../ingest/migrations.ts";
import { type DatasetInfo, inspectDatabase, markComplete, markStarted } from "./dataset-marker.ts";
import { DEFAULT_SEED, generateGraph } from "./model.ts";
import { Progress } from "./progress.ts";
import { GraphWriter, type PendingChunk } from "./writer.ts";

/** The load was refused to protect data that is not a generated dataset. */
export class DatasetRefusedError extends Error {
  override name = "DatasetRefusedError";
}

/** Rows per transaction: small enough that generating the next chunk overlaps its commit. */
const CHUNK_ROWS = 20_000;

/** Long enough for any index on a store of millions of nodes; a load has no client waiting. */
const INDEX_TIMEOUT_MS = 3_600_000;

export interface LoadOptions {
  meetings: number;
  seed?: number;
  log?: (line: string) => void;
  /** Rows per transaction; fewer for a server with a small transaction memory limit. */
  chunkRows?: number;
}

/**
 * Generates into an already-running Neo4j, unless it already holds this very dataset,
 * complete. Replaces another generated dataset; refuses anything else.
 */
export async function generateInto(
  driver: Driver,
  database: string | undefined,
  options: LoadOptions,
): Promise<DatasetInfo> {
  const { meetings, seed = DEFAULT_SEED, log = logToStderr } = options;
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
  await markStarted(driver, database, { meetings, seed });
  await writeRows(driver, database, { meetings, seed, chunkRows: options.chunkRows }, log);
  const counts = await completeDataset(driver, database, started, log);
  return { meetings, seed, counts };
}

async function writeRows(
  driver: Driver,
  database: string | undefined,
  {
    meetings,
    seed,
    chunkRows = CHUNK_ROWS,
  }: { meetings: number; seed: number; chunkRows?: number },
  log: (line: string) => void,
): Promise<void> {
  const writer = new GraphWriter(driver, database);
  const progress = new Progress(meetings, log);
  let pending: PendingChunk | undefined;
  for (const chunk of generateGraph({ meetings, seed, chunkRows })) {
    // The previous chunk commits before this one starts: relationships refer to its nodes.
    if (pending) progress.add(await pending.done);
    pending = await writer.write(chunk);
    progress.meetingsDone = chunk.meetingsDone;
  }
  if (pending) progress.add(await pending.done);
  progress.finish();
}

/**
 * After the rows: the schema's other indexes, their population, the counts, and the mark
 * that the dataset is complete. Each index is created in its own transaction with its own
 * long timeout: on the 1M store, creating them in one transaction ran past the server's
 * default transaction timeout (60 s) and failed the whole load at its last step.
 */
async function completeDataset(
  driver: Driver,
  database: string | undefined,
  started: number,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  log("generate: building the indexes");
  const indexes = splitCypherScript(readFileSync(paths.schemaCypher, "utf8")).filter(
    (statement) => !isConstraint(statement.cypher),
  );
  const longRunning = { database, transactionConfig: { timeout: INDEX_TIMEOUT_MS } };
  for (const statement of indexes) await driver.executeQuery(statement.cypher, {}, longRunning);
  await driver.executeQuery("CALL db.awaitIndexes(3600)", {}, longRunning);
  const counts = await countByLabelAndType(driver, database);
  // The generator writes the derived data the rules compute (a test pins them together),
  // so the graph follows the current rules: no rebuild at the first start on it.
  await recordDerivedHash(driver, database, loadDerivationRules().hash);
  // Written in the current model: no migration has anything to change in it.
  await recordMigrationsAsCurrent(driver, database);
  const seconds = (performance.now() - started) / 1000;
  await markComplete(driver, database, counts, seconds);
  log(`generate: complete in ${formatDuration(seconds)}`);
  return counts;
}

/**
 * A dataset completed before the graph recorded which derivation rules and migrations it
 * follows: the generator of its version writes what the current rules compute (a test pins
 * the two) in the current model, so record them rather than rebuild millions of keys at the
 * first start on it.
 */
export async function recordCurrentRules(
  driver: Driver,
  database: string | undefined,
): Promise<void> {
  if ((await recordedDerivedHash(driver, database)) === null)
    await recordDerivedHash(driver, database, loadDerivationRules().hash);
  const { records } = await driver.executeQuery(
    "RETURN EXISTS { (:Internal:Migration) } AS any",
    {},
    { database },
  );
  if (records[0]?.get("any") !== true) await recordMigrationsAsCurrent(driver, database);
}

/** A schema statement that creates a constraint (after any comment lines before it). */
const isConstraint = (cypher: string) =>
  /^(?:\s*\/\/[^\n]*\n)*\s*CREATE\s+CONSTRAINT\b/i.test(cypher);

/** Nodes by label and relationships by type in one flat record (the marker's countsJson). */
async function countByLabelAndType(
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

export function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m ? `${m}m ${String(s).padStart(2, "0")}s` : `${s}s`;
}
