/**
 * Test access to the run's one real Neo4j (started by test/global-setup.ts).
 * Reads go against the seeded graph. A test that writes must isolate its data: give its
 * nodes a unique label from `isolationLabel()` and delete them afterwards.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { beforeAll, inject } from "vitest";
import { loadConfig } from "../../src/config/index.ts";
import { createDriver } from "../../src/db/driver.ts";
import { CypherExecutor, type Row } from "../../src/db/executor.ts";
import { countGraph, type GraphCounts } from "../../src/db/graph-counts.ts";
import { type SyncReport, syncGraph } from "../../src/ingest/sync.ts";

export interface Neo4jConnection {
  source: string;
  uri: string;
  httpUrl: string | null;
  username: string;
  password: string;
  database: string | null;
  /** The run's NEO4J_DATA_DIR (the embedded Neo4j's store and generated password). */
  dataDir: string;
  /** Written when seeding ends: "ok", or why it failed (test/global-setup.ts). */
  seededMarker: string;
}

/**
 * The graph is seeded while the first test files run (test/global-setup.ts): resolves once it
 * is, and fails with the reason if seeding failed.
 */
export async function seededGraph(): Promise<void> {
  const { seededMarker } = neo4jConnection();
  while (!existsSync(seededMarker)) await new Promise((resolve) => setTimeout(resolve, 200));
  const outcome = readFileSync(seededMarker, "utf8");
  if (outcome !== "ok") throw new Error(`the run's Neo4j could not be seeded: ${outcome}`);
}

// Every file that imports this module waits for the seeded graph before its own hooks and
// tests (imported first, this hook is registered before theirs). Loaded inside a test (a
// lazy import), it cannot register: such callers await seededGraph() themselves.
try {
  beforeAll(seededGraph, 600_000);
} catch {
  // not collecting: see above
}
const CLOSE_TEST_DRIVER = Symbol.for("diplomatic-relations-graph.closeTestDriver");
// Closed after the file by test/support/close-driver.ts, which does not import this module
// (it is a setup file of every file, and would make every file wait for the seeding).
(globalThis as { [CLOSE_TEST_DRIVER]?: () => Promise<void> })[CLOSE_TEST_DRIVER] = () =>
  closeTestDriver();

let driver: Driver | undefined;

export function neo4jConnection(): Neo4jConnection {
  return inject("neo4j");
}

/** One driver per test file; closed by test/support/close-driver.ts. */
export function testDriver(): Driver {
  if (!driver) {
    const c = neo4jConnection();
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password));
  }
  return driver;
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

export function database(): string | undefined {
  return neo4jConnection().database ?? undefined;
}

/** Runs a read query; Integers become numbers, temporal values ISO strings, nodes their properties. */
export function runReadQuery(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return testExecutor().read(cypher, params);
}

export function testExecutor(): CypherExecutor {
  return new CypherExecutor(testDriver(), { database: database(), timeoutMs: 10_000 });
}

/** Brings the graph up to the project's files again: nothing to do when they are applied. */
export function applySeeds(): Promise<SyncReport> {
  return syncGraph(testDriver(), database(), { author: "test", policy: "all" });
}

export function graphCounts(): Promise<GraphCounts> {
  return countGraph(testDriver(), database());
}

/** A label no other test uses, for data a test writes and removes. */
export function isolationLabel(prefix = "Test"): string {
  return `${prefix}_${randomUUID().replaceAll("-", "")}`;
}

/**
 * A real driver aimed at a port where no Neo4j listens (port 1), with short timeouts: what
 * the code sees during a database outage. Close it when done.
 */
export function unreachableNeo4j(): { driver: Driver; executor: CypherExecutor } {
  const driver = createDriver(
    {
      source: "uri",
      uri: "bolt://127.0.0.1:1",
      username: "neo4j",
      password: "unreachable",
      database: undefined,
      httpUrl: undefined,
      stop: async () => {},
    },
    { ...loadConfig({}).neo4j, maxRetryMs: 500, connectionTimeoutMs: 500 },
  );
  return {
    driver,
    executor: new CypherExecutor(driver, { database: undefined, timeoutMs: 1000, maxRetryMs: 500 }),
  };
}
