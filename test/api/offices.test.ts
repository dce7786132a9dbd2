/**
 * A party's offices over the API (`Organization.offices`, `Country.offices`): paged through,
 * every position of the deprecated `positions` list comes exactly once, in its order, with
 * `totalCount` its length; at a date as `positions(at:)`; bad page arguments refused with the
 * codes of the other connections; and one round trip per level whatever the parties.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../__generated__/gql.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const OrganizationOffices = graphql(`
  query OrganizationOffices($id: ID!, $at: String, $first: Int, $after: String) {
    organization(id: $id) {
      positions(at: $at) { id title holder { id } }
      offices(at: $at, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { id title holder { id } } }
      }
    }
  }
`);

const CountryOffices = graphql(`
  query CountryOffices($code: String!, $at: String, $first: Int, $after: String) {
    country(code: $code) {
      positions(at: $at) { id title holder { id } }
      offices(at: $at, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { id title holder { id } } }
      }
    }
  }
`);

const EveryCountrysFirstOffice = graphql(`
  query EveryCountrysFirstOffice($first: Int) {
    countries { id offices(first: $first) { edges { node { id holder { id name } } } } }
  }
`);

interface OfficePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
  edges: Array<{ cursor: string; node: { id: string; title: string; holder: { id: string } } }>;
}
interface Party {
  positions: Array<{ id: string; title: string; holder: { id: string } }>;
  offices: OfficePage;
}

/** Pages through a party's offices `first` at a time, checking each page as it comes. */
async function pageThrough(
  load: (after: string | null) => Promise<Party | null | undefined>,
  first: number,
) {
  const pages: OfficePage[] = [];
  let positions: Party["positions"] = [];
  let after: string | null = null;
  for (let round = 0; round < 100; round++) {
    const party = await load(after);
    if (!party) throw new Error("no such party");
    positions = party.positions;
    const page = party.offices;
    pages.push(page);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(first);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
    after = page.pageInfo.endCursor ?? null;
  }
  return { pages, positions, offices: pages.flatMap((page) => page.edges.map((e) => e.node)) };
}

describe("Organization.offices", () => {
  it("pages through the UN's offices: each position of `positions` once, in its order", async () => {
    const { pages, positions, offices } = await pageThrough(async (after) => {
      const response = await api.post(OrganizationOffices, {
        id: "org:united-nations",
        first: 1,
        after,
      });
      expect(response.body.errors).toBeUndefined();
      return response.body.data?.organization;
    }, 1);
    // More than one page, or this proves nothing about cursors.
    expect(pages.length).toBeGreaterThan(1);
    expect(offices).toEqual(positions);
    expect(new Set(offices.map((office) => office.id)).size).toBe(offices.length);
    for (const page of pages) expect(page.totalCount).toBe(positions.length);
  });
});

describe("Country.offices", () => {
  it("pages through the United States' offices as its `positions`, and at a date", async () => {
    for (const at of [null, "2007-05-28"]) {
      const { pages, positions, offices } = await pageThrough(async (after) => {
        const response = await api.post(CountryOffices, { code: "USA", at, first: 1, after });
        expect(response.body.errors).toBeUndefined();
        return response.body.data?.country;
      }, 1);
      expect(positions.length, `at ${at}`).toBeGreaterThan(1);
      expect(pages.length, `at ${at}`).toBe(positions.length);
      expect(offices, `at ${at}`).toEqual(positions);
      for (const page of pages) expect(page.totalCount, `at ${at}`).toBe(positions.length);
    }
  });

  it("leaves another actor's claim out, as positions does", async () => {
    // The NCRI's claim that Kazemi Qomi is in the Qods Force is his alleged position, no
    // office of the Qods Force.
    const response = await api.post(OrganizationOffices, { id: "org:qods-force", first: 100 });
    expect(response.body.errors).toBeUndefined();
    const organization = response.body.data?.organization;
    const titles = organization?.offices.edges.map((edge) => edge.node.title) ?? [];
    expect(titles).not.toContain("Active member of the Qods Force");
    expect(organization?.offices.totalCount).toBe(organization?.positions.length);
  });

  it("loads every party's page and holders in one round trip per level", async () => {
    const one = await api.post(EveryCountrysFirstOffice, { first: 1 });
    const more = await api.post(EveryCountrysFirstOffice, { first: 20 });
    expect(one.body.errors).toBeUndefined();
    expect(more.body.errors).toBeUndefined();
    const held = (more.body.data?.countries ?? []).filter((c) => c.offices.edges.length > 1);
    expect(held.length).toBeGreaterThan(0);
    // countries; their offices with the holders carried by the page.
    expect(more.body.extensions?.cypher?.queries).toBe(one.body.extensions?.cypher?.queries);
    expect(more.body.extensions?.cypher?.queries).toBeLessThanOrEqual(2);
  });
});

describe("bad page arguments", () => {
  it.each([
    [
      '{ organization(id: "org:united-nations") { offices(first: 101) { totalCount } } }',
      /first: must be between 0 and 100/,
    ],
    [
      '{ country(code: "USA") { offices(first: -1) { totalCount } } }',
      /first: must be between 0 and 100/,
    ],
    ['{ country(code: "USA") { offices(after: "not-a-cursor!") { totalCount } } }', /not a cursor/],
    ['{ country(code: "USA") { offices(at: "yesterday") { totalCount } } }', /not a date/],
  ])("%s → BAD_USER_INPUT", async (query, message) => {
    const response = await api.post(query);
    const error = response.body.errors?.[0];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(message);
  });
});
