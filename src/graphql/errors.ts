/**
 * Turns every failure into a client error with a stable `extensions.code` and nothing
 * internal in it (no stack, no Cypher, no Neo4j message). Logging of the originals happens
 * in the observability plugin, which knows the request.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { DatabaseUnavailableError, QueryMemoryError, QueryTimeoutError } from "../db/errors.ts";
import { OverloadedError, RequestAbandonedError } from "../db/work-queue.ts";
import { InvalidInputError } from "../services/errors.ts";
import { exceededLimit } from "./limits.ts";
import { UNSUPPORTED_OPERATION } from "./supported-operations.ts";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  BAD_REQUEST: "BAD_REQUEST",
  QUERY_LIMIT_EXCEEDED: "QUERY_LIMIT_EXCEEDED",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** Neo4j has all the work this process gives it: 503 with Retry-After. */
  SERVICE_OVERLOADED: "SERVICE_OVERLOADED",
  /** The client went away before its answer; no one reads this. */
  REQUEST_ABANDONED: "REQUEST_ABANDONED",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  QUERY_TOO_LARGE: "QUERY_TOO_LARGE",
  OPERATION_NOT_SUPPORTED: "OPERATION_NOT_SUPPORTED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

/** Errors that are the client's to fix or ours to expect; anything else is a bug to log. */
export function isExpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return (
    original instanceof InvalidInputError ||
    original instanceof DatabaseUnavailableError ||
    original instanceof QueryTimeoutError ||
    original instanceof QueryMemoryError ||
    original instanceof OverloadedError ||
    original instanceof RequestAbandonedError
  );
}

/** Longest message a client gets: graphql-js quotes whole input values in some of its own. */
export const MAX_MESSAGE_LENGTH = 600;

/** How Apollo's CSRF prevention's refusal begins. */
const CSRF_REFUSAL = "This operation has been blocked as a potential Cross-Site Request Forgery";

/** A message cut in the middle when too long, keeping its start and its end (the reason). */
export function boundMessage(message: string, max = MAX_MESSAGE_LENGTH): string {
  if (message.length <= max) return message;
  const head = Math.floor(max / 3);
  return `${message.slice(0, head)} … ${message.slice(message.length - (max - head - 3))}`;
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const result = formatErrorUnbounded(formatted, error);
  return { ...result, message: boundMessage(result.message) };
}

type Described = Omit<GraphQLFormattedError, "path" | "locations">;

/** What a client is told of an error of one class, and the code it can act on. */
const describeAs =
  <E extends Error>(
    kind: abstract new (...args: never[]) => E,
    describe: (error: E) => Described,
  ) =>
  (error: unknown): Described | undefined =>
    error instanceof kind ? describe(error) : undefined;

/** Our own errors, by class. */
const OWN_ERRORS = [
  describeAs(InvalidInputError, (error) => ({
    message: error.message,
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: error.argument },
  })),
  describeAs(DatabaseUnavailableError, () => ({
    message: "The database is unavailable; try again shortly.",
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
  })),
  describeAs(OverloadedError, (error) => ({
    message: `The server is busy; retry in ${error.retryAfterS} s.`,
    extensions: { code: ErrorCode.SERVICE_OVERLOADED, retryAfter: error.retryAfterS },
  })),
  describeAs(RequestAbandonedError, () => ({
    message: "The request was abandoned by its client.",
    extensions: { code: ErrorCode.REQUEST_ABANDONED },
  })),
  describeAs(QueryTimeoutError, () => ({
    message: "The query took too long; ask for less.",
    extensions: { code: ErrorCode.QUERY_TIMEOUT },
  })),
  describeAs(QueryMemoryError, () => ({
    message: "The query needed more memory than one request may use; ask for less.",
    extensions: { code: ErrorCode.QUERY_TOO_LARGE },
  })),
];

function formatErrorUnbounded(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  for (const describe of OWN_ERRORS) {
    const described = describe(original);
    if (described) return { locations: formatted.locations, path: formatted.path, ...described };
  }
  return formatRequestError(formatted, original);
}

/** Errors of the request itself (Apollo's, graphql-js's, our limits'), and anything else. */
function formatRequestError(
  formatted: GraphQLFormattedError,
  original: unknown,
): GraphQLFormattedError {
  if (formatted.message.startsWith(CSRF_REFUSAL)) {
    // Apollo's CSRF prevention (issue 22) refused a "simple" request: usually a client that
    // sends short queries as GET, as urql does unless told otherwise (issue 21, finding 6).
    return {
      message:
        "Refused as a potential cross-site request forgery (CSRF): send the operation as POST with content-type: application/json, or add the header apollo-require-preflight: true. urql sends short queries as GET unless its Client is created with preferGetMethod: false (docs/client-guide.md); Apollo Client and graphql-request POST by default.",
      extensions: { code: ErrorCode.BAD_REQUEST },
    };
  }
  if (formatted.extensions?.[UNSUPPORTED_OPERATION] !== undefined) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED },
    };
  }
  const limit = exceededLimit(formatted.message);
  if (limit) {
    return {
      message: formatted.message.replace(/^Syntax Error: /, "").replace("more that", "more than"),
      extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit },
    };
  }
  const code = formatted.extensions?.code;
  if (code === ErrorCode.QUERY_LIMIT_EXCEEDED || typeof formatted.extensions?.limit === "string") {
    // Our own limits (./cost/plugin.ts, ./directive-limit.ts; Apollo recodes the latter as a
    // validation error): the message and which limit are for the client.
    return {
      message: formatted.message,
      extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit: formatted.extensions?.limit },
    };
  }
  const status = (original as { extensions?: { http?: { status?: number } } } | null)?.extensions
    ?.http?.status;
  if (code === undefined && typeof status === "number" && status >= 400 && status < 500) {
    // Apollo's own request errors that carry an HTTP status but no code.
    return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  }
  if (typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // GraphQL's own errors (parse, validation, variable coercion): safe and useful as they are.
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  return {
    locations: formatted.locations,
    path: formatted.path,
    message: "Internal server error",
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
