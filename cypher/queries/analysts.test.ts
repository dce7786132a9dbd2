/**
 * The pitfalls of docs/analysts.md on the seeded graph: the obvious Cypher for each question
 * gives the right answer on this model (each of these failed on the model before issue 12),
 * and the API and the query library give the same answers to the questions they share.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONNECTING_TYPES } from "../../src/data/connections.ts";
import { tiedShortestPaths } from "../../src/data/tied-paths.ts";
import { parseQueryFile, withOptionalParams } from "../../src/queries/library.ts";
import { graphql } from "../../test/__generated__/gql.ts";
import { type ApiHarness, dataOf, startApi } from "../../test/support/graphql.ts";
import { runReadQuery } from "../../test/support/neo4j.ts";

const dir = fileURLToPath(new URL("./", import.meta.url));
const library = (name: string) => readFileSync(`${dir}${name}.cypher`, "utf8");
/** Runs a library query, its optional parameters (a page's after and limit) left out. */
const run = (name: string, params: Record<string, unknown>) => {
  const query = parseQueryFile(`${dir}${name}.cypher`, library(name));
  return runReadQuery(query.cypher, withOptionalParams(query, params));
};

describe("statements made for a country", () => {
  it("the obvious pattern lists no US official among Iran's speakers", async () => {
    const rows = await runReadQuery(
      `MATCH (p:Person)-[:SAID]->(s:Statement)-[:ON_BEHALF_OF]->(:Country {id: "country:IRN"})
       RETURN DISTINCT p.id AS speaker ORDER BY speaker`,
    );
    const speakers = rows.map((r) => r.speaker);
    expect(speakers).not.toContain("person:ryan-crocker");
    expect(speakers).toContain("person:hassan-kazemi-qomi");
    // Each speaker held an office of Iran: none spoke for Iran from the other side.
    const foreign = await runReadQuery(
      `MATCH (p:Person)-[:SAID]->(:Statement)-[:ON_BEHALF_OF]->(:Country {id: "country:IRN"})
       WHERE NOT EXISTS { (p)-[:HELD_POSITION]->(:Position)-[:OF]->()-[:BELONGS_TO*0..1]->(:Country {id: "country:IRN"}) }
       RETURN DISTINCT p.id AS speaker`,
    );
    expect(foreign).toEqual([]);
  });

  it("has at most one speaker per statement; a joint act is one statement per speaker", async () => {
    const shared = await runReadQuery(
      `MATCH (s:Statement) WHERE COUNT { (:Person)-[:SAID]->(s) } > 1 RETURN s.id AS id`,
    );
    expect(shared).toEqual([]);
    const joint = await run("statements-for", { actor: "country:USA" });
    const july = joint.find(
      (r) => r.statement === "statement:crocker-agrees-to-set-up-security-subcommittee",
    );
    expect(july).toMatchObject({
      speaker: "Ryan Crocker",
      directedAt: ["Iran"],
      jointWith: ["Hassan Kazemi Qomi for Iran"],
    });
  });
});

describe("who represented whom", () => {
  it("walks from a meeting to the governments represented, with their names", async () => {
    const rows = await runReadQuery(
      `MATCH (:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})<-[:AT]-(x:Participation)-[:REPRESENTING]->(c:Country)
       MATCH (p:Person)-[:TOOK_PART_AS]->(x)
       RETURN p.name AS person, c.name AS country ORDER BY person`,
    );
    expect(rows).toEqual([
      { person: "Hassan Kazemi Qomi", country: "Iran" },
      { person: "Ryan Crocker", country: "United States" },
    ]);
  });

  it("shows it in the library's meetings between two countries", async () => {
    const rows = await run("meetings-between", { a: "country:USA", b: "country:IRN" });
    expect(rows[0]?.participants).toEqual([
      "Hassan Kazemi Qomi (Iranian ambassador to Iraq) for Iran",
      "Ryan Crocker (United States ambassador to Iraq) for United States",
    ]);
  });
});

