/**
 * A statement's details (speaker, principals, targets, meeting, topics, …) answer the same
 * wherever the statement is reached. Pages carry only the details their client selected (a
 * quote's speaker, or all), so a detail selected elsewhere in the same request must still be
 * loaded, not taken as empty from a page that did not carry it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../__generated__/gql.ts";
import type { StatementDetailsFragment } from "../__generated__/graphql.ts";
import { type ApiHarness, dataOf, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

// Every detail of a statement (its actors as __typename and id), written out in each
// document so that each page is asked exactly for what the test says.
const StatementById = graphql(`
  query StatementById($id: ID!) { node(id: $id) { __typename ...StatementDetails } }
  fragment StatementDetails on Statement {
    id
    speaker { id } speakers { id }
    onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
    principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
    relayedBy { id }
    directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
    targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
    meeting { id } concerns { id } topics { id }
  }
`);

const MeetingStatementsTwice = graphql(`
  query MeetingStatementsTwice {
    quotes: meetings(first: 25) { edges { node {
      statements { id speaker { id } } statementsAbout { id speaker { id } }
    } } }
    everything: meetings(first: 25) { edges { node {
      statements {
        id
        speaker { id } speakers { id }
        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        relayedBy { id }
        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        meeting { id } concerns { id } topics { id }
      }
      statementsAbout {
        id
        speaker { id } speakers { id }
        onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        relayedBy { id }
        directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
        meeting { id } concerns { id } topics { id }
      }
    } } }
  }
`);

const StatementsTwice = graphql(`
  query StatementsTwice {
    quotes: statements(first: 50) { edges { node { id speaker { id } } } }
    everything: statements(first: 50) { edges { node {
      id
      speaker { id } speakers { id }
      onBehalfOf { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
      principals { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
      relayedBy { id }
      directedAt { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
      targets { __typename ... on Person { id } ... on Organization { id } ... on Country { id } }
      meeting { id } concerns { id } topics { id }
    } } }
  }
`);

const MeetingQuotes = graphql(`
  query MeetingQuotes {
    meetings(first: 25) { edges { node { id statements { id speaker { id } } } } }
  }
`);

const MeetingStatementTopics = graphql(`
  query MeetingStatementTopics {
    meetings(first: 25) { edges { node { id statements { id topics { id } targets { __typename } } } } }
  }
`);

/** Each statement looked up by its own id, with every detail (one a request). */
async function detailsById(ids: string[]): Promise<Map<string, StatementDetailsFragment>> {
  const found = new Map<string, StatementDetailsFragment>();
  for (const id of ids) {
    const { node } = dataOf(await api.post(StatementById, { id }));
    if (node?.__typename !== "Statement") continue;
    const { __typename, ...details } = node;
    found.set(id, details);
  }
  return found;
}

function statementsOf<T>(edges: Array<{ node: { statements: T[]; statementsAbout: T[] } }>): T[] {
  return edges.flatMap(({ node }) => [...node.statements, ...node.statementsAbout]);
}

describe("statement details", () => {
  it("are the same on a page that carried only speakers, beside a field that needs the rest", async () => {
    // The meetings' pages carry their statements with speakers only; `topics`, `targets` and
    // the others on the same statements, selected through an alias, must load.
    const response = await api.post(MeetingStatementsTwice);
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data;
    const everything = statementsOf(data?.everything.edges ?? []);
    const quotes = statementsOf(data?.quotes.edges ?? []);
    expect(everything.length).toBeGreaterThan(5);
    // Some statements in the seeds have topics and targets: an empty answer would be wrong.
    expect(everything.some((s) => s.topics.length > 0)).toBe(true);
    expect(everything.some((s) => s.targets.length > 0)).toBe(true);

    const truth = await detailsById([...new Set(everything.map((s) => s.id))]);
    for (const statement of everything) expect(statement).toEqual(truth.get(statement.id));
    for (const quote of quotes) expect(quote.speaker).toEqual(truth.get(quote.id)?.speaker);
  });

  it("are the same on a statements page that carried all of them and on one that carried speakers", async () => {
    const response = await api.post(StatementsTwice);
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data;
    const everything = (data?.everything.edges ?? []).map((edge) => edge.node);
    expect(everything.length).toBeGreaterThan(5);
    const truth = await detailsById(everything.map((s) => s.id));
    for (const statement of everything) expect(statement).toEqual(truth.get(statement.id));
    for (const { node } of data?.quotes.edges ?? [])
      expect(node.speaker).toEqual(truth.get(node.id)?.speaker);
  });

  it("cost no round trip of their own when the page carried them", async () => {
    const quote = await api.post(MeetingQuotes);
    const detailed = await api.post(MeetingStatementTopics);
    expect(quote.body.errors).toBeUndefined();
    expect(detailed.body.errors).toBeUndefined();
    // The page alone: its statements' speakers, or all their details, came with it.
    expect(quote.body.extensions?.cypher?.queries).toBe(1);
    expect(detailed.body.extensions?.cypher?.queries).toBe(1);
  });
});
