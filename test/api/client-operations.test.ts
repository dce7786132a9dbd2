/**
 * The front-end journeys (operations/*.graphql, typed by codegen) run over HTTP with a real
 * GraphQL client against the seeded Neo4j, and return what the articles say.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ActorMeetingsDocument,
  type ActorMeetingsQuery,
  ActorPageDocument,
  type ActorPageQuery,
  ConnectionDocument,
  MeetingPageDocument,
  PartyPageDocument,
  SearchDocument,
} from "../../src/__generated__/operations.ts";
import { paths } from "../../src/config/paths.ts";
import { loadExampleOperations } from "../../src/http/graphiql.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const CROCKER = "person:ryan-crocker";
const KAZEMI_QOMI = "person:hassan-kazemi-qomi";
const ROUND_ONE = "meeting:us-iran-iraq-talks-round-1";

function articleText(file: string): string {
  return readFileSync(join(paths.seeds, "articles", file), "utf8");
}

describe("actor page", () => {
  it("walks person → meetings → participants → statements → sources in one request", async () => {
    const data = await api.client.request(ActorPageDocument, { id: CROCKER });
    const person = data.person;
    expect(person?.name).toBe("Ryan Crocker");
    const meetings = person?.meetings.edges.map((edge) => edge.node) ?? [];
    expect(person?.meetings.totalCount).toBe(meetings.length);
    expect(meetings.map((meeting) => meeting.id)).toContain(ROUND_ONE);

    const roundOne = meetings.find((meeting) => meeting.id === ROUND_ONE);
    expect(roundOne?.date).toEqual({ iso: "2007-05-28", precision: "DAY" });
    expect(
      roundOne?.participants.map((p) => [
        p.person.name,
        p.representing && "code" in p.representing ? p.representing.code : null,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["Hassan Kazemi Qomi", "IRN"],
        ["Ryan Crocker", "USA"],
      ]),
    );
    // Reported by both article 001 and article 004: one meeting, two sources.
    expect(new Set(roundOne?.sources.map((source) => source.article.id)).size).toBe(2);

    const statements = meetings.flatMap((meeting) => meeting.statements);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.sources.length).toBeGreaterThan(0);
    }
  });

  it("shows the quotes said about each meeting and the person's own, with their sources", async () => {
    const data = await api.client.request(ActorPageDocument, { id: CROCKER });
    const roundOne = data.person?.meetings.edges.find((edge) => edge.node.id === ROUND_ONE)?.node;
    // Said to reporters after round 1: about the meeting (CONCERNS), not during it.
    const about = roundOne?.statementsAbout ?? [];
    const quote = about.find((s) => s.text.startsWith("We made it clear from the American point"));
    expect(quote?.speaker?.id).toBe(CROCKER);
    expect(quote?.sources.map((source) => source.excerpt).join(" ")).toContain(
      "about actions, not just principles",
    );
    const own = data.person?.statements;
    expect(own?.totalCount).toBeGreaterThanOrEqual(6);
    expect(own?.edges.map((edge) => edge.node.speaker?.id)).toEqual(own?.edges.map(() => CROCKER));
    expect(own?.edges.map((edge) => edge.node.id)).toContain(quote?.id);

    // Zarif's meeting with Kerry: the only quote near it is Kerry's, made about it.
    const zarif = await api.client.request(ActorPageDocument, {
      id: "person:mohammad-javad-zarif",
    });
    const speakersAbout = zarif.person?.meetings.edges.flatMap((edge) =>
      edge.node.statementsAbout.map((s) => s.speaker?.id),
    );
    expect(speakersAbout).toContain("person:john-kerry");
  });

  it("tells a represented country from an organization by __typename", async () => {
    const data = await api.client.request(ActorPageDocument, { id: CROCKER });
    const represented = data.person?.meetings.edges.flatMap((edge) =>
      edge.node.participants.map((p) => p.representing?.__typename ?? null),
    );
    expect(represented).toContain("Country");
    for (const name of represented ?? [])
      expect([null, "Country", "Organization", "Person"]).toContain(name);
  });

  it("pages through the actor's meetings with stable cursors", async () => {
    // 50 a page: all of Crocker's meetings, within the default cost limit for this page.
    const all = await api.client.request(ActorPageDocument, { id: CROCKER, meetingsFirst: 50 });
    const expected = all.person?.meetings.edges.map((edge) => edge.node.id) ?? [];
    expect(expected.length).toBeGreaterThan(1);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    do {
      const page: ActorPageQuery = await api.client.request(ActorPageDocument, {
        id: CROCKER,
        meetingsFirst: 1,
        meetingsAfter: after,
      });
      seen.push(...(page.person?.meetings.edges.map((edge) => edge.node.id) ?? []));
      after = page.person?.meetings.pageInfo.hasNextPage
        ? page.person.meetings.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it.each([
    ["a person's", CROCKER],
    ["a country's", "country:IRN"],
  ])(
    "continues %s first page with ActorMeetings, page by page, in the same order",
    async (_, id) => {
      // The first page as the actor's page asks it (ActorPage or PartyPage), one meeting long.
      const first =
        id === CROCKER
          ? (await api.client.request(ActorPageDocument, { id, meetingsFirst: 1 })).person?.meetings
          : await api.client
              .request(PartyPageDocument, { id, meetingsFirst: 1 })
              .then(({ node }) => (node && "meetings" in node ? node.meetings : undefined));
      const all =
        id === CROCKER
          ? (await api.client.request(ActorPageDocument, { id, meetingsFirst: 50 })).person
              ?.meetings
          : await api.client
              .request(PartyPageDocument, { id, meetingsFirst: 50 })
              .then(({ node }) => (node && "meetings" in node ? node.meetings : undefined));
      const expected = all?.edges.map((edge) => edge.node) ?? [];
      expect(expected.length).toBeGreaterThan(1);
      const seen = [...(first?.edges.map((edge) => edge.node) ?? [])];
      let after = first?.pageInfo.hasNextPage ? first.pageInfo.endCursor : null;
      while (after) {
        const page: ActorMeetingsQuery = await api.client.request(ActorMeetingsDocument, {
          id,
          first: 1,
          after,
        });
        const meetings = page.node && "meetings" in page.node ? page.node.meetings : undefined;
        expect(meetings?.totalCount).toBe(expected.length);
        seen.push(...(meetings?.edges.map((edge) => edge.node) ?? []));
        after = meetings?.pageInfo.hasNextPage ? meetings.pageInfo.endCursor : null;
      }
      // The same meetings with the same details as on one page.
      expect(seen).toEqual(expected);
    },
  );
});

describe("meeting page", () => {
  it("shows the first round with its host, place, next round and sources quoted verbatim", async () => {
    const { meeting } = await api.client.request(MeetingPageDocument, { id: ROUND_ONE });
    expect(meeting?.status).toBe("HELD");
    expect(meeting?.host).toMatchObject({ __typename: "Person", name: "Nouri al-Maliki" });
    expect(meeting?.place?.country?.code).toBe("IRQ");
    expect(
      meeting?.parties.map((party) => ("code" in party ? party.code : party.id)).sort(),
    ).toEqual(["IRN", "USA"]);
    expect(meeting?.nextRound?.id).toBe("meeting:us-iran-iraq-talks-round-2");
    expect(meeting).toMatchObject({ round: 1, roundInferred: false, dateText: "Monday" });
    expect(meeting?.event?.cameo).toMatch(/^04/);
    for (const source of meeting?.sources ?? []) {
      const file = source.article.id.startsWith("article:001")
        ? "001_99b912356660262a.txt"
        : "004_69e3c5e8f2877380.txt";
      expect(articleText(file)).toContain(source.excerpt);
    }
  });

  it("says when a round number was inferred rather than stated", async () => {
    const { meeting } = await api.client.request(MeetingPageDocument, {
      id: "meeting:us-iran-iraq-talks-round-2",
    });
    expect(meeting).toMatchObject({
      round: 2,
      roundInferred: true,
      date: { iso: "2007-07", precision: "MONTH" },
    });
  });

  it("answers null for an id that does not exist", async () => {
    const data = await api.client.request(MeetingPageDocument, { id: "meeting:never-happened" });
    expect(data.meeting).toBeNull();
  });
});

describe("search", () => {
  it("finds a person by a transliteration variant and by a misspelling", async () => {
    const variant = await api.client.request(SearchDocument, { text: "Qomi" });
    expect(variant.search[0]).toMatchObject({ __typename: "Person", id: KAZEMI_QOMI });
    const misspelled = await api.client.request(SearchDocument, { text: "Motaki" });
    expect(misspelled.search[0]).toMatchObject({
      __typename: "Person",
      id: "person:manouchehr-mottaki",
    });
  });

  it("finds people and statements in Persian script, with Arabic-keyboard letters too", async () => {
    const persian = await api.client.request(SearchDocument, { text: "ظریف" });
    expect(persian.search[0]).toMatchObject({
      __typename: "Person",
      id: "person:mohammad-javad-zarif",
    });
    const arabicYeh = await api.client.request(SearchDocument, { text: "ظريف" });
    expect(arabicYeh.search[0]).toMatchObject({ id: "person:mohammad-javad-zarif" });
    const statement = await api.client.request(SearchDocument, { text: "توافق" });
    expect(
      statement.search.some((hit) => hit.__typename === "Statement" && hit.language === "fa"),
    ).toBe(true);
  });

  it("ranks an exact name above looser matches and honours first", async () => {
    const result = await api.client.request(SearchDocument, { text: "Crocker", first: 2 });
    expect(result.search.length).toBeLessThanOrEqual(2);
    expect(result.search[0]).toMatchObject({ __typename: "Person", id: CROCKER });
  });
});

describe("connection between two actors", () => {
  it("links Crocker and Kazemi Qomi in two hops, through a meeting or a statement they share", async () => {
    const { shortestConnections } = await api.client.request(ConnectionDocument, {
      from: CROCKER,
      to: KAZEMI_QOMI,
    });
    expect(shortestConnections.length).toBeGreaterThan(0);
    for (const path of shortestConnections) {
      expect(path.hops).toBe(2);
      const [first, second] = path.steps;
      expect(first?.from).toMatchObject({ id: CROCKER });
      expect(["Meeting", "Statement"]).toContain(first?.to.__typename);
      expect(first?.forward).toBe(true);
      expect(second?.relationship).toBe(first?.relationship);
      expect(second?.forward).toBe(false);
      expect(second?.to).toMatchObject({ id: KAZEMI_QOMI });
    }
    // Every tie, each once: they share three meetings and a joint statement at least.
    const through = shortestConnections.map((path) => path.steps[0]?.to.id);
    expect(new Set(through).size).toBe(through.length);
    expect(through.length).toBeGreaterThanOrEqual(3);
  });

  it("links an actor to a country through the people who represented it, and names both ends", async () => {
    const result = await api.client.request(ConnectionDocument, {
      from: "person:manouchehr-mottaki",
      to: "country:USA",
      maxHops: 6,
    });
    expect(result.fromActor).toMatchObject({ name: "Manouchehr Mottaki" });
    expect(result.toActor).toMatchObject({ name: "United States" });
    const [path] = result.shortestConnections;
    expect(path?.hops).toBeGreaterThan(0);
    expect(path?.steps.at(-1)?.to).toMatchObject({ __typename: "Country", id: "country:USA" });
  });

  it("answers no path when none is short enough, or when only weak links connect", async () => {
    const short = await api.client.request(ConnectionDocument, {
      from: CROCKER,
      to: "person:kofi-annan",
      maxHops: 1,
    });
    expect(short.shortestConnections).toEqual([]);
    // Annan reaches Crocker only through Iran as a whole (issue 21).
    const annan = await api.client.request(ConnectionDocument, {
      from: "person:kofi-annan",
      to: CROCKER,
      maxHops: 6,
    });
    expect(annan.shortestConnections.length).toBeGreaterThan(0);
    for (const path of annan.shortestConnections)
      expect(path.steps.some((step) => step.to.__typename === "Country")).toBe(true);
    const withoutCountries = await api.client.request(ConnectionDocument, {
      from: "person:kofi-annan",
      to: CROCKER,
      maxHops: 6,
      without: ["COUNTRY"],
    });
    expect(withoutCountries.shortestConnections).toEqual([]);
  });
});

describe("the shipped operations with their example variables", () => {
  // The IDE preloads one tab per operation with operations/<file>.variables.json: each must
  // run as loaded, and answer something (a Connection example that finds a path).
  const files = readdirSync(join(paths.root, "operations")).filter((f) => f.endsWith(".graphql"));

  it("has a variables file for every operation file", () => {
    for (const file of files)
      expect(
        existsSync(join(paths.root, "operations", file.replace(/\.graphql$/, ".variables.json"))),
        file,
      ).toBe(true);
  });

  it("answers every operation as the IDE loads it, without errors and with data", async () => {
    const examples = loadExampleOperations(join(paths.root, "operations"));
    expect(examples.length).toBeGreaterThan(files.length - 1);
    for (const example of examples) {
      expect(example.variables, `${example.name} has example variables`).toBeDefined();
      const response = await api.post(
        example.query,
        JSON.parse(example.variables ?? "{}") as Record<string, unknown>,
        example.name,
      );
      expect(response.body.errors, example.name).toBeUndefined();
      const data = Object.values(response.body.data ?? {});
      expect(data.length, example.name).toBeGreaterThan(0);
      for (const value of data) expect(value, example.name).not.toBeNull();
    }
  });
});
