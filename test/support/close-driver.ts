/**
 * A setup file of every test file: closes the file's test driver (test/support/neo4j.ts), if
 * the file used one, after its tests. It does not import that module, so a file that never
 * reads the run's Neo4j does not wait for it to be seeded.
 */
import { afterAll } from "vitest";

const CLOSE_TEST_DRIVER = Symbol.for("diplomatic-relations-graph.closeTestDriver");

afterAll(async () => {
  await (globalThis as { [CLOSE_TEST_DRIVER]?: () => Promise<void> })[CLOSE_TEST_DRIVER]?.();
});
