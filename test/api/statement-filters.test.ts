/**
 * A country pair's timeline through GraphQL: statements made on one actor's behalf and
 * addressed to another, in date order, as the analyst library's country-pair timeline has
 * them (cypher/queries/country-pair-timeline.cypher).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../__generated__/gql.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";
import { testDriver } from "../support/neo4j.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const StatementsBetween = graphql(`
  query StatementsBetween($from: ID!, $to: ID!) {
    statements(filter: {onBehalfOf: $from, directedAt: $to}, first: 50) {
      totalCount
      edges { node { id principals { __typename ... on Country { id } } targets { __typename ... on Country { id } } } }
    }
  }
`);

describe("statements filtered by whom they were addressed to", () => {
  it("gives each direction of the IRN–USA pair: on one's behalf, addressed to the other", async () => {
    const directions: Array<[string, string]> = [
      ["country:IRN", "country:USA"],
      ["country:USA", "country:IRN"],
    ];
    for (const [from, to] of directions) {
      const response = await api.post(StatementsBetween, { from, to });
      expect(response.body.errors).toBeUndefined();
      const statements = response.body.data?.statements;
      // The same statements as the graph says, counted directly.
      const { records } = await testDriver().executeQuery(
        `MATCH (a {id: $from})<-[:ON_BEHALF_OF]-(s:Statement)-[:DIRECTED_AT]->(b {id: $to})
         RETURN s.id AS id ORDER BY s.sortKey`,
        { from, to },
      );
      const expected = records.map((record) => record.get("id") as string);
      expect(expected.length, `${from} → ${to} in the seeds`).toBeGreaterThan(0);
      expect(statements?.edges.map((edge) => edge.node.id)).toEqual(expected);
      expect(statements?.totalCount).toBe(expected.length);
      for (const { node } of statements?.edges ?? []) {
        expect(node.principals.map((p) => ("id" in p ? p.id : undefined))).toContain(from);
        expect(node.targets.map((t) => ("id" in t ? t.id : undefined))).toContain(to);
      }
    }
  });

  it("refuses an id that is not an actor's, naming the argument", async () => {
    const response = await api.post(StatementsBetween, {
      from: "country:IRN",
      to: "topic:iraq-security",
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.body.errors?.[0]?.extensions?.argument).toBe("filter.directedAt");
  });
});
