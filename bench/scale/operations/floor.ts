/**
 * The floor: what each system costs to answer with no data at all. The API's floor is one
 * HTTP request through Apollo Server with nothing to resolve; the hand-written floor is one
 * `RETURN` through neo4j-driver (a Bolt round trip and a transaction); @neo4j/graphql's is
 * its HTTP request. A page can never be cheaper than its system's floor, so the ratio of a
 * cheap page to the hand-written query is bounded by these two (see the closing table in
 * bench/scale/README.md).
 */
import type { BenchOperation } from "./types.ts";

export function floor(): BenchOperation {
  return {
    key: "floor",
    name: "floor: an answer with no data",
    api: { query: "query Floor { __typename }", variables: {}, operationName: "Floor" },
    handWritten: { cypher: "RETURN {__typename: 'Query'} AS data", params: {} },
    neo4jGraphql: { query: "query Floor { __typename }", variables: {} },
    levels: (data) => ({ typename: [String((data as { __typename?: unknown }).__typename)] }),
    neo4jGraphqlLevels: (data) => ({
      typename: [String((data as { __typename?: unknown }).__typename)],
    }),
  };
}
