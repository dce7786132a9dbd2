/**
 * Positions over the API: dates only as the sources allow, former posts excluded after the
 * article that calls them former, and claims marked as claims.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../__generated__/gql.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const PositionsAtDate = graphql(`
  query PositionsAtDate {
    person(id: "person:hassan-kazemi-qomi") {
      all: positions { title current claimedBy { ... on Organization { id } } }
      at: positions(at: "2007-11-20") { title }
    }
  }
`);

const AllegedPositions = graphql(`
  query AllegedPositions {
    person(id: "person:hassan-kazemi-qomi") {
      positions { title claimedBy { ... on Organization { id } } }
      allegedPositions {
        title holder { id }
        claimedBy { ... on Organization { id } }
        claim { id speaker { id } sources { article { id } } }
      }
    }
  }
`);

describe("Person.positions", () => {
  it("at a date excludes posts an earlier article already called former", async () => {
    const response = await api.post(PositionsAtDate);
    const person = response.body.data?.person;
    const all = (person?.all ?? []).map((position) => position.title);
    const atDate = (person?.at ?? []).map((position) => position.title);
    expect(all).toContain("Iranian Chargé d'Affaires in Iraq");
    expect(atDate).toContain("Iranian Ambassador to Iraq");
    expect(atDate).not.toContain("Iranian Chargé d'Affaires in Iraq");
    expect(atDate.length).toBeLessThan(all.length);
  });

  it("keeps a position known only as another actor's claim out of positions, as an alleged one with its claim", async () => {
    // 001: "the National Council of Resistance of Iran, said earlier this week that Kazemi
    // Qomi was currently an active member of the IRGC’s extra-territorial Qods Force."
    const response = await api.post(AllegedPositions);
    expect(response.body.errors).toBeUndefined();
    const person = response.body.data?.person;
    expect(person).toBeTruthy();
    const positions = person?.positions ?? [];
    expect(positions.some((p) => /Qods Force/.test(p.title))).toBe(false);
    expect(positions.every((p) => p.claimedBy === null)).toBe(true);
    expect(person?.allegedPositions).toEqual([
      {
        title: "Active member of the Qods Force",
        holder: { id: "person:hassan-kazemi-qomi" },
        claimedBy: { id: "org:ncri" },
        claim: {
          id: "statement:ncri-says-kazemi-qomi-is-qods-force-member",
          speaker: null,
          sources: [{ article: { id: "article:001-crocker-meeting-iran-envoy" } }],
        },
      },
    ]);
  });
});
