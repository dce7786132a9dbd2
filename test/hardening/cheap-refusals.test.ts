/**
 * Issue 22, findings 2, 3 and 8: a refused request costs little and says why. Variable
 * coercion stops at a few errors of bounded size; the token and nesting limits are enforced
 * while parsing, before any validation rule runs; the directive and alias limits count what
 * fragments and `__typename` aliases hide. No timings here: the probe measures them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
let roomy: ApiHarness;
beforeAll(async () => {
  api = await startApi({ MAX_BODY_BYTES: "100000" });
  // Token limit raised so far that only the nesting bound stands between a deep document and
  // the parser's recursion.
  roomy = await startApi({ MAX_BODY_BYTES: "100000", GRAPHQL_MAX_TOKENS: "100000" });
});
afterAll(async () => {
  await api?.stop();
  await roomy?.stop();
});

async function postRaw(harness: ApiHarness, body: unknown) {
  const response = await fetch(`${harness.app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    body: JSON.parse(text) as {
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      data?: unknown;
    },
  };
}

describe("variable coercion (finding 2)", () => {
  it("3,900 unknown keys in one input object: a few short BAD_USER_INPUT errors, no internal error", async () => {
    const f = Object.fromEntries(Array.from({ length: 3900 }, (_, i) => [`k${i}`, 1]));
    const response = await postRaw(api, {
      query: "query Q($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
      variables: { f },
    });
    expect(response.status).toBe(400);
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.length).toBeLessThanOrEqual(10);
    expect(new Set(codes)).toEqual(new Set(["BAD_USER_INPUT"]));
    // Before: 51 errors, each quoting the whole 30 KB object, 1.47 MB in all.
    expect(response.bytes).toBeLessThan(10_000);
    expect(response.body.errors?.[0]?.message).toContain('Field "k0" is not defined');
  });
});

describe("limits enforced while parsing (finding 3)", () => {
  it("refuses a document over the token limit before validation: only the limit is reported", async () => {
    // An unknown field and 1,200 repeated ones: validation would report the unknown field
    // (and run every rule over the repeats); parsing stops at token 1,001.
    const query = `{ nope ${Array.from({ length: 1200 }, () => "status { neo4jEdition }").join(" ")} }`;
    const response = await postRaw(api, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: expect.stringContaining("1000 tokens"),
        extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "tokens" },
      },
    ]);
  });

  it("answers 15,000 nested [ with a limit error, not a stack overflow", async () => {
    // Before: "Maximum call stack size exceeded" as GRAPHQL_PARSE_FAILED.
    const query = `{ person(id: ${"[".repeat(15_000)}) { id } }`;
    const response = await postRaw(api, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "nesting",
    });
  });

  it.each([
    ["lists", `{ person(id: ${"[".repeat(15_000)}"x"${"]".repeat(15_000)}) { id } }`],
    ["selections", `{ ${"a { ".repeat(15_000)}b${" }".repeat(15_000)} }`],
  ])(
    "with a token limit raised past it, 15,000 nested %s meet the nesting limit, not a stack overflow",
    async (_kind, query) => {
      const response = await postRaw(roomy, { query });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        {
          message: expect.stringContaining("nesting"),
          extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "nesting" },
        },
      ]);
    },
  );
});

describe("directive and alias limits count what fragments and names hide (finding 8)", () => {
  it("counts a directive on each fragment spread: ...F @include(if: true) ×100", async () => {
    const spreads = Array.from({ length: 100 }, () => "...F @include(if: true)").join(" ");
    const response = await api.post(
      `query { ${spreads} } fragment F on Query { status { neo4jEdition } }`,
    );
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "directives",
    });
    expect(response.body.data ?? null).toBeNull();
  });

  it("counts the directives inside a fragment once per spread", async () => {
    const spreads = Array.from({ length: 6 }, (_, i) => `a${i}: status { ...F }`).join(" ");
    const response = await api.post(
      `query { ${spreads} } fragment F on ServiceStatus { neo4jEdition @include(if: true) @skip(if: false) }`,
    );
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "directives",
    });
  });

  it("lets ten directives through", async () => {
    const spreads = Array.from({ length: 10 }, () => "...F @include(if: true)").join(" ");
    const response = await api.post(
      `query { ${spreads} } fragment F on Query { status { neo4jEdition } }`,
    );
    expect(response.body.errors).toBeUndefined();
  });

  it("counts aliases named __typename", async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `__typename: person(id: "person:p${i}") { name }`,
    ).join(" ");
    const response = await api.post(`{ ${aliases} }`);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "aliases",
    });
  });
});