describe("titles, whatever dash is typed", () => {
  it("finds the US–Iran meetings with a hyphen, an en dash or in capitals", async () => {
    const obvious = await runReadQuery(
      `MATCH (m:Meeting) WHERE m.searchTitle CONTAINS "us-iran" RETURN m.id AS id ORDER BY id`,
    );
    expect(obvious).toHaveLength(4);
    for (const q of ["US-Iran", "US–Iran", "us—iran"]) {
      const rows = await run("find-meetings", { q });
      expect(rows.map((r) => r.meeting).sort(), q).toEqual(obvious.map((r) => r.id));
    }
    // The obvious CONTAINS on the stored title finds none of them with a hyphen.
    const raw = await runReadQuery(
      `MATCH (m:Meeting) WHERE m.title CONTAINS "US-Iran" RETURN count(m) AS n`,
    );
    expect(raw[0]?.n).toBe(0);
    expect((await run("find-meetings", { q: "Zarif-Kerry" })).map((r) => r.meeting)).toEqual([
      "meeting:zarif-kerry-new-york",
    ]);
  });
});

describe("one list of connecting relationship types", () => {
  it("is the list the library's shortest-connection walks", () => {
    const pattern = /\[:([A-Z_|]+)\*\.\.\d+\]/.exec(library("shortest-connection"));
    expect(pattern?.[1]?.split("|").sort()).toEqual([...CONNECTING_TYPES].sort());
  });

  it("keeps the naive shortest path's weak links out of the library's path", async () => {
    const naive = await runReadQuery(
      `MATCH (a:Person {id: "person:kofi-annan"}), (b:Person {id: "person:ryan-crocker"})
       MATCH path = shortestPath((a)-[*..8]-(b))
       RETURN [r IN relationships(path) | type(r)] AS types`,
    );
    const naiveTypes = naive[0]?.types as string[];
    expect(naiveTypes.some((t) => !(CONNECTING_TYPES as readonly string[]).includes(t))).toBe(true);
    const rows = await run("shortest-connection", {
      a: "person:kofi-annan",
      b: "person:ryan-crocker",
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      for (const step of row.steps as string[]) {
        const type = /[—←]([A-Z_]+)[→—]/.exec(step)?.[1];
        expect(CONNECTING_TYPES, step).toContain(type);
      }
  });
});

const MeetingsBetween = graphql(`
  query MeetingsBetween($filter: MeetingFilter) {
    meetings(filter: $filter, first: 100) { edges { node { id } } }
  }
`);

const Counterparts = graphql(`
  query Counterparts($id: ID!) { person(id: $id) { counterparts { person { id } meetingCount } } }
`);

const PositionsAt = graphql(`
  query PositionsAt($id: ID!, $at: String) { person(id: $id) { positions(at: $at) { id } } }
`);

const MeetingParties = graphql(`
  query MeetingParties($id: ID!) {
    meeting(id: $id) {
      status
      participants { person { name } }
      intendedParticipants { person { name } }
      parties { ... on Country { name } ... on Organization { name } }
      intendedParties { ... on Country { name } ... on Organization { name } }
    }
  }
`);

const JointStatements = graphql(`
  query JointStatements($actor: ID!) {
    statements(filter: { onBehalfOf: $actor }, first: 100) { edges { node {
      id
      jointWith {
        speaker { name }
        principals { ... on Country { name } ... on Organization { name } ... on Person { name } }
      }
    } } }
  }
`);

const ShortestConnection = graphql(`
  query ShortestConnection($from: ID!, $to: ID!) {
    shortestConnection(from: $from, to: $to, maxHops: 6) { hops nodes { ... on Node { id } } }
  }
`);

describe("the API and the library agree on the seeded graph", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.stop());

  it.each([
    ["country:USA", "country:IRN", { countries: ["USA", "IRN"] }],
    [
      "person:ryan-crocker",
      "person:hassan-kazemi-qomi",
      { participants: ["person:ryan-crocker", "person:hassan-kazemi-qomi"] },
    ],
    [
      "org:united-nations",
      "person:mohammad-khatami",
      { participants: ["org:united-nations", "person:mohammad-khatami"] },
    ],
    [
      "country:IRN",
      "org:us-iran-security-subcommittee",
      { participants: ["country:IRN", "org:us-iran-security-subcommittee"] },
    ],
  ])("on the meetings %s and %s took part in", async (a, b, filter) => {
    const data = dataOf(await api.post(MeetingsBetween, { filter }));
    const library = await run("meetings-between", { a, b });
    expect(library.length).toBeGreaterThan(0);
    expect(data.meetings.edges.map((e) => e.node.id)).toEqual(library.map((r) => r.meeting));
  });

  it.each([
    "person:ryan-crocker",
    "person:hassan-kazemi-qomi",
    "person:zalmay-khalilzad",
    "person:john-kerry",
  ])("on %s's counterparts", async (person) => {
    const data = dataOf(await api.post(Counterparts, { id: person }));
    const library = await run("person-counterparts", { person });
    expect(data.person?.counterparts.map((c) => [c.person.id, c.meetingCount])).toEqual(
      library.map((r) => [r.counterpart, r.meetings]),
    );
  });

  it.each([
    ["person:hassan-kazemi-qomi", "2007-11-20"],
    ["person:hassan-kazemi-qomi", "2006-01-01"],
    ["person:ryan-crocker", "2007-08-15"],
    ["person:zalmay-khalilzad", "2007-05-28"],
    ["person:zalmay-khalilzad", "2007-01-01"],
    ["person:mohammad-reza-pahlavi", "1980-01-01"],
    ["person:mohammad-reza-pahlavi", "1978-06-01"],
  ])("on %s's offices on %s", async (person, at) => {
    const data = dataOf(await api.post(PositionsAt, { id: person, at }));
    const library = await run("positions-at", { person, at });
    expect(data.person?.positions.map((p) => p.id).sort()).toEqual(
      library.map((r) => r.position).sort(),
    );
  });

  it.each([
    ["meeting:us-iran-iraq-talks-round-1", "HELD"],
    ["meeting:proposed-iran-us-talks-on-iraq", "DECLINED"],
    ["meeting:alliance-of-civilizations-meeting", "PLANNED"],
  ])("on who took part in %s (%s), and who was to", async (meeting, status) => {
    const m = dataOf(await api.post(MeetingParties, { id: meeting })).meeting;
    expect(m?.status).toBe(status);
    const [library] = await run("meeting-details", { meeting });
    // The library lists every participation as "name (role) for whom"; a body or state that
    // took part as such is one of the API's parties, not one of its participants (people).
    const bodies = new Set(
      [...(m?.parties ?? []), ...(m?.intendedParties ?? [])].map((a) => a.name),
    );
    const people = (list: unknown) =>
      (list as string[])
        .map((entry) => entry.replace(/ \(.*$/, "").replace(/ for .*$/, ""))
        .filter((name) => !bodies.has(name))
        .sort();
    const names = (list: Array<{ person: { name: string } }> = []) =>
      list.map((p) => p.person.name).sort();
    expect(names(m?.participants)).toEqual(people(library?.participants));
    expect(names(m?.intendedParticipants)).toEqual(people(library?.intendedParticipants));
    expect(status === "HELD" ? m?.intendedParticipants : m?.participants).toEqual([]);
  });

  it.each(["country:USA", "country:IRN", "country:IRQ"])(
    "on the joint statements made for %s and their other parties",
    async (actor) => {
      const data = dataOf(await api.post(JointStatements, { actor }));
      const answered = data.statements.edges
        .map(({ node }) => [
          node.id,
          node.jointWith
            .map(
              (other) =>
                (other.speaker ? `${other.speaker.name} for ` : "") +
                other.principals
                  .map((p) => p.name)
                  .sort()
                  .join(", "),
            )
            .sort(),
        ])
        .filter(([, joint]) => (joint?.length ?? 0) > 0);
      const library = (await run("statements-for", { actor }))
        .map((r) => [r.statement, r.jointWith])
        .filter(([, joint]) => (joint as string[]).length > 0);
      expect(library.length).toBeGreaterThan(0);
      expect(answered.sort()).toEqual(library.sort());
    },
  );

  it.each([
    ["person:ryan-crocker", "person:hassan-kazemi-qomi"],
    ["person:mohammad-khatami", "person:ryan-crocker"],
    ["person:kofi-annan", "person:ryan-crocker"],
    ["person:john-kerry", "person:manouchehr-mottaki"],
  ])("on the shortest connection from %s to %s", async (from, to) => {
    const data = dataOf(await api.post(ShortestConnection, { from, to }));
    const library = await run("shortest-connection", { a: from, b: to });
    expect(data.shortestConnection?.hops).toBe(library[0]?.hops);
    // The API returns one of the shortest paths; the library lists them (up to 10).
    const apiPath = data.shortestConnection?.nodes.map((n) => n.id);
    const libraryPaths = library.map((r) => r.nodeIds);
    if (library.length < 10) expect(libraryPaths).toContainEqual(apiPath);
  });
});

describe("one definition of the tied shortest connections returned", () => {
  it("is the search the library's shortest-connection runs, as the API does", () => {
    // The API builds it for its bound and weak links (src/data/paths.ts); the library's file
    // holds the text for 6 hops and 10 paths, word for word.
    expect(library("shortest-connection")).toContain(
      tiedShortestPaths({ maxHops: 6, limit: "10" }),
    );
  });
});
