/**
 * The run's scratch Neo4j servers (two, started by test/global-setup.ts beside the seeded
 * one): for tests that need a whole graph to themselves — the generator, applying and
 * retracting seed files, migrations. One test file holds a server at a time (a lock
 * directory, created atomically), and finds it empty: `acquireScratchGraph` takes the first
 * free one and deletes whatever its previous holder left, keeping the schema. Their
 * transaction memory limit is SCRATCH_TRANSACTION_LIMIT, far below the default.
 */
import { mkdirSync, rmSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";

/** Small enough that derived data for a few hundred meetings in one transaction fails. */
export const SCRATCH_TRANSACTION_LIMIT = "8m";

export interface ScratchConnection {
  uri: string;
  username: string;
  password: string;
  lockDir: string;
}

export function scratchConnections(): ScratchConnection[] {
  return inject("scratchNeo4j");
}

export interface ScratchGraph {
  driver: Driver;
  connection: ScratchConnection;
  /** Deletes every node and relationship, in batches that fit the memory limit. */
  wipe(): Promise<void>;
  release(): Promise<void>;
}

/** Waits for a scratch graph (other files may hold them), empties it and hands it over. */
export async function acquireScratchGraph(timeoutMs = 600_000): Promise<ScratchGraph> {
  const deadline = Date.now() + timeoutMs;
  let connection: ScratchConnection | undefined;
  while (!connection) {
    connection = scratchConnections().find((candidate) => {
      try {
        mkdirSync(candidate.lockDir);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        return false;
      }
    });
    if (connection) break;
    if (Date.now() > deadline) throw new Error("the scratch Neo4j servers stayed busy");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
  );
  const wipe = async () => {
    const session = driver.session();
    try {
      // Relationships first, a few hundred a transaction: a hub's thousands would not fit one
      // node's batch, and 2,000 relationships with properties did not fit the 8 MB limit.
      await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 500 ROWS");
      await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 1000 ROWS");
    } finally {
      await session.close();
    }
  };
  try {
    await wipe();
    // Plans made for the previous holder's graph are not replanned here (the servers keep a
    // plan for an hour: test/global-setup.ts); this holder's are made for its own graph.
    await driver.executeQuery("CALL db.clearQueryCaches()");
  } catch (error) {
    await driver.close();
    rmSync(connection.lockDir, { recursive: true, force: true });
    throw error;
  }
  return {
    driver,
    connection,
    wipe,
    release: async () => {
      await driver.close();
      rmSync(connection.lockDir, { recursive: true, force: true });
    },
  };
}
