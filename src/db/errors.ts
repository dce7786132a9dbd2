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

/**
 * The transaction needed more memory than Neo4j lets one transaction (or all of them
 * together) use: db.memory.transaction.max / db.memory.transaction.total.max, or the heap.
 */
export class QueryMemoryError extends Error {
  override name = "QueryMemoryError";
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

/** Neo.TransientError.General.{MemoryPoolOutOfMemoryError,OutOfMemoryError,TransactionMemoryLimit}, … */
const MEMORY_CODES = /OutOfMemoryError|TransactionMemoryLimit|MemoryPoolOutOfMemory/;

/** Neo4j refused the transaction at a memory limit: the same work would be refused again. */
export function isMemoryError(error: unknown): boolean {
  return error instanceof Neo4jError && MEMORY_CODES.test(error.code);
}

/**
 * Whether running the same transaction again can succeed. The driver retries every
 * TransientError, and Neo4j reports running out of memory as one: a query that exhausted its
 * memory allowance would only exhaust it again, keeping the request (and Neo4j's heap) busy
 * for the whole retry window. A timeout is final too.
 */
export function isWorthRetrying(error: unknown): boolean {
  return (
    isRetryableError(error) &&
    error instanceof Neo4jError &&
    !isMemoryError(error) &&
    !/TransactionTimedOut/.test(error.code)
  );
}

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
    if (MEMORY_CODES.test(error.code)) {
      return new QueryMemoryError("the query ran out of its memory allowance", { cause: error });
    }
    return new DatabaseError(`Neo4j error ${error.code}`, { cause: error });
  }
  return error instanceof Error ? error : new DatabaseError(String(error));
}
