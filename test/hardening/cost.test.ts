/**
 * The cost limit against the real server: realistic pages pass, an amplifying query is
 * refused before any Cypher runs, and every response says what it cost.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../src/config/paths.ts";
import { type ApiHarness, type RawResponse, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const actorPage = readFileSync(join(paths.root, "operations", "actor-page.graphql"), "utf8");

function costOf(response: RawResponse) {
  return response.body.extensions?.cost;
}

const SOURCES = "sources { excerpt article { id title outlet } }";
const REALISTIC_PAGES: Record<string, [string, Record<string, unknown>]> = {
  "the actor page with 50 meetings, participants, statements, statementsAbout and sources": [
    `query ($id: ID!, $first: Int) { person(id: $id) {
      id name aliases positions { title current of { ... on Country { code } } }
      meetings(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
        id title status date { iso precision }
        participants { role person { id name } representing { __typename ... on Country { code } } }
        statements { id text speaker { id name } ${SOURCES} }
        statementsAbout { id text speaker { id name } ${SOURCES} }
        ${SOURCES}
      } } }
    } }`,
    { id: "person:ryan-crocker", first: 50 },
  ],
  "a list of 20 meetings with participants, place and sources": [
    `{ meetings(first: 20) { edges { node { id title date { iso }
        participants { role person { id name } representing { __typename } }
        place { id name country { code } } ${SOURCES} } } } }`,
    {},
  ],
  "a list of 20 statements with speakers, targets and sources": [
    `{ statements(first: 20) { edges { node { id text language
        speakers { id name } targets { __typename ... on Country { code } } ${SOURCES} } } } }`,
    {},
  ],
  "a country page: 20 meetings with participants": [
    `{ country(code: "IRN") { name meetings(first: 20) { totalCount edges { node { id title
        participants { role person { id name } } } } } } }`,
    {},
  ],
};

// 15 aliases of articles → statements → sources → article → ... : within the alias and depth
// limits, and under the old cost limit it returned 273k objects (28 MB).
const AMPLIFICATION = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `a${i}: articles { statements { sources { article { statements { sources { article {
      statements { sources { excerpt } } meetings { sources { excerpt } } } } } } } } }`,
).join(" ")} }`;

describe("the cost limit", () => {
  it.each(Object.entries(REALISTIC_PAGES))("lets through %s", async (_, [query, variables]) => {
    const response = await api.post(query, variables);
    expect(response.body.errors).toBeUndefined();
    const cost = costOf(response);
    expect(cost?.requestedQueryCost).toBeGreaterThan(0);
    expect(cost?.requestedQueryCost).toBeLessThanOrEqual(cost?.maximumAvailable ?? 0);
  });

  it("costs `first` the same written into the query as passed as a variable", async () => {
    const variables = { id: "person:ryan-crocker" };
    const written = await api.post(
      // The variable's definition goes, on one line or on its own (as the formatter lays
      // out a long variable list), and `first: 20` is written in its place.
      actorPage
        .replace(/\$meetingsFirst: Int = 20,?\s*/, "")
        .replace("first: $meetingsFirst", "first: 20"),
      variables,
    );
    const passed = await api.post(actorPage, { ...variables, meetingsFirst: 20 });
    const defaulted = await api.post(actorPage, variables);
    expect(written.body.errors).toBeUndefined();
    expect(passed.body.errors).toBeUndefined();
    expect(costOf(written)?.requestedQueryCost).toBeGreaterThan(1000);
    expect(costOf(passed)).toEqual(costOf(written));
    expect(costOf(defaulted)).toEqual(costOf(written));
  });

  it("charges a bigger page more, in proportion to its size", async () => {
    const costAt = async (meetingsFirst: number) =>
      costOf(await api.post(actorPage, { id: "person:ryan-crocker", meetingsFirst }))
        ?.requestedQueryCost ?? Number.NaN;
    const [five, twenty, fifty] = [await costAt(5), await costAt(20), await costAt(50)];
    // The count's weight is the same at every size; each meeting on the page costs alike.
    expect(fifty - five).toBe(3 * (twenty - five));
    expect(twenty).toBeGreaterThan(five);
  });

  it("weighs fuzzy search by its Neo4j work: 15 aliased 12-word searches are refused, one passes (finding 4)", async () => {
    const words =
      "ambassador crocker minister kazemi qomi baghdad talks security iraq iran united states";
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `s${i}: search(text: "${words} ${i}", first: 1) { __typename }`,
    ).join(" ");
    const refused = await api.post(`{ ${aliases} }`);
    expect(refused.body.errors?.[0]?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "cost",
    });
    expect(refused.body.extensions?.cypher?.queries).toBe(0);
    const one = await api.post(`{ search(text: "${words}", first: 1) { __typename } }`);
    expect(one.body.errors).toBeUndefined();
    expect(costOf(one)?.requestedQueryCost).toBe(1801);
  });

  it("refuses the 15-alias amplification with QUERY_LIMIT_EXCEEDED before any Cypher runs", async () => {
    const response = await api.post(AMPLIFICATION);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "cost",
    });
    expect(response.body.errors?.[0]?.message).toMatch(/exceeds the limit of 25000/);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.extensions?.cypher?.queries).toBe(0);
    expect(costOf(response)?.requestedQueryCost).toBeGreaterThan(1e9);
  });

  it("refuses a three-hop query at default page sizes, which could return 240k sources", async () => {
    const response = await api.post(`{ person(id: "person:ryan-crocker") { meetings { edges { node {
      participants { person { meetings { edges { node {
        statements { sources { excerpt article { title } } } } } } } } } } } } }`);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "QUERY_LIMIT_EXCEEDED",
      limit: "cost",
    });
    expect(response.body.extensions?.cypher?.queries).toBe(0);
  });

  it("reports the cost in every response to a valid operation", async () => {
    const response = await api.post(`{ person(id: "person:ryan-crocker") { name aliases } }`);
    expect(costOf(response)).toEqual({ requestedQueryCost: 1, maximumAvailable: 25000 });
    const lookup = await api.post("{ status { neo4jVersion } }");
    expect(costOf(lookup)).toEqual({ requestedQueryCost: 1, maximumAvailable: 25000 });
  });

  it("leaves variables that do not fit to execution's own error", async () => {
    const response = await api.post(actorPage, { id: "person:ryan-crocker", meetingsFirst: "x" });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.body.extensions?.cypher?.queries ?? 0).toBe(0);
  });

  it("follows GRAPHQL_MAX_COST", async () => {
    const strict = await startApi({ GRAPHQL_MAX_COST: "100" });
    try {
      const response = await strict.post(actorPage, { id: "person:ryan-crocker" });
      expect(response.body.errors?.[0]?.extensions).toEqual({
        code: "QUERY_LIMIT_EXCEEDED",
        limit: "cost",
      });
      expect(costOf(response)?.maximumAvailable).toBe(100);
    } finally {
      await strict.stop();
    }
  });
});
