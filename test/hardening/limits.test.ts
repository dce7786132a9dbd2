/**
 * Abusive documents are rejected before any resolver runs: a stable code, and not one
 * Cypher query sent (extensions.cypher.queries is 0). Depth, aliases, tokens and directives
 * are graphql-armor's; the cost limit is src/graphql/cost/, proven in cost.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../src/config/paths.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

function nested(depth: number): string {
  // person → counterparts → person → counterparts → ... : valid, but as deep as asked.
  let selection = "name";
  for (let level = 0; level < depth; level++)
    selection = `counterparts { person { ${selection} } }`;
  return `{ person(id: "person:ryan-crocker") { ${selection} } }`;
}

// actor → meetings → participants → their meetings → statements → where each was reported.
// Small pages: at the default 20 per page this could return 20 × 10 × 20 × 20 statements,
// which the cost limit refuses (cost.test.ts); the depth limit must not.
const THREE_HOPS = `{ person(id: "person:ryan-crocker") { meetings(first: 5) { edges { node {
  participants { person { meetings(first: 3) { edges { node {
    statements { sources { excerpt article { title } } }
  } } } } }
} } } } }`;

describe("query limits (graphql-armor)", () => {
  it.each([
    // 14 levels; the three-hop page below needs 13.
    ["depth", nested(6)],
    [
      "aliases",
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: status { neo4jVersion }`).join(" ")} }`,
    ],
    ["tokens", `{ status { ${Array.from({ length: 1100 }, () => "neo4jVersion").join(" ")} } }`],
    [
      "directives",
      `{ status { neo4jVersion ${Array.from({ length: 11 }, () => "@include(if: true)").join(" ")} } }`,
    ],
  ])(
    "rejects a document over the %s limit with QUERY_LIMIT_EXCEEDED and sends no Cypher",
    async (limit, query) => {
      const response = await api.post(query);
      const error = response.body.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: "QUERY_LIMIT_EXCEEDED", limit });
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.extensions?.cypher?.queries ?? 0).toBe(0);
    },
  );

  it("lets every shipped client operation through", async () => {
    for (const file of ["actor-page", "meeting-page", "search", "connection"]) {
      const query = readFileSync(join(paths.root, "operations", `${file}.graphql`), "utf8");
      const variables = {
        id: file === "actor-page" ? "person:ryan-crocker" : "meeting:us-iran-iraq-talks-round-1",
        text: "Crocker",
        from: "person:ryan-crocker",
        to: "person:hassan-kazemi-qomi",
      };
      const response = await api.post(query, variables);
      const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
      expect(
        codes.filter((code) => code === "QUERY_LIMIT_EXCEEDED"),
        file,
      ).toEqual([]);
    }
  });

  it("lets a three-hop query through Relay connections past the depth limit", async () => {
    const response = await api.post(THREE_HOPS);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.person).toBeTruthy();
  });

  it("refuses a request body over the size limit with 413 and a code", async () => {
    const response = await fetch(`${api.app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ status { neo4jVersion } }",
        variables: { pad: "x".repeat(200_000) },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: "Request body too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("answers malformed JSON with 400 and a code, not a 500", async () => {
    const response = await fetch(`${api.app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ status',
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]
        ?.extensions.code,
    ).toBe("BAD_REQUEST");
  });
});
