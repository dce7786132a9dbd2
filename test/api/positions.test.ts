/**
 * Positions over the API: dates only as the sources allow, former posts excluded after the
 * article that calls them former, and claims marked as claims.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

interface Positions {
  person: {
    all: Array<{ title: string; current: boolean | null; claimedBy: { id: string } | null }>;
    at: Array<{ title: string }>;
  };
}

describe("Person.positions", () => {
  it("at a date excludes posts an earlier article already called former", async () => {
    const response = await api.post(`{
      person(id: "person:hassan-kazemi-qomi") {
        all: positions { title current claimedBy { ... on Organization { id } } }
        at: positions(at: "2007-11-20") { title }
      }
    }`);
    const { person } = response.body.data as unknown as Positions;
    const all = person.all.map((position) => position.title);
    const atDate = person.at.map((position) => position.title);
    expect(all).toContain("Iranian Chargé d'Affaires in Iraq");
    expect(atDate).toContain("Iranian Ambassador to Iraq");
    expect(atDate).not.toContain("Iranian Chargé d'Affaires in Iraq");
    expect(atDate.length).toBeLessThan(all.length);
  });

  it("marks a position known only as another actor's claim with who claims it", async () => {
    const response = await api.post(`{
      person(id: "person:hassan-kazemi-qomi") {
        all: positions { title current claimedBy { ... on Organization { id } } }
        at: positions { title }
      }
    }`);
    const { person } = response.body.data as unknown as Positions;
    const qods = person.all.find((position) => /Qods Force/.test(position.title));
    expect(qods?.claimedBy).toEqual({ id: "org:ncri" });
    const ambassador = person.all.find(
      (position) => position.title === "Iranian Ambassador to Iraq",
    );
    expect(ambassador?.claimedBy).toBeNull();
  });
});
