import { defineConfig } from "vitest/config";
import LongFilesFirst from "./test/support/sequencer.ts";

// Every JVM of a test run (its three Neo4j servers, the ones tests start, Maven on a fresh clone)
// compiles with C1 only: they live minutes, and C2's optimizing compilations cost more CPU than
// they give back in that time, CPU that two cores share with the tests (bench/scale/README.md,
// "Measurements behind choices in the code"). Benchmarks and `npm start` keep the JVM's
// default. A JAVA_TOOL_OPTIONS of the caller's own is left as it is.
process.env.JAVA_TOOL_OPTIONS ??= "-XX:TieredStopAtLevel=1";

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for every package (graphql 16 has no exports map);
    // Vite would give our sources its ES build, a second "realm" whose schema objects the
    // libraries that Node loads (Apollo, graphql-query-complexity) refuse. One instance, as in
    // production.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: [
      "src/**/*.test.ts",
      "test/**/*.test.ts",
      "seeds/**/*.test.ts",
      "cypher/**/*.test.ts",
      "bench/**/*.test.ts",
      "web/**/*.test.ts",
    ],
    // One real Neo4j for the whole run (NEO4J_URI, a container, or the embedded default),
    // loaded with the schema and seeds once; see test/global-setup.ts.
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/support/close-driver.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: Neo4j needs one of them.
    maxWorkers: 2,
    // A worker keeps the modules it loaded from one test file to the next, instead of loading
    // Apollo, graphql, the driver and the app again for each of about ninety files (imports
    // were 9% of a run's time: bench/scale/README.md). What a file changes is its own: every
    // file opens and closes what it uses (test/support/close-driver.ts), no test mocks
    // modules, and the one check that needs a pristine graphql, codegen's, runs in a process
    // of its own.
    isolate: false,
    // The long files first, on a fresh clone too (test/support/sequencer.ts).
    sequence: { sequencer: LongFilesFirst },
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
