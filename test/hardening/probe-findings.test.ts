/**
 * What an outside probe (about 3,400 requests) broke, each case against the real server on
 * the seeded Neo4j: unbounded text and lists, ids whose prefix is a JavaScript built-in,
 * unsupported operation types, client-chosen metric labels, missing nosniff, content
 * encodings, invisible characters, operator-only searches and the Cypher time report.
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExampleOperations, operationsDirectory } from "../../src/graphql/operations.ts";
import { MAX_OTHER_OPERATION_LABELS } from "../../src/metrics/operation-labels.ts";
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../../src/services/inputs.ts";
import { graphql } from "../__generated__/gql.ts";
import { type ApiHarness, dataOf, type RawResponse, startApi } from "../support/graphql.ts";
import { PROTOTYPE_KEYS } from "../support/hostile.ts";

let api: ApiHarness;
beforeAll(async () => {
  // The caps on text and lists must hold where an operator raises the body limit (the
  // default, 32 KB, refuses these bodies with 413 before they are parsed).
  api = await startApi({ MAX_BODY_BYTES: "100000" });
  // The first full-text search plans and warms its query: seconds on a busy machine, which
  // is not what these tests are about.
  await api.post(
    '{ search(text: "Crocker") { __typename } people(search: "Crocker") { totalCount } }',
  );
});
afterAll(() => api?.stop());

const PeopleAndSearch = graphql(`
  query PeopleAndSearch($t: String!) {
    people(search: $t) { edges { node { id } } }
    search(text: $t) { ... on Person { id } }
  }
`);

function firstError(response: RawResponse) {
  return response.body.errors?.[0];
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
  return { response, body: (await response.json()) as RawResponse["body"] };
}

describe("one limit for all free text", () => {
  const long = "x".repeat(90_000);
  it.each([
    ["people", "search", "{ people(search: $t) { totalCount } }"],
    ["organizations", "search", "{ organizations(search: $t) { totalCount } }"],
    ["search", "text", "{ search(text: $t) { __typename } }"],
    ["statements", "filter.language", "{ statements(filter: { language: $t }) { totalCount } }"],
  ])(
    "%s refuses 90,000 letters with BAD_USER_INPUT naming %s and the limit, before any Cypher",
    async (_field, argument, selection) => {
      const response = await api.post(`query Q($t: String!) ${selection}`, { t: long });
      expect(firstError(response)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(firstError(response)?.message).toContain(`at most ${MAX_TEXT_LENGTH} characters`);
      expect(response.body.extensions?.cypher?.queries).toBe(0);
    },
  );

  it("14 aliases of a long search are refused just as fast, with no Cypher sent", async () => {
    // 14: fifteen name searches are over the cost limit (search's weight) before their text
    // is read.
    const aliases = Array.from(
      { length: 14 },
      (_, i) => `a${i}: people(search: $t) { totalCount }`,
    );
    const response = await api.post(`query Q($t: String!) { ${aliases.join(" ")} }`, {
      t: long,
    });
    // The first refusal nulls the (non-null) root, so graphql-js reports that one.
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(response.body.extensions?.cypher?.queries).toBe(0);
  });

  it("finds a name with a zero-width space pasted inside it, in people and in search", async () => {
    const response = await api.post(PeopleAndSearch, { t: "Za\u200Brif" });
    const data = dataOf(response);
    expect(data.people.edges.map((edge) => edge.node.id)).toContain("person:mohammad-javad-zarif");
    expect(data.search.map((result) => ("id" in result ? result.id : undefined))).toContain(
      "person:mohammad-javad-zarif",
    );
  });

  it.each([
    ['search(text: "*") { __typename }', "text"],
    ['people(search: "*") { totalCount }', "search"],
    ['organizations(search: "?!") { totalCount }', "search"],
  ])(
    "answers a search that is only operators the same way: %s is BAD_USER_INPUT",
    async (selection, argument) => {
      const response = await api.post(`{ ${selection} }`);
      expect(firstError(response)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(firstError(response)?.message).toMatch(/nothing searchable/);
    },
  );
});

describe("caps on lists in inputs", () => {
  it.each([
    // 6,000 short ids: a body of about 70 KB, under the body limit, as the probe sent.
    ["filter.participants", { participants: Array(6000).fill("org:iran") }],
    ["filter.countries", { countries: Array(MAX_LIST_LENGTH + 1).fill("IRN") }],
    ["filter.status", { status: Array(MAX_LIST_LENGTH + 1).fill("HELD") }],
  ])(
    "refuses a longer %s with BAD_USER_INPUT naming it and the limit, before any Cypher",
    async (argument, filter) => {
      const response = await api.post(
        "query Q($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
        { f: filter },
      );
      expect(firstError(response)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(firstError(response)?.message).toContain(`at most ${MAX_LIST_LENGTH} items`);
      expect(response.body.extensions?.cypher?.queries).toBe(0);
    },
  );

  it("applies the same cap to the meetings under an actor", async () => {
    const response = await api.post(
      `query Q($p: [ID!]) { person(id: "person:ryan-crocker") { meetings(filter: { participants: $p }) { totalCount } } }`,
      { p: Array(MAX_LIST_LENGTH + 1).fill("person:hassan-kazemi-qomi") },
    );
    expect(firstError(response)?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "filter.participants",
    });
  });
});

describe("ids whose prefix is a JavaScript built-in", () => {
  it.each(PROTOTYPE_KEYS)(
    "%s: is BAD_USER_INPUT alone, with no JavaScript in the message",
    async (key) => {
      const response = await api.post(
        "query Q($id: ID!) { node(id: $id) { id } person(id: $id) { id } }",
        { id: `${key}:x` },
      );
      const errors = response.body.errors ?? [];
      expect(errors.map((error) => error.extensions?.code)).toEqual([
        "BAD_USER_INPUT",
        "BAD_USER_INPUT",
      ]);
      expect(JSON.stringify(response.body)).not.toMatch(/function|native code/);
    },
  );

  it("batched beside valid ids, the valid ones still answer", async () => {
    const bad = PROTOTYPE_KEYS.map((key, i) => `b${i}: node(id: "${key}:x") { id }`).join(" ");
    const response = await api.post(`{
      ok1: node(id: "person:ryan-crocker") { id }
      ${bad}
      ok2: node(id: "meeting:us-iran-iraq-talks-round-1") { id }
      ok3: person(id: "person:hassan-kazemi-qomi") { id }
    }`);
    expect(response.body.data).toMatchObject({
      ok1: { id: "person:ryan-crocker" },
      ok2: { id: "meeting:us-iran-iraq-talks-round-1" },
      ok3: { id: "person:hassan-kazemi-qomi" },
    });
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes).toEqual(PROTOTYPE_KEYS.map(() => "BAD_USER_INPUT"));
  });
});

describe("operations this server does not support", () => {
  it.each([
    "mutation { x }",
    "subscription { x }",
    "mutation { __typename }",
    "subscription S { __typename }",
  ])("%s: 400 OPERATION_NOT_SUPPORTED, not counted as an internal error", async (query) => {
    const { response, body } = await post({ query });
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_SUPPORTED");
    const metrics = await (await fetch(`${api.app.url}/metrics`)).text();
    expect(metrics).not.toMatch(/graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\}/);
  });

  it("refuses a document that holds a mutation beside the query asked for (validation covers every operation)", async () => {
    const { response, body } = await post({
      query: "query Q { __typename } mutation M { __typename }",
      operationName: "Q",
    });
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_SUPPORTED");
  });
});

describe("metric labels", () => {
  async function operationSeries(): Promise<Set<string>> {
    const text = await (await fetch(`${api.app.url}/metrics`)).text();
    return new Set(
      [...text.matchAll(/^graphql_request_duration_seconds_count\{operation="([^"]*)"\}/gm)].map(
        (match) => match[1] as string,
      ),
    );
  }

  it("1,000 random operation names leave the number of series fixed", async () => {
    const send = async (count: number) => {
      for (let start = 0; start < count; start += 50) {
        await Promise.all(
          Array.from({ length: 50 }, () => {
            const name = `Op${crypto.randomUUID().replaceAll("-", "")}`;
            return post({ query: `query ${name} { __typename }`, operationName: name });
          }),
        );
      }
    };
    await send(1000);
    const afterFirst = await operationSeries();
    await send(200);
    const afterSecond = await operationSeries();
    expect(afterSecond).toEqual(afterFirst);
    expect(afterSecond.has("other")).toBe(true);
    // Shipped operations (each has a series from the start: the API's warm-up asks it), the
    // first few other names, anonymous and other at most.
    const shipped = loadExampleOperations(operationsDirectory).length;
    expect(afterSecond.size).toBeLessThanOrEqual(shipped + MAX_OTHER_OPERATION_LABELS + 2);
  }, 180_000);

  it("a 5 KB operation name is cut, not copied into /metrics", async () => {
    const name = `Long${"x".repeat(5000)}`;
    await post({ query: `query ${name} { __typename }`, operationName: name });
    const text = await (await fetch(`${api.app.url}/metrics`)).text();
    expect(text).not.toContain("x".repeat(100));
  });
});

describe("HTTP details", () => {
  it.each([
    ["a GraphQL answer", "/graphql", { method: "POST", body: '{"query":"{ __typename }"}' }],
    ["a GraphQL error", "/graphql", { method: "POST", body: '{"query":"{ nope }"}' }],
    ["a malformed body", "/graphql", { method: "POST", body: "{" }],
    ["an unknown path", "/nope", { method: "GET" }],
    ["the metrics", "/metrics", { method: "GET" }],
    ["a health check", "/health/live", { method: "GET" }],
  ])("%s carries X-Content-Type-Options: nosniff", async (_what, path, init) => {
    const response = await fetch(`${api.app.url}${path}`, {
      ...init,
      headers: { "content-type": "application/json" },
    });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each(["br", "zstd", "bogus", "gzip, br"])(
    "Content-Encoding %s answers 415 UNSUPPORTED_MEDIA_TYPE",
    async (encoding) => {
      const { response, body } = await post('{"query":"{ __typename }"}', {
        "content-encoding": encoding,
      });
      expect(response.status).toBe(415);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    },
  );

  it("a gzip body is still read", async () => {
    const { response, body } = await post(gzipSync('{"query":"{ __typename }"}'), {
      "content-encoding": "gzip",
    });
    expect(response.status).toBe(200);
    expect(body.data).toEqual({ __typename: "Query" });
  });

  it("extensions.cypher reports wall time too, never more than the request took", async () => {
    const started = performance.now();
    const response = await api.post(`{
      a: person(id: "person:ryan-crocker") { meetings { totalCount } statements { totalCount } }
      b: people(first: 5) { totalCount }
      c: organizations(first: 5) { totalCount }
      d: search(text: "Crocker") { __typename }
    }`);
    const elapsed = performance.now() - started;
    const cypher = response.body.extensions?.cypher;
    expect(cypher?.queries).toBeGreaterThan(1);
    expect(cypher?.wallMs).toBeGreaterThan(0);
    expect(cypher?.wallMs).toBeLessThanOrEqual((cypher?.ms ?? 0) + 0.1);
    expect(cypher?.wallMs).toBeLessThanOrEqual(elapsed);
  });
});
