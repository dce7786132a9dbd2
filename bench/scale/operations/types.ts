/**
 * One benchmarked operation, as each of the three systems asks it, and how to read each
 * answer into the same comparable shape: for every page or level of nesting, the ids it
 * returned in order. The three must agree exactly on every level.
 */

/** Level name → ids (or other identifying values) in the order they were returned. */
export type Levels = Record<string, string[]>;

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface BenchOperation {
  /** Stable across scales (the name shows degrees), so growth compares like with like. */
  key: string;
  name: string;
  /** This API over HTTP. */
  api: GraphQLRequest;
  /** One hand-written Cypher query through neo4j-driver; it returns one row, column `data`. */
  handWritten: { cypher: string; params: Record<string, unknown> };
  /** @neo4j/graphql over HTTP, with the type defs in bench/scale/neo4j-graphql/. */
  neo4jGraphql: GraphQLRequest;
  /** Reads the API's `data` (and the hand-written `data`, shaped the same) into levels. */
  levels(data: unknown): Levels;
  /** Reads @neo4j/graphql's `data` into the same levels. */
  neo4jGraphqlLevels(data: unknown): Levels;
  /** Systems already known to fail this operation (e.g. while walking to its cursor). */
  failures?: Cursors["failures"];
}

/** The people and cursors the operations are anchored on, chosen once per dataset. */
export interface Subjects {
  hub: PersonSubject;
  /** The second-highest degree: the other end of the hub–hub connection. */
  secondHub: PersonSubject;
  median: PersonSubject;
  /** The next person in degree order after the median: the other end of median–median. */
  nextToMedian: PersonSubject;
  /** Cursors to the 10th page of `people` (20 a page), walked from page 1 by each system. */
  peoplePage10: Cursors;
  /** Persons with at least one meeting. */
  peopleWithMeetings: number;
}

export interface PersonSubject {
  id: string;
  name: string;
  /** Meetings it took part in: its TOOK_PART_IN edges. */
  degree: number;
  /** Cursors that continue after the meeting at index `lateOffset - 1` of its list. */
  late: Cursors & { offset: number };
}

export interface Cursors {
  api: string | null;
  handWritten: string | null;
  neo4jGraphql: string | null;
  /** Systems that failed while walking to these cursors, with their error code. */
  failures?: Partial<Record<"api" | "handWritten" | "neo4jGraphql", string>>;
}

export const PAGE_SIZE = 20;

/** Walks an untyped GraphQL answer: `at(data, "person", "meetings")`. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function list(value: unknown, ...path: string[]): unknown[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found : [];
}

export function idOf(value: unknown, ...path: string[]): string {
  const found = at(value, ...path, "id");
  return typeof found === "string" ? found : "";
}
