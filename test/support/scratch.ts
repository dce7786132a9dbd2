/**
 * The run's scratch Neo4j (started by test/global-setup.ts beside the seeded one): for
 * tests that need a whole graph to themselves — the generator, applying and retracting seed
 * files. One test file holds it at a time (a lock directory, created atomically), and finds
 * it empty: `acquireScratchGraph` deletes whatever the previous holder left, keeping the
 * schema. Its transaction memory limit is SCRATCH_TRANSACTION_LIMIT, far below the default.
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

export function scratchConnection(): ScratchConnection {
  return inject("scratchNeo4j");
}

export interface ScratchGraph {
  driver: Driver;
  connection: ScratchConnection;
  /** Deletes every node and relationship, in batches that fit the memory limit. */
  wipe(): Promise<void>;
  release(): Promise<void>;
}

/** Waits for the scratch graph (other files may hold it), empties it and hands it over. */
export async function acquireScratchGraph(timeoutMs = 600_000): Promise<ScratchGraph> {
  const connection = scratchConnection();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(connection.lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) throw new Error("the scratch Neo4j stayed busy");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
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
