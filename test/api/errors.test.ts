/**
 * Errors carry a stable extensions.code and nothing internal: malformed input is
 * BAD_USER_INPUT, an unreachable Neo4j SERVICE_UNAVAILABLE, anything else a masked
 * INTERNAL_SERVER_ERROR with no stack trace and no Cypher.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherExecutor } from "../../src/db/executor.ts";
import { startHttpServer } from "../../src/http/app.ts";
import { createLogger } from "../../src/log/logger.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";
import { testDriver, unreachableNeo4j } from "../support/neo4j.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

async function firstError(query: string, variables: Record<string, unknown> = {}) {
  const response = await api.post(query, variables);
  expect(response.body.errors?.length).toBeGreaterThan(0);
  return response.body.errors?.[0];
}

describe("client errors", () => {
  it("unknown but well-formed ids answer null, not an error", async () => {
    const response = await api.post(`{
      person(id: "person:nobody") { id }
      organization(id: "org:nothing") { id }
      meeting(id: "meeting:none") { id }
      node(id: "statement:none") { id }
      country(code: "ZZZ") { id }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      person: null,
      organization: null,
      meeting: null,
      node: null,
      country: null,
    });
  });

  it.each([
    ['{ person(id: "ryan-crocker") { id } }', /not an id/],
    ['{ person(id: "org:united-nations") { id } }', /is a Organization id; expected Person/],
    ['{ country(code: "Iran") { id } }', /ISO 3166-1 alpha-3/],
    ["{ meetings(first: 101) { totalCount } }", /first: must be between 0 and 100/],
    ["{ meetings(first: -1) { totalCount } }", /first: must be between 0 and 100/],
    // Refused before anything runs, not a nulled `person` that reads as "not found" (issue 21).
    [
      '{ person(id: "person:ryan-crocker") { name counterparts(first: 500) { meetingCount } } }',
      /first: must be between 0 and 100, got 500 \(at person\.counterparts, Person\.counterparts\); nothing was run/,
    ],
    ['{ meetings(after: "not-a-cursor!") { totalCount } }', /not a cursor/],
    ['{ meetings(filter: { from: "2007-13" }) { totalCount } }', /not a date/],
    ['{ meetings(filter: { countries: ["Iran"] }) { totalCount } }', /ISO alpha-3/],
    [
      '{ person(id: "person:ryan-crocker") { positions(at: "yesterday") { title } } }',
      /not a date/,
    ],
    [
      '{ shortestConnection(from: "person:ryan-crocker", to: "person:kofi-annan", maxHops: 7) { hops } }',
      /maxHops/,
    ],
    [
      '{ shortestConnection(from: "meeting:x", to: "person:kofi-annan") { hops } }',
      /expected Person or Organization or Country/,
    ],
    [`{ search(text: "${"x".repeat(201)}") { __typename } }`, /at most 200/],
  ])("%s → BAD_USER_INPUT", async (query, message) => {
    const error = await firstError(query);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(message);
  });

  it("a query that does not parse or validate gets GraphQL's own codes", async () => {
    expect((await firstError("{ person(id: "))?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect((await firstError("{ nonsense }"))?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("server errors", () => {
  /** The HTTP server on an executor of our choosing: a real driver, a real (or no) Neo4j. */
  async function serverWith(executor: CypherExecutor) {
    const http = await startHttpServer({
      executor,
      logger: createLogger("silent"),
      host: "127.0.0.1",
      port: 0,
    });
    const post = async (query: string) => {
      const response = await fetch(`${http.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as {
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      };
    };
    return { post, close: () => http.close() };
  }

  it("reports an unreachable Neo4j as SERVICE_UNAVAILABLE, within seconds", async () => {
    const { driver, executor } = unreachableNeo4j();
    const server = await serverWith(executor);
    try {
      const started = Date.now();
      const body = await server.post('{ person(id: "person:ryan-crocker") { name } }');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(body.errors?.[0]?.message).toBe("The database is unavailable; try again shortly.");
    } finally {
      await server.close();
      await driver.close();
    }
  });

  it("masks an internal failure: generic message, no stack trace, no Cypher, no Neo4j text", async () => {
    // A database name that does not exist: a real Neo4j error that the client must not see.
    const server = await serverWith(
      new CypherExecutor(testDriver(), { database: "nosuchdatabase", timeoutMs: 5000 }),
    );
    try {
      const body = await server.post('{ person(id: "person:ryan-crocker") { name } }');
      const error = body.errors?.[0];
      expect(error?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
      expect(error?.message).toBe("Internal server error");
      expect(JSON.stringify(body)).not.toMatch(/MATCH|UNWIND|nosuchdatabase|Neo4j|stacktrace|at /);
    } finally {
      await server.close();
    }
  });
});
