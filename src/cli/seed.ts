/**
 * `npm run seed`: applies cypher/schema.cypher, seeds/*.cypher and cypher/derived.cypher to the
 * configured Neo4j,
 * with progress, then prints node counts by label and relationship counts by type.
 * A failing statement is reported as file:line and that file's changes are rolled back.
 */
import { countGraph, syncSeeds } from "../db/apply-scripts.ts";
import { withNeo4j } from "./with-neo4j.ts";

await withNeo4j(async (driver, target) => {
  const started = performance.now();
  // Always applies (that is what the command is for) and records the hash, so the next
  // `npm start` on this graph knows it is up to date.
  const { applied } = await syncSeeds(driver, target.database, {
    force: true,
    onFile: (file) =>
      console.log(
        `applied ${file.file.padEnd(48)} ${String(file.statements).padStart(4)} statements  ${file.ms.toFixed(0).padStart(6)} ms`,
      ),
  });
  const counts = await countGraph(driver, target.database);
  console.log(
    `\n${applied.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  console.log("Nodes by label");
  console.table(counts.labels);
  console.log("Relationships by type");
  console.table(counts.relationships);
});
