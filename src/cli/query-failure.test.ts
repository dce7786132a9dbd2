import { describe, expect, it } from "vitest";
import { DatabaseError, QueryMemoryError, QueryTimeoutError } from "../db/errors.ts";
import { describeQueryFailure } from "./query-failure.ts";

const neo4jSays = (message: string) => new Error(message);

describe("what npm run query prints when Neo4j fails a query", () => {
  it("names the query, the memory limit and where the docs say what to ask instead", () => {
    const error = new QueryMemoryError("the query ran out of its memory allowance", {
      cause: neo4jSays(
        "The allocation of an extra 16.0 MiB would use more than the limit 100.0 MiB.",
      ),
    });
    const text = describeQueryFailure("shortest-connection", error, 60_000);
    expect(text).toMatch(/^shortest-connection: the query ran out of its memory allowance/);
    expect(text).toContain("db.memory.transaction.max");
    expect(text).toContain("would use more than the limit 100.0 MiB");
    expect(text).toContain("docs/analysts.md");
  });

  it("names the query and the timeout it ran past", () => {
    const error = new QueryTimeoutError("the query took too long");
    expect(describeQueryFailure("person-counterparts", error, 60_000)).toBe(
      "person-counterparts: the query took too long (the transaction timeout is 60 s).",
    );
    const deadline = new QueryTimeoutError("no answer within 61000 ms");
    expect(describeQueryFailure("person-counterparts", deadline, 60_000)).toBe(
      "person-counterparts: no answer within 61000 ms (the transaction timeout is 60 s).",
    );
  });

  it("gives Neo4j's own reason for any other failure", () => {
    const error = new DatabaseError("Neo4j error Neo.ClientError.Statement.SyntaxError", {
      cause: neo4jSays('Text cannot be parsed to a Date\n"garbage"\n ^\n'),
    });
    expect(describeQueryFailure("stdin:2: positions-at", error, 60_000)).toBe(
      'stdin:2: positions-at: Neo4j error Neo.ClientError.Statement.SyntaxError:\nText cannot be parsed to a Date\n"garbage"\n ^',
    );
    expect(describeQueryFailure("talks-rounds", new Error("connection lost"), 60_000)).toBe(
      "talks-rounds: connection lost",
    );
  });
});
