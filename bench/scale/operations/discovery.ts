/**
 * Search and the shortest connection between two people.
 */
import { luceneQuery } from "../../../src/data/search.ts";
import { loadExampleOperations, operationsDirectory } from "../../../src/graphql/operations.ts";
import { at, type BenchOperation, idOf, list } from "./types.ts";

const SEARCH_LIMIT = 10;

/** A shipped operation's text with the fragments it uses (some live in other files). */
function shipped(name: string): string {
  const operation = loadExampleOperations(operationsDirectory).find((op) => op.name === name);
  if (!operation) throw new Error(`no shipped operation ${name} in operations/`);
  return operation.query;
}

/**
 * The API's full-text union over three indexes, ranked by score then id. The user's text
 * becomes the same escaped Lucene query the API builds (src/data/search.ts), so the three
 * systems search for the same thing.
 */
const SEARCH_HAND_WRITTEN = `
CALL () {
  CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $limit}) YIELD node AS n, score
  WITH n, score WHERE n:Person OR n:Organization OR n:Country
  RETURN n, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('meetingTitles', $query, {limit: $limit}) YIELD node AS n, score
  RETURN n, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statementText', $query, {limit: $limit}) YIELD node AS n, score
  RETURN n, score
}
WITH n, max(score) AS score
ORDER BY score DESC, n.id
LIMIT $limit
RETURN {search: collect(n {.id, .code, .name, .aliases, .kind, .title, .status, .text, __typename: labels(n)[0]})} AS data`;

const hitLevels = (hits: unknown[]) => ({ hits: hits.map((hit) => idOf(hit)) });

export function search(text: string): BenchOperation {
  return {
    key: "search",
    name: `search "${text}"`,
    api: {
      query: shipped("Search"),
      operationName: "Search",
      variables: { text, first: SEARCH_LIMIT },
    },
    handWritten: {
      cypher: SEARCH_HAND_WRITTEN,
      params: { query: luceneQuery(text), limit: SEARCH_LIMIT },
    },
    neo4jGraphql: {
      query: `query Search($query: String!, $limit: Int!) {
        search(query: $query, limit: $limit) {
          __typename
          ... on Person { id name aliases }
          ... on Organization { id name kind }
          ... on Country { id code name }
          ... on Meeting { id title status }
          ... on Statement { id text }
        }
      }`,
      variables: { query: luceneQuery(text), limit: SEARCH_LIMIT },
    },
    levels: (data) => hitLevels(list(data, "search")),
    neo4jGraphqlLevels: (data) => hitLevels(list(data, "search")),
  };
}

const MAX_HOPS = 4;

/**
 * What one would write by hand: the shortest path within the hop limit, the limit written
 * into the pattern (a variable-length bound cannot be a parameter).
 */
const CONNECTION_HAND_WRITTEN = `
MATCH (a:Person {id: $from}), (b:Person {id: $to})
OPTIONAL MATCH path = shortestPath((a)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO*..${MAX_HOPS}]-(b))
RETURN {shortestConnection: CASE WHEN path IS NULL THEN null ELSE {
  hops: length(path),
  nodes: [n IN nodes(path) | n {.id}]
} END} AS data`;

/**
 * A connection compared by its length: every system finds a shortest path, but which of the
 * tied ones differs on purpose (the API gives the first in node-id order, docs/graph-model.md;
 * Neo4j's shortestPath any one of them).
 */
const pathLevels = (ids: string[]) => ({ hops: [String(Math.max(0, ids.length - 1))] });

export function shortestConnection(
  key: string,
  name: string,
  from: string,
  to: string,
): BenchOperation {
  return {
    key,
    name,
    api: {
      query: shipped("Connection"),
      operationName: "Connection",
      variables: { from, to, maxHops: MAX_HOPS },
    },
    handWritten: { cypher: CONNECTION_HAND_WRITTEN, params: { from, to } },
    neo4jGraphql: {
      query: `query Connection($from: ID!, $to: ID!) {
        personConnection(from: $from, to: $to) {
          ... on Person { id }
          ... on Organization { id }
          ... on Country { id }
          ... on Meeting { id }
          ... on Statement { id }
          ... on Position { id }
        }
      }`,
      variables: { from, to },
    },
    // The API lists steps; a path's nodes are the first step's start and every step's end.
    levels: (data) => {
      // The hand-written query's one path, or the first of the API's tied ones.
      const connection = at(data, "shortestConnection") ?? list(data, "shortestConnections")[0];
      if (!connection) return pathLevels([]);
      const nodes = list(connection, "nodes");
      if (nodes.length > 0) return pathLevels(nodes.map((n) => idOf(n)));
      const steps = list(connection, "steps");
      return pathLevels(
        steps.length === 0 ? [] : [idOf(steps[0], "from"), ...steps.map((s) => idOf(s, "to"))],
      );
    },
    neo4jGraphqlLevels: (data) => pathLevels(list(data, "personConnection").map((n) => idOf(n))),
  };
}
