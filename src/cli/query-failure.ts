/**
 * What `npm run query` prints when Neo4j fails a library query: which query, and why in
 * Neo4j's own words. The API keeps Neo4j's messages from its clients (they are not theirs to
 * act on); the analyst at this command line is the one who can act on them.
 */
import { QueryMemoryError, QueryTimeoutError } from "../db/errors.ts";

export function describeQueryFailure(query: string, error: unknown, timeoutMs: number): string {
  const reason = error instanceof Error ? error.message : String(error);
  const neo4jSays =
    error instanceof Error && error.cause instanceof Error ? error.cause.message.trim() : "";
  if (error instanceof QueryMemoryError) {
    return [
      `${query}: ${reason}, more than one transaction may use (db.memory.transaction.max).`,
      neo4jSays,
      'docs/analysts.md ("Why the queries are written the way they are") names the library',
      "queries that reach it on a large graph, and what to ask there instead.",
    ]
      .filter(Boolean)
      .join("\n");
  }
  if (error instanceof QueryTimeoutError) {
    // Neo4j's "took too long" or the executor's own "no answer within N ms": either reads
    // with the timeout after it.
    return `${query}: ${reason} (the transaction timeout is ${timeoutMs / 1000} s).`;
  }
  return neo4jSays ? `${query}: ${reason}:\n${neo4jSays}` : `${query}: ${reason}`;
}
