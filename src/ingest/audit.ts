/**
 * The audit trail of seeding: one `(:Internal:SeedApplication)` node per file applied,
 * corrected or retracted, with who did it, the file's hashes and what changed. Readable with
 * Cypher and listed by `npm run seed -- --status`.
 */
import type { WriteCounts } from "./graph-writes.ts";
import type { Tx } from "./tx.ts";

export interface ApplicationRecord extends WriteCounts {
  path: string;
  action: "apply" | "correct" | "retract";
  hash: string;
  previousHash: string | null;
  author: string;
  derivedUpdates: number;
  ms: number;
}

/** The audit trail: one node per application, readable with Cypher and in --status. */
export async function recordApplication(tx: Tx, application: ApplicationRecord): Promise<void> {
  await tx.run(`CREATE (a:Internal:SeedApplication) SET a = $application, a.at = datetime()`, {
    application,
  });
}
