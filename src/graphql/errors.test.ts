import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { QueryMemoryError, QueryTimeoutError } from "../db/errors.ts";
import { formatError } from "./errors.ts";

const asFormatted = (error: GraphQLError) => error.toJSON();

describe("formatError", () => {
  it("gives a query over Neo4j's memory limit the code QUERY_TOO_LARGE and no Neo4j text", () => {
    const cause = new Error("db.memory.transaction.max threshold reached");
    const error = new GraphQLError("boom", {
      path: ["people"],
      originalError: new QueryMemoryError("over", { cause }),
    });
    const formatted = formatError(asFormatted(error), error);
    expect(formatted.extensions).toEqual({ code: "QUERY_TOO_LARGE" });
    expect(JSON.stringify(formatted)).not.toMatch(/db\.memory|threshold/);
  });

  it("keeps QUERY_TIMEOUT for a timeout", () => {
    const error = new GraphQLError("boom", { originalError: new QueryTimeoutError("late") });
    expect(formatError(asFormatted(error), error).extensions).toEqual({ code: "QUERY_TIMEOUT" });
  });
});
