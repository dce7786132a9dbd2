/**
 * Top-level lists: meetings by country pair (with totalCount) and a deep page of `people`.
 */
import {
  at,
  type BenchOperation,
  type Cursors,
  idOf,
  type Levels,
  list,
  PAGE_SIZE,
} from "./types.ts";

const MEETING_FIELDS = "id title status date { iso precision }";

/** Connection levels: the page's ids, then the totals it reports. */
function connectionLevels(connection: unknown, idsFrom: (edge: unknown) => string): Levels {
  const levels: Levels = {
    page: list(connection, "edges").map(idsFrom),
    hasNextPage: [String(at(connection, "pageInfo", "hasNextPage"))],
  };
  const total = at(connection, "totalCount");
  if (total !== undefined) levels.totalCount = [String(total)];
  return levels;
}

const nodeId = (edge: unknown) => idOf(edge, "node");

/**
 * Meetings both countries took part in, in date order. The seek walks the first country's
 * TOOK_PART_IN edges in sort-key order and keeps those the second also has; the count is its
 * own COUNT over the same pattern.
 */
const PAIR_HAND_WRITTEN = `
CALL () {
  MATCH ()-[r:TOOK_PART_IN]->(m:Meeting)
  WHERE r.ownerId = $first_country AND r.sortKey > ''
    AND EXISTS { (m)<-[:TOOK_PART_IN]-(:Country {id: $second_country}) }
  WITH r, m ORDER BY r.ownerId, r.sortKey LIMIT $first + 1
  RETURN collect({cursor: r.sortKey, node: m {
    .id, .title, .status,
    date: CASE WHEN m.date IS NULL THEN null ELSE {iso: m.date, precision: m.datePrecision} END
  }}) AS rows
}
RETURN {meetings: {
  totalCount: COUNT {
    MATCH (:Country {id: $first_country})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(:Country {id: $second_country})
  },
  pageInfo: {hasNextPage: size(rows) > $first, endCursor: last(rows[0..$first]).cursor},
  edges: rows[0..$first]
}} AS data`;

export function meetingsByCountryPair(codes: [string, string]): BenchOperation {
  return {
    key: `meetings-${codes.join("-")}`,
    name: `meetings ${codes.join("–")} (totalCount)`,
    api: {
      query: `query Pair($countries: [String!], $first: Int) {
        meetings(filter: { countries: $countries }, first: $first) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MEETING_FIELDS} } }
        }
      }`,
      variables: { countries: codes, first: PAGE_SIZE },
    },
    handWritten: {
      cypher: PAIR_HAND_WRITTEN,
      params: {
        first_country: `country:${codes[0]}`,
        second_country: `country:${codes[1]}`,
        first: PAGE_SIZE,
      },
    },
    neo4jGraphql: {
      query: `query Pair($first: Int!, $a: String!, $b: String!) {
        meetingsConnection(
          first: $first
          sort: [{ sortKey: ASC }]
          where: { AND: [{ countries: { some: { code: { eq: $a } } } }, { countries: { some: { code: { eq: $b } } } }] }
        ) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status date datePrecision } }
        }
      }`,
      variables: { first: PAGE_SIZE, a: codes[0], b: codes[1] },
    },
    levels: (data) => connectionLevels(at(data, "meetings"), nodeId),
    neo4jGraphqlLevels: (data) => connectionLevels(at(data, "meetingsConnection"), nodeId),
  };
}

const PEOPLE_HAND_WRITTEN = `
MATCH (p:Person) WHERE p.nameKey > $after
WITH p ORDER BY p.nameKey LIMIT $first + 1
WITH collect({cursor: p.nameKey, node: p {.id, .name, .aliases}}) AS rows
RETURN {people: {
  pageInfo: {hasNextPage: size(rows) > $first, endCursor: last(rows[0..$first]).cursor},
  edges: rows[0..$first]
}} AS data`;

export const PEOPLE_API_QUERY = `query People($first: Int, $after: String) {
  people(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { cursor node { id name aliases } }
  }
}`;

export const PEOPLE_NEO4J_GRAPHQL_QUERY = `query People($first: Int!, $after: String) {
  peopleConnection(first: $first, after: $after, sort: [{ nameKey: ASC }]) {
    pageInfo { hasNextPage endCursor } edges { cursor node { id name aliases } }
  }
}`;

export { PEOPLE_HAND_WRITTEN };

/** A page of people in name order, after the given cursors (page 10: walked from page 1). */
export function peoplePage(key: string, name: string, after: Cursors): BenchOperation {
  return {
    key,
    name,
    api: { query: PEOPLE_API_QUERY, variables: { first: PAGE_SIZE, after: after.api } },
    handWritten: {
      cypher: PEOPLE_HAND_WRITTEN,
      params: { first: PAGE_SIZE, after: after.handWritten ?? "" },
    },
    neo4jGraphql: {
      query: PEOPLE_NEO4J_GRAPHQL_QUERY,
      variables: { first: PAGE_SIZE, after: after.neo4jGraphql },
    },
    levels: (data) => connectionLevels(at(data, "people"), nodeId),
    neo4jGraphqlLevels: (data) => connectionLevels(at(data, "peopleConnection"), nodeId),
    failures: after.failures,
  };
}
