/**
 * The order test files start in. Vitest starts the files that took longest last time first,
 * but a fresh clone has no last time: it falls back to the largest files first, which put the
 * small files that start processes of their own (a Neo4j, an API) at the end of the run, one
 * after another on a worker while the other sat idle. Here the files known to be long go
 * first, longest first (measured on a fresh clone); the rest follow in vitest's own order.
 * The files that share the scratch Neo4j servers are spread out: a third would wait.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Longest first. Paths relative to the project root. */
export const LONG_FILES = [
  // First: the files that never read the seeded graph (it is seeded while they run); these two
  // hold the two scratch servers.
  "src/ingest/apply.test.ts",
  "bench/benches.test.ts",
  "test/process-shutdown.test.ts",
  "src/ingest/grown-graph.test.ts",
  "src/data/plans.test.ts",
  "src/cli/cli.test.ts",
  "test/neo4j-browser.browser.test.ts",
  "test/explorer-ii.browser.test.ts",
  "cypher/queries/queries.test.ts",
  // The other holders of a scratch Neo4j, once the first two have had time to finish.
  "src/generate/load.test.ts",
  "src/ingest/migrations.test.ts",
  "test/hardening/fuzz.test.ts",
  "test/hardening/outage.test.ts",
];

export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = LONG_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return index === -1 ? LONG_FILES.length : index;
    };
    // Array.prototype.sort is stable: files of equal rank keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
