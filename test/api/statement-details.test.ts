/**
 * A statement's details (speaker, principals, targets, meeting, topics, …) answer the same
 * wherever the statement is reached. Pages carry only the details their client selected (a
 * quote's speaker, or all), so a detail selected elsewhere in the same request must still be
 * loaded, not taken as empty from a page that did not carry it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const ACTOR = "__typename ... on Person { id } ... on Organization { id } ... on Country { id }";
const ALL_DETAILS = `id
  speaker { id } speakers { id }
  onBehalfOf { ${ACTOR} } principals { ${ACTOR} }
  relayedBy { id } directedAt { ${ACTOR} } targets { ${ACTOR} }
  meeting { id } concerns { id } topics { id }`;

interface Detailed {
  id: string;
  [field: string]: unknown;
}
interface MeetingNode {
  node: { statements: Detailed[]; statementsAbout: Detailed[] };
}

/**
 * Each statement looked up by its own id, with every detail (10 a request: the API refuses
 * more than 15 aliases).
 */
async function detailsById(ids: string[]): Promise<Map<string, Detailed>> {
  const found = new Map<string, Detailed>();
  for (let start = 0; start < ids.length; start += 10) {
    const chunk = ids.slice(start, start + 10);
    const aliases = chunk.map((id, i) => `s${i}: node(id: "${id}") { ...Details }`);
    const response = await api.post(
      `{ ${aliases.join("\n")} } fragment Details on Statement { ${ALL_DETAILS} }`,
    );
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data as Record<string, Detailed>;
    for (const [i, id] of chunk.entries()) found.set(id, data[`s${i}`] as Detailed);
  }
  return found;
}

function statementsOf(edges: MeetingNode[]): Detailed[] {
  return edges.flatMap(({ node }) => [...node.statements, ...node.statementsAbout]);
}

describe("statement details", () => {
  it("are the same on a page that carried only speakers, beside a field that needs the rest", async () => {
    // The meetings' pages carry their statements with speakers only; `topics`, `targets` and
    // the others on the same statements, selected through an alias, must load.
    const response = await api.post(`{
      quotes: meetings(first: 25) { edges { node {
        statements { id speaker { id } } statementsAbout { id speaker { id } }
      } } }
      everything: meetings(first: 25) { edges { node {
        statements { ${ALL_DETAILS} } statementsAbout { ${ALL_DETAILS} }
      } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data as Record<string, { edges: MeetingNode[] }>;
    const everything = statementsOf(data.everything?.edges ?? []);
    const quotes = statementsOf(data.quotes?.edges ?? []);
    expect(everything.length).toBeGreaterThan(5);
    // Some statements in the seeds have topics and targets: an empty answer would be wrong.
    expect(everything.some((s) => (s.topics as unknown[]).length > 0)).toBe(true);
    expect(everything.some((s) => (s.targets as unknown[]).length > 0)).toBe(true);

    const truth = await detailsById([...new Set(everything.map((s) => s.id))]);
    for (const statement of everything) expect(statement).toEqual(truth.get(statement.id));
    for (const quote of quotes) expect(quote.speaker).toEqual(truth.get(quote.id)?.speaker);
  });

  it("are the same on a statements page that carried all of them and on one that carried speakers", async () => {
    const response = await api.post(`{
      quotes: statements(first: 50) { edges { node { id speaker { id } } } }
      everything: statements(first: 50) { edges { node { ${ALL_DETAILS} } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data as Record<string, { edges: Array<{ node: Detailed }> }>;
    const everything = (data.everything?.edges ?? []).map((edge) => edge.node);
    expect(everything.length).toBeGreaterThan(5);
    const truth = await detailsById(everything.map((s) => s.id));
    for (const statement of everything) expect(statement).toEqual(truth.get(statement.id));
    for (const { node } of data.quotes?.edges ?? [])
      expect(node.speaker).toEqual(truth.get(node.id)?.speaker);
  });

  it("cost no round trip of their own when the page carried them", async () => {
    const quote = await api.post(
      `{ meetings(first: 25) { edges { node { id statements { id speaker { id } } } } } }`,
    );
    const detailed = await api.post(
      `{ meetings(first: 25) { edges { node { id statements { id topics { id } targets { __typename } } } } } }`,
    );
    expect(quote.body.errors).toBeUndefined();
    expect(detailed.body.errors).toBeUndefined();
    // The page alone: its statements' speakers, or all their details, came with it.
    expect(quote.body.extensions?.cypher?.queries).toBe(1);
    expect(detailed.body.extensions?.cypher?.queries).toBe(1);
  });
});
