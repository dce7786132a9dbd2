/**
 * Domain errors for database failures. The GraphQL and HTTP layers map these to stable
 * client codes; the original Neo4j error stays attached (`cause`) for the server log only.
 */
import { isRetryableError, Neo4jError } from "neo4j-driver";

/** Neo4j cannot be reached or has no leader/writer right now. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** The transaction ran past its timeout and Neo4j terminated it. */
export class QueryTimeoutError extends Error {
  override name = "QueryTimeoutError";
}

/** Any other database failure: a bug on our side, never the client's fault. */
export class DatabaseError extends Error {
  override name = "DatabaseError";
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

export function toDomainError(error: unknown): Error {
  if (error instanceof Neo4jError) {
    if (
      UNAVAILABLE_CODES.has(error.code) ||
      (isRetryableError(error) && /connect|unavailable/i.test(error.message))
    ) {
      return new DatabaseUnavailableError("Neo4j is unavailable", { cause: error });
    }
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code)) {
      return new QueryTimeoutError("the query took too long", { cause: error });
    }
    return new DatabaseError(`Neo4j error ${error.code}`, { cause: error });
  }
  return error instanceof Error ? error : new DatabaseError(String(error));
}
