/**
 * Provides one real Neo4j per test run, through the same resolution as `npm start`:
 * NEO4J_URI if set, else a container runtime if one answers, else the embedded Neo4j on
 * free ports with a throwaway data directory. No password is fixed: unless NEO4J_PASSWORD is
 * set, the run's Neo4j gets a generated one (the embedded Neo4j keeps it in that data
 * directory, as for `npm start`). The schema and seeds are applied once; tests read the
 * seeded graph, and tests that write isolate their data (see test/support/).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config/index.ts";
import { applySchemaAndSeeds } from "../src/db/apply-scripts.ts";
import { createDriver } from "../src/db/driver.ts";
import { resolveNeo4j } from "../src/db/resolve.ts";
import type { Neo4jConnection } from "./support/neo4j.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
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
  const target = await resolveNeo4j(config.neo4j, (message) => console.log(`[neo4j] ${message}`));
  const driver = createDriver(target);
  try {
    await driver.verifyConnectivity();
    await applySchemaAndSeeds(driver, target.database);
  } finally {
    await driver.close();
  }
  console.log(
    `[neo4j] ${target.source} Neo4j seeded and ready after ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  project.provide("neo4j", {
    source: target.source,
    uri: target.uri,
    httpUrl: target.httpUrl ?? null,
    username: target.username,
    password: target.password,
    database: target.database ?? null,
    dataDir,
  });

  return async () => {
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
