/**
 * Issue 22, findings 5 and 7: what the server tells strangers. Metric labels come from a
 * fixed set of routes; production hides schema suggestions at their source (graphql-js's
 * hideSuggestions, for validation and for variables alike, enums included); /metrics and the
 * Neo4j version are behind settings, off in production unless asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../support/graphql.ts";

describe("metric labels (finding 5)", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.stop());

  it("200 made-up /health/… paths add no series to /metrics", async () => {
    const series = async () =>
      (await (await fetch(`${api.app.url}/metrics`)).text())
        .split("\n")
        .filter((line) => line.startsWith("http_request_duration_seconds")).length;
    await fetch(`${api.app.url}/health/warm-up`);
    const before = await series();
    for (let i = 0; i < 200; i++) await fetch(`${api.app.url}/health/probe-${i}`);
    const text = await (await fetch(`${api.app.url}/metrics`)).text();
    expect(text).not.toMatch(/probe-\d/);
    // Only /metrics's own first series (its status was not there before) may appear.
    expect((await series()) - before).toBeLessThanOrEqual(15);
  });

  it("keeps /health/live and /health/ready as labels of their own", async () => {
    await fetch(`${api.app.url}/health/live`);
    const text = await (await fetch(`${api.app.url}/metrics`)).text();
    expect(text).toMatch(/route="\/health\/live"/);
  });
});

describe("production (finding 7)", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    // Text allowed (TRUSTED_DOCUMENTS_ONLY, on by default in production, would refuse these
    // documents before validation): what production hides when an operator lets text in.
    api = await startApi({ NODE_ENV: "production", TRUSTED_DOCUMENTS_ONLY: "false" });
  });
  afterAll(() => api?.stop());

  it.each([
    [
      "an enum value in the document",
      "{ meetings(filter: { status: [HELDX] }) { totalCount } }",
      {},
    ],
    [
      "an enum value in variables",
      "query Q($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
      { f: { status: ["HELDX"] } },
    ],
    [
      "an input field in variables",
      "query Q($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
      { f: { statu: ["HELD"] } },
    ],
    [
      "an input field in the document",
      "{ meetings(filter: { statu: [HELD] }) { totalCount } }",
      {},
    ],
    ["an argument", '{ person(idd: "x") { name } }', {}],
    ["a type", "query Q($f: MeetingFiltr) { meetings(filter: $f) { totalCount } }", {}],
    ["a field", '{ persn(id: "person:ryan-crocker") { name } }', {}],
  ])("suggests nothing for a misspelt %s", async (_what, query, variables) => {
    const response = await api.post(query, variables);
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(response.body)).not.toMatch(/Did you mean|HELD"|"status|MeetingFilter"/);
  });

  it("serves no /metrics and no Neo4j version", async () => {
    expect((await fetch(`${api.app.url}/metrics`)).status).toBe(404);
    const response = await api.post("{ status { neo4jVersion neo4jEdition } }");
    expect(response.body.data).toEqual({
      status: { neo4jVersion: null, neo4jEdition: "community" },
    });
  });
});

describe("production with METRICS and VERSION_DETAILS on", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({
      NODE_ENV: "production",
      METRICS: "true",
      VERSION_DETAILS: "true",
      TRUSTED_DOCUMENTS_ONLY: "false",
    });
  });
  afterAll(() => api?.stop());

  it("serves both", async () => {
    expect((await fetch(`${api.app.url}/metrics`)).status).toBe(200);
    const response = await api.post("{ status { neo4jVersion } }");
    expect(response.body.data?.status).toEqual({ neo4jVersion: expect.stringMatching(/^\d{4}\./) });
  });
});
