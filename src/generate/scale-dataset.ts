/**
 * A generated dataset in its own embedded Neo4j: one data directory per (meetings, seed),
 * git-ignored under .data/scale/ (or under another root: the datasets are large and may
 * live in another checkout). Opening it starts that Neo4j, as `npm start` would
 * (db/resolve.ts), and generates the dataset first if it is absent or incomplete. The
 * benches and the `generate` CLI come in through here.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { loadConfig } from "../config/index.ts";
import { paths } from "../config/paths.ts";
import { type Neo4jTarget, resolveNeo4j } from "../db/resolve.ts";
import { type DatasetInfo, inspectDatabase } from "./dataset-marker.ts";
import { generateInto, logToStderr, recordCurrentRules } from "./load.ts";
import { DEFAULT_SEED } from "./model.ts";

export type { DatasetInfo };
export { DEFAULT_SEED };

/** A dataset's own data directory, under `root` (.data/scale by default). */
export function datasetDataDir(
  meetings: number,
  seed: number,
  root = join(paths.root, ".data", "scale"),
): string {
  return join(root, `meetings-${meetings}-seed-${seed}`);
}

/** Page cache sized for the store (about 3.4 KB per meeting), at least 256 MB. */
export function pageCacheFor(meetings: number): string {
  const megabytes = Math.max(256, Math.ceil((meetings * 4096) / 1_048_576 / 256) * 256);
  return megabytes >= 1024 && megabytes % 1024 === 0 ? `${megabytes / 1024}g` : `${megabytes}m`;
}

export interface OpenOptions {
  meetings: number;
  seed?: number;
  /** By default sized for the store (pageCacheFor). */
  pageCache?: string;
  heap?: string;
  /** Where datasets live (`<root>/meetings-<N>-seed-<S>`); .data/scale by default. */
  dataRoot?: string;
  /** The dataset's own directory, overriding dataRoot (a test's temporary one). */
  dataDir?: string;
  /**
   * A running Neo4j to generate into (empty, or holding this very dataset) instead of
   * starting one on the dataset's directory: a test's scratch server. It is not ours to stop.
   */
  server?: Neo4jTarget;
  /** Rows per write transaction when generating (load.ts's default otherwise). */
  chunkRows?: number;
  log?: (line: string) => void;
}

export interface OpenDataset {
  /** The running Neo4j; the caller stops it. */
  target: Neo4jTarget;
  info: DatasetInfo;
  generatedNow: boolean;
}

/**
 * Starts an embedded Neo4j on the dataset's own data dir (free ports), generating the
 * dataset first if it is absent or incomplete. The caller stops the returned target.
 */
export async function openScaleDataset(options: OpenOptions): Promise<OpenDataset> {
  const { meetings, seed = DEFAULT_SEED, log = logToStderr } = options;
  const load = { meetings, seed, chunkRows: options.chunkRows, log };
  if (options.server) return openOnServer(options.server, load);
  const dataDir = options.dataDir ?? datasetDataDir(meetings, seed, options.dataRoot);
  const start = () => startNeo4j(dataDir, meetings, options, log);
  let target = await start();
  try {
    let driver = driverFor(target);
    try {
      const state = await inspectDatabase(driver, undefined, { meetings, seed });
      if (state.kind === "generated" && state.complete && state.matches) {
        await recordCurrentRules(driver, undefined);
        return { target, info: state.info, generatedNow: false };
      }
      if (state.kind === "generated") {
        // Our own directory with a stale or interrupted load: starting afresh is faster
        // than deleting millions of nodes through Cypher.
        log(`generate: discarding the incomplete dataset in ${dataDir}`);
        await driver.close();
        await target.stop();
        rmSync(dataDir, { recursive: true, force: true });
        target = await start();
        driver = driverFor(target);
      }
      const info = await generateInto(driver, undefined, load);
      return { target, info, generatedNow: true };
    } finally {
      await driver.close();
    }
  } catch (error) {
    await target.stop();
    throw error;
  }
}

async function openOnServer(
  server: Neo4jTarget,
  load: {
    meetings: number;
    seed: number;
    chunkRows: number | undefined;
    log: (line: string) => void;
  },
): Promise<OpenDataset> {
  const { meetings, seed } = load;
  const target: Neo4jTarget = { ...server, stop: async () => {} };
  const driver = driverFor(target);
  try {
    const state = await inspectDatabase(driver, target.database, { meetings, seed });
    if (state.kind === "generated" && state.complete && state.matches) {
      await recordCurrentRules(driver, target.database);
      return { target, info: state.info, generatedNow: false };
    }
    if (state.kind !== "empty")
      throw new Error(
        `generate: the Neo4j at ${target.uri} holds another graph (${state.kind === "foreign" ? state.detail : "another or an incomplete dataset"}); give an empty one`,
      );
    const info = await generateInto(driver, target.database, load);
    return { target, info, generatedNow: true };
  } finally {
    await driver.close();
  }
}

/** The embedded Neo4j of `npm start`, on the dataset's directory, free ports, its own sizes. */
async function startNeo4j(
  dataDir: string,
  meetings: number,
  options: Pick<OpenOptions, "pageCache" | "heap">,
  log: (line: string) => void,
): Promise<Neo4jTarget> {
  const pageCache = options.pageCache ?? pageCacheFor(meetings);
  const heap = options.heap ?? "2g";
  log(`generate: dataset in ${dataDir} (heap ${heap}, page cache ${pageCache})`);
  const settings = loadConfig().neo4j;
  return resolveNeo4j(
    {
      ...settings,
      provider: "embedded",
      uri: undefined,
      database: undefined,
      boltPort: 0,
      httpPort: 0,
      dataDir,
      heap,
      pageCache,
    },
    log,
  );
}

function driverFor(target: Neo4jTarget) {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
}
