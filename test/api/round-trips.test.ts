/**
 * No N+1: the Cypher round trips of a nested query depend on its depth, not on how many
 * results each level returns. Counted by the executor and reported in extensions.cypher.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActorPageDocument } from "../../src/__generated__/operations.ts";
import { graphql } from "../__generated__/gql.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const Nested = graphql(`
  query Nested($first: Int, $filter: MeetingFilter) {
    meetings(first: $first, filter: $filter) {
      edges { node {
        id
        host { __typename }
        participants { role person { id name positions { title } } representing { __typename } }
        statements { id speaker { id } sources { excerpt article { id } } }
        sources { excerpt article { id } }
      } }
    }
  }
`);

const TooLongAPage = graphql(`
  query TooLongAPage($id: ID!) { person(id: $id) { meetings(first: 1000) { totalCount } } }
`);

const NameAndAliases = graphql(`
  query NameAndAliases { person(id: "person:ryan-crocker") { name aliases } }
`);

describe("round trips to Neo4j", () => {
  it("are the same for a nested query over one meeting and over every meeting", async () => {
    // One meeting that has something at every level (participants, statements, sources)...
    const one = await api.post(Nested, { first: 1, filter: { from: "2007-07", to: "2007-07" } });
    const oneMeetings = one.body.data?.meetings.edges ?? [];
    expect(oneMeetings).toHaveLength(1);
    expect(oneMeetings[0]?.node.statements.length).toBeGreaterThan(0);
    expect(oneMeetings[0]?.node.participants.length).toBeGreaterThan(0);

    // ...and all of them (the seeds have fewer than 50; a page of 100 this deep is over the
    // default cost limit).
    const many = await api.post(Nested, { first: 50 });
    const manyMeetings = many.body.data?.meetings.edges ?? [];
    expect(manyMeetings.length).toBeGreaterThan(5);

    expect(one.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    expect(one.body.extensions?.cypher?.queries).toBe(many.body.extensions?.cypher?.queries);
    // meetings, details, participants, positions, statements, statement details, sources x2
    expect(many.body.extensions?.cypher?.queries).toBeLessThanOrEqual(8);
  });

  it("the actor page costs one round trip per kind of data, whatever the actor", async () => {
    const counts = [];
    const rounds = [];
    for (const id of [
      "person:ryan-crocker",
      "person:hassan-kazemi-qomi",
      "person:mohammad-khatami",
    ]) {
      const response = await api.post(ActorPageDocument, { id });
      expect(response.body.errors).toBeUndefined();
      counts.push(response.body.extensions?.cypher?.queries);
      rounds.push(response.body.extensions?.cypher?.rounds);
    }
    // person; positions (with their bodies); the meetings page, which carries each meeting's
    // participants, statements during and about it (with speakers and sources) and sources;
    // the person's own statements page, which carries their speakers and sources. It was 7
    // (one round trip per kind of data) before pages carried what their items select, and 3
    // before the page showed the person's statements.
    expect(counts).toEqual([4, 4, 4]);
    // All at once: the pages and the positions need only the id the client sent, so they do
    // not wait for the person (src/graphql/prefetch.ts). It was 2 waits before.
    expect(rounds).toEqual([1, 1, 1]);
  });

  it("a lookup by id that finds nothing answers null, and its early loads fail nothing", async () => {
    const response = await api.post(ActorPageDocument, { id: "person:nobody-by-this-name" });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ person: null });
    const invalid = await api.post(TooLongAPage, { id: "person:ryan-crocker" });
    // The early call's error is the real call's: reported once, with its code.
    expect(invalid.body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a single lookup costs one round trip", async () => {
    const response = await api.post(NameAndAliases);
    expect(response.body.extensions?.cypher?.queries).toBe(1);
  });
});
