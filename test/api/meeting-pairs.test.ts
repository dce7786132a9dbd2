/**
 * Meetings between two actors (`filter: {participants: [a, b]}` or `{countries: [A, B]}`):
 * the page walks one actor's meetings and checks the other on each; `totalCount` joins the
 * two actors' lists instead (src/data/lists/meetings.ts). Both must name the same meetings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../__generated__/gql.ts";
import { type ApiHarness, dataOf, startApi } from "../support/graphql.ts";
import { database, testDriver } from "../support/neo4j.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const MeetingsOfPair = graphql(`
  query MeetingsOfPair($pair: [ID!]) { meetings(filter: {participants: $pair}, first: 50) {
    totalCount pageInfo { hasNextPage } edges { node { id } }
  } }
`);

const MeetingsOfCountryPair = graphql(`
  query MeetingsOfCountryPair($codes: [String!]) { meetings(filter: {countries: $codes}, first: 50) {
    totalCount edges { node { id } }
  } }
`);

/** The actors that took part in the most meetings of the seeded graph, any label. */
async function busiestActors(count: number): Promise<string[]> {
  const { records } = await testDriver().executeQuery(
    `MATCH (a:Person|Organization|Country)
     WITH a, COUNT { (a)-[:TOOK_PART_IN]->() } AS meetings WHERE meetings > 0
     RETURN a.id AS id ORDER BY meetings DESC, id LIMIT toInteger($count)`,
    { count },
    { database: database() },
  );
  return records.map((record) => record.get("id") as string);
}

describe("meetings between two actors", () => {
  it("count exactly the meetings their pages list, for every pair of the busiest actors", async () => {
    const actors = await busiestActors(9);
    expect(actors.length).toBe(9);
    const counted: number[] = [];
    for (const [i, first] of actors.entries()) {
      for (const second of actors.slice(i + 1)) {
        const response = await api.post(MeetingsOfPair, { pair: [first, second] });
        const page = dataOf(response).meetings;
        // The seeds hold fewer than 50 meetings: one page is the whole list.
        expect(page.pageInfo.hasNextPage).toBe(false);
        expect(page.totalCount, `${first} + ${second}`).toBe(page.edges.length);
        counted.push(page.totalCount);
      }
    }
    // Some pairs met and some did not, so both kinds of answer were checked.
    expect(counted.some((n) => n > 1)).toBe(true);
    expect(counted.some((n) => n === 0)).toBe(true);
  });

  it("count a country pair as its pages list it, the same whichever country is named first", async () => {
    const counts = [];
    for (const codes of [
      ["IRN", "USA"],
      ["USA", "IRN"],
    ]) {
      const response = await api.post(MeetingsOfCountryPair, { codes });
      const page = dataOf(response).meetings;
      expect(page.totalCount).toBe(page.edges.length);
      counts.push(page.totalCount);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});
