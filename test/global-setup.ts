/**
 * Provides one real Neo4j per test run, through the same resolution as `npm start`:
 * NEO4J_URI if set, else a container runtime if one answers, else the embedded Neo4j on
 * free ports with a throwaway data directory. No password is fixed: unless NEO4J_PASSWORD is
 * set, the run's Neo4j gets a generated one (the embedded Neo4j keeps it in that data
 * directory, as for `npm start`). The schema and seeds are applied once; tests read the
 * seeded graph, and tests that write isolate their data (see test/support/).
 *
 * The seeding goes on after this set-up returns: the files that never read the seeded graph
 * (unit tests, and the long ones with a Neo4j of their own or a scratch one) start at once,
 * and a file that reads it waits until it is seeded (test/support/neo4j.ts), told through a
 * marker file that says "ok" or why seeding failed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config/index.ts";
import { createDriver } from "../src/db/driver.ts";
import { ensureLauncherBuilt } from "../src/db/embedded/build.ts";
import { startEmbeddedNeo4j } from "../src/db/embedded/launcher.ts";
import { resolveNeo4j } from "../src/db/resolve.ts";
import { syncGraph } from "../src/ingest/sync.ts";
import type { Neo4jConnection } from "./support/neo4j.ts";
import { SCRATCH_TRANSACTION_LIMIT, type ScratchConnection } from "./support/scratch.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    scratchNeo4j: ScratchConnection[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "drg-test-neo4j-"));
  const config = loadConfig({
    ...process.env,
    NEO4J_BOLT_PORT: "0",
    NEO4J_HTTP_PORT: "0",
    NEO4J_DATA_DIR: dataDir,
  });
  const started = Date.now();
  // The launcher is built once (Maven, on a fresh clone) before three servers start from it.
  await ensureLauncherBuilt((message) => console.log(`[neo4j] ${message}`));
  const scratchDir = mkdtempSync(join(tmpdir(), "drg-test-scratch-"));
  // Two more Neo4j servers for the tests that need a whole graph to themselves (the
  // generator, applying and retracting seed files, migrations), each held by one test file
  // at a time (test/support/scratch.ts): two, so that those files do not all queue for one.
  // Their transaction memory limit is small, so that writing derived data for a whole graph
  // in one transaction fails at a small scale, as it would on a big graph at the default.
  const scratchesStarting = [1, 2].map((n) =>
    startEmbeddedNeo4j({
      boltPort: 0,
      httpPort: 0,
      dataDir: join(scratchDir, `scratch-${n}`, "data"),
      heap: "512m",
      pageCache: "64m",
      settings: {
        "db.memory.transaction.max": SCRATCH_TRANSACTION_LIMIT,
        // Their graphs are wiped and refilled many times a file (the apply tests: two dozen
        // times), and after each, every cached plan was out of date and planned again: a
        // second or two a wipe. A plan is kept here instead; acquiring a server clears the
        // plans of its previous holder's graph, and a test whose point is a plan clears
        // them itself (test/support/scratch.ts).
        "dbms.cypher.min_replan_interval": "1h",
      },
      log: () => {},
    }),
  );
  const target = await resolveNeo4j(config.neo4j, (message) => console.log(`[neo4j] ${message}`));
  const scratches = await Promise.all(scratchesStarting);
  const seededMarker = join(dataDir, "seeded");
  const seeding = (async () => {
    const driver = createDriver(target, config.neo4j);
    try {
      await driver.verifyConnectivity();
      const report = await syncGraph(driver, target.database, {
        author: "test run",
        policy: "all",
      });
      if (report.failed.length > 0)
        throw new Error(`seed files failed: ${JSON.stringify(report.failed, null, 2)}`);
    } finally {
      await driver.close();
    }
  })().then(
    () => {
      writeFileSync(seededMarker, "ok");
      console.log(
        `[neo4j] ${target.source} Neo4j seeded after ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    (error: unknown) =>
      writeFileSync(seededMarker, error instanceof Error ? error.message : String(error)),
  );
  console.log(
    `[neo4j] ${target.source} Neo4j and two scratch ones ready after ${((Date.now() - started) / 1000).toFixed(1)} s; seeding goes on`,
  );

  project.provide("neo4j", {
    source: target.source,
    uri: target.uri,
    httpUrl: target.httpUrl ?? null,
    username: target.username,
    password: target.password,
    database: target.database ?? null,
    dataDir,
    seededMarker,
  });

  project.provide(
    "scratchNeo4j",
    scratches.map((scratch, index) => ({
      uri: scratch.boltUri,
      username: "neo4j",
      password: scratch.password,
      lockDir: join(scratchDir, `lock-${index + 1}`),
    })),
  );

  return async () => {
    await seeding;
    await Promise.all([target.stop(), ...scratches.map((scratch) => scratch.stop())]);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(scratchDir, { recursive: true, force: true });
  };
}
