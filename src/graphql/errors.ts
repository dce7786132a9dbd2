/**
 * Turns every failure into a client error with a stable `extensions.code` and nothing
 * internal in it (no stack, no Cypher, no Neo4j message); unexpected failures are logged
 * on the server with their cause.
 */
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { InvalidInputError } from "../data/ids.ts";
import { DatabaseUnavailableError, QueryTimeoutError } from "../db/errors.ts";
import type { Logger } from "../log/logger.ts";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof InvalidInputError) {
      return { ...base, message: original.message, extensions: { code: ErrorCode.BAD_USER_INPUT, argument: original.argument } };
    }
    if (original instanceof DatabaseUnavailableError) {
      logger.warn({ err: original.cause ?? original, path: formatted.path }, "database unavailable");
      return { ...base, message: "The database is unavailable; try again shortly.", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    if (original instanceof QueryTimeoutError) {
      logger.warn({ err: original.cause ?? original, path: formatted.path }, "query timeout");
      return { ...base, message: "The query took too long; ask for less.", extensions: { code: ErrorCode.QUERY_TIMEOUT } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      // GraphQL's own errors (parse, validation, variable coercion): safe and useful as they are.
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    logger.error({ err: original, path: formatted.path }, "internal error");
    return { ...base, message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
