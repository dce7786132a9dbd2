/**
 * Production mode, CORS, CSRF prevention, request ids and metrics, checked over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../support/graphql.ts";

describe("production mode", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    // Text allowed, to see what production does with it (by default it refuses it first).
    api = await startApi({ NODE_ENV: "production", TRUSTED_DOCUMENTS_ONLY: "false" });
  });
  afterAll(() => api.stop());

  it("by default accepts only trusted documents", async () => {
    const strict = await startApi({ NODE_ENV: "production" });
    try {
      const response = await strict.post('{ person(id: "person:ryan-crocker") { name } }');
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ID_REQUIRED");
    } finally {
      await strict.stop();
    }
  });

  it("refuses introspection", async () => {
    const response = await api.post("{ __schema { types { name } } }");
    expect(response.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("hides field suggestions that would map the schema", async () => {
    const response = await api.post('{ persn(id: "person:ryan-crocker") { name } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(response.body)).not.toMatch(/Did you mean/);
  });

  it("serves no IDE and no landing page to browsers", async () => {
    const response = await fetch(`${api.app.url}/graphql`, { headers: { accept: "text/html" } });
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(text).not.toMatch(/graphiql/i);
    expect(text).not.toMatch(/<html/i);
  });

  it("reports no internal diagnostics in responses", async () => {
    const response = await api.post('{ person(id: "person:ryan-crocker") { name } }');
    expect(response.body.data).toEqual({ person: { name: "Ryan Crocker" } });
    expect(response.body.extensions?.cypher).toBeUndefined();
  });
});

describe("development mode", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ CORS_ORIGINS: "https://app.example.org, http://localhost:5173" });
  });
  afterAll(() => api.stop());

  it("allows introspection and suggests fields", async () => {
    expect((await api.post("{ __schema { queryType { name } } }")).body.data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
    expect(JSON.stringify((await api.post("{ persn { name } }")).body)).toMatch(
      /Did you mean \\"person/,
    );
  });

  it("answers CORS preflights for allow-listed origins only", async () => {
    const preflight = (origin: string) =>
      fetch(`${api.app.url}/graphql`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
    const allowed = await preflight("https://app.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    const other = await preflight("https://evil.example.com");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("keeps CSRF prevention on: a simple cross-site request cannot run an operation", async () => {
    const textPlain = await fetch(`${api.app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ status { neo4jVersion } }" }),
    });
    expect(textPlain.status).toBe(400);
    const simpleGet = await fetch(
      `${api.app.url}/graphql?query=${encodeURIComponent("{ status { neo4jVersion } }")}`,
    );
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/i);
  });

  it("tags every response with a request id, keeping the caller's", async () => {
    const own = await fetch(`${api.app.url}/health/live`, {
      headers: { "x-request-id": "trace-abc-123" },
    });
    expect(own.headers.get("x-request-id")).toBe("trace-abc-123");
    const made = await fetch(`${api.app.url}/health/live`, {
      headers: { "x-request-id": "bad id with spaces" },
    });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("exposes Prometheus metrics: latency by operation, errors by code, Neo4j timings", async () => {
    await api.post('query ActorName { person(id: "person:ryan-crocker") { name } }');
    await api.post('{ person(id: "nonsense") { name } }');
    const response = await fetch(`${api.app.url}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(
      /graphql_request_duration_seconds_bucket\{le="[^"]+",operation="ActorName"\}/,
    );
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/neo4j_query_duration_seconds_count\{mode="READ",outcome="ok"\} [1-9]/);
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\}/,
    );
  });
});
