import { describe, expect, it } from "vitest";
import { QueryMemoryError, QueryTimeoutError } from "../db/errors.ts";
import { formatError } from "./errors.ts";

// formatError gets Apollo's formatted error and the thrown error (unwrapped from its
// GraphQLError by unwrapResolverError); the thrown error is passed directly here.
const formatted = { message: "boom", path: ["people"] };

describe("formatError", () => {
  it("gives a query over Neo4j's memory limit the code QUERY_TOO_LARGE and no Neo4j text", () => {
    const cause = new Error("db.memory.transaction.max threshold reached");
    const result = formatError(formatted, new QueryMemoryError("over", { cause }));
    expect(result.extensions).toEqual({ code: "QUERY_TOO_LARGE" });
    expect(result.path).toEqual(["people"]);
    expect(JSON.stringify(result)).not.toMatch(/db\.memory|threshold/);
  });

  it("keeps QUERY_TIMEOUT for a timeout", () => {
    expect(formatError(formatted, new QueryTimeoutError("late")).extensions).toEqual({
      code: "QUERY_TIMEOUT",
    });
  });
});
