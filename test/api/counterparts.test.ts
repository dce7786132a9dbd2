/**
 * Person.counterparts: the people a person met at held meetings, most meetings first, each
 * with the meetings they shared. The counts come from one aggregate; the shared meetings load
 * only when asked for, all counterparts' in one batched query.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../__generated__/gql.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const CounterpartsWithMeetings = graphql(`
  query CounterpartsWithMeetings($id: ID!) { person(id: $id) { counterparts {
    meetingCount person { id } meetings { id status }
  } } }
`);

const CounterpartCounts = graphql(`
  query CounterpartCounts($id: ID!) { person(id: $id) { counterparts { meetingCount person { id } } } }
`);

describe("a person's counterparts", () => {
  it("lists each counterpart's shared held meetings in date order, as many as meetingCount says", async () => {
    const response = await api.post(CounterpartsWithMeetings, { id: "person:ryan-crocker" });
    expect(response.body.errors).toBeUndefined();
    const counterparts = response.body.data?.person?.counterparts ?? [];
    const kazemiQomi = counterparts.find((c) => c.person.id === "person:hassan-kazemi-qomi");
    // 004: "have held three rounds of talks in Baghad since May" (issue 20).
    expect(kazemiQomi?.meetingCount).toBe(3);
    expect(kazemiQomi?.meetings.map((m) => m.id)).toEqual([
      "meeting:us-iran-iraq-talks-round-1",
      "meeting:us-iran-iraq-talks-round-2",
      "meeting:us-iran-security-subcommittee-first-meeting",
    ]);
    for (const counterpart of counterparts) {
      expect(counterpart.meetings).toHaveLength(counterpart.meetingCount);
      expect(counterpart.meetings.every((m) => m.status === "HELD")).toBe(true);
    }
    // One query for the counts and one for every counterpart's meetings, however many.
    expect(response.body.extensions?.cypher?.queries).toBe(3);
  });

  it("counts without loading the meetings when they are not asked for", async () => {
    const response = await api.post(CounterpartCounts, { id: "person:ryan-crocker" });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.extensions?.cypher?.queries).toBe(2);
  });
});
