/**
 * Chooses, deterministically, whom the operations are about: the hub (most meetings, then
 * id) and the person after it, the median person by meeting count among people with any
 * meeting and the person next to it; and the cursors each system needs for a late page and
 * for page 10 of `people`.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { encodeCursor } from "../../src/data/pagination.ts";
import { postGraphQL } from "../support.ts";
import {
  PEOPLE_API_QUERY,
  PEOPLE_HAND_WRITTEN,
  PEOPLE_NEO4J_GRAPHQL_QUERY,
} from "./operations/lists.ts";
import {
  at,
  type Cursors,
  PAGE_SIZE,
  type PersonSubject,
  type Subjects,
} from "./operations/types.ts";
import type { Systems } from "./systems.ts";

export interface RankedPerson {
  id: string;
  name: string;
  /** Meetings the person took part in: TOOK_PART_IN edges. */
  degree: number;
}
type Ranked = RankedPerson;

/**
 * Every person with any meeting, by meetings (most first), then id: the order the subjects
 * are picked from, here and by the ingest bench and measure:explorer.
 */
export async function peopleByMeetings(
  driver: Driver,
  database: string | undefined,
): Promise<RankedPerson[]> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person)
     WITH p, COUNT { (p)-[:TOOK_PART_IN]->() } AS degree WHERE degree > 0
     RETURN p.id AS id, p.name AS name, degree ORDER BY degree DESC, id`,
    {},
    { database, routing: "READ" },
  );
  return records.map((record) => ({
    id: String(record.get("id")),
    name: String(record.get("name")),
    degree: Number(record.get("degree")),
  }));
}

/** The hub (most meetings) and the median person of `peopleByMeetings`' order. */
export function hubAndMedian(ranked: RankedPerson[]): {
  hub: RankedPerson;
  median: RankedPerson;
} {
  const hub = ranked[0];
  const median = ranked[Math.floor(ranked.length / 2)];
  if (!hub || !median) throw new Error("no people with meetings in the dataset");
  return { hub, median };
}

/** @neo4j/graphql's cursors are graphql-relay offsets: base64 of "arrayconnection:<offset>". */
const offsetCursor = (offset: number) =>
  Buffer.from(`arrayconnection:${offset}`, "utf8").toString("base64");

async function read(systems: Systems, cypher: string, params: Record<string, unknown> = {}) {
  const result = await systems.driver.executeQuery(cypher, params, {
    database: systems.database,
    routing: "READ",
  });
  return result.records.map((record) => record.toObject());
}

/** Cursors after the meeting at `offset - 1` of the person's list: past the middle. */
async function lateCursors(systems: Systems, person: Ranked): Promise<PersonSubject["late"]> {
  const offset = Math.floor(person.degree / 2);
  if (offset < 1) return { offset: 0, api: null, handWritten: null, neo4jGraphql: null };
  const [row] = await read(
    systems,
    `MATCH ()-[r:TOOK_PART_IN]->(:Meeting) WHERE r.ownerId = $id AND r.sortKey > ''
     WITH r ORDER BY r.ownerId, r.sortKey SKIP $skip LIMIT 1 RETURN r.sortKey AS sortKey`,
    { id: person.id, skip: neo4j.int(offset - 1) },
  );
  const sortKey = String(row?.sortKey);
  return {
    offset,
    api: encodeCursor(sortKey),
    handWritten: sortKey,
    neo4jGraphql: offsetCursor(offset - 1),
  };
}

/** The end cursor of a page, or the failure that kept the page from coming. */
async function endCursor(
  page: () => Promise<{ data: unknown; error?: string }>,
  path: string[],
): Promise<{ cursor: string | null; error?: string }> {
  try {
    const { data, error } = await page();
    if (error) return { cursor: null, error };
    return { cursor: (at(data, ...path, "pageInfo", "endCursor") as string | null) ?? null };
  } catch (error) {
    return { cursor: null, error: (error as { code?: string }).code ?? (error as Error).message };
  }
}

async function graphqlPage(endpoint: string, query: string, after: string | null) {
  const { json, status } = await postGraphQL(
    endpoint,
    JSON.stringify({ query, variables: { first: PAGE_SIZE, after } }),
  );
  const error = json.errors?.[0];
  return {
    data: json.data,
    error: error
      ? (error.extensions?.code ?? error.message)
      : json.data
        ? undefined
        : `HTTP ${status}`,
  };
}

/**
 * Walks pages 1 to 9 of `people` with each system and returns the cursors for page 10. A
 * page past the end has no end cursor: the last one is kept, as a client would. A page that
 * fails is asked once more (a cold cache); a system that fails it twice is marked failed for
 * page 10 rather than asked for the wrong page.
 */
async function peoplePage10(systems: Systems): Promise<Cursors> {
  const cursors: Cursors = { api: null, handWritten: null, neo4jGraphql: null, failures: {} };
  const failures = cursors.failures ?? {};
  for (let page = 1; page < 10; page += 1) {
    const steps = {
      api: () => graphqlPage(systems.apiEndpoint, PEOPLE_API_QUERY, cursors.api),
      neo4jGraphql: () =>
        graphqlPage(systems.neo4jGraphqlEndpoint, PEOPLE_NEO4J_GRAPHQL_QUERY, cursors.neo4jGraphql),
      handWritten: async () => ({
        data: await systems.handWritten(PEOPLE_HAND_WRITTEN, {
          first: PAGE_SIZE,
          after: cursors.handWritten ?? "",
        }),
      }),
    };
    const paths = { api: ["people"], neo4jGraphql: ["peopleConnection"], handWritten: ["people"] };
    for (const system of ["api", "neo4jGraphql", "handWritten"] as const) {
      if (failures[system]) continue;
      let next = await endCursor(steps[system], paths[system]);
      if (next.error) next = await endCursor(steps[system], paths[system]);
      const { cursor, error } = next;
      if (error) failures[system] = error;
      else cursors[system] = cursor ?? cursors[system];
    }
  }
  return cursors;
}

export async function chooseSubjects(systems: Systems): Promise<Subjects> {
  const ranked = await peopleByMeetings(systems.driver, systems.database);
  if (ranked.length < 2) throw new Error("the dataset has fewer than two people with meetings");
  const middle = Math.floor(ranked.length / 2);
  const { hub, median } = hubAndMedian(ranked);
  const pick = async (person: Ranked): Promise<PersonSubject> => ({
    ...person,
    late: await lateCursors(systems, person),
  });
  return {
    hub: await pick(hub),
    secondHub: await pick(ranked[1] as Ranked),
    median: await pick(median),
    nextToMedian: await pick(ranked[middle + 1] ?? (ranked[middle - 1] as Ranked)),
    peoplePage10: await peoplePage10(systems),
    peopleWithMeetings: ranked.length,
  };
}
