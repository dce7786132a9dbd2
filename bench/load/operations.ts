/**
 * The two pages of the explorer's mix that the scale bench does not measure, as the
 * hand-written client and @neo4j/graphql ask them: an actor's network (ActorNetwork) and a
 * party's page (PartyPage). The hand-written queries are what the derived list data allows,
 * as in bench/scale/operations/; @neo4j/graphql gets what its generated schema can say.
 */
import {
  MEETING_EDGES,
  NEO4J_GRAPHQL_MEETING,
  NEO4J_GRAPHQL_QUOTE,
  quote,
} from "../scale/operations/actor-page.ts";
import { PAGE_SIZE } from "../scale/operations/types.ts";
import type { HandWrittenCase } from "./protocol.ts";

/** The explorer's network: the 30 people met most. */
const COUNTERPARTS = 30;
/** Statements on a party's page: on its behalf, and relayed by it. */
const PARTY_STATEMENTS = 10;
/** Shared meetings whose participations say whom a counterpart represented (the API's rule). */
const SAMPLE_MEETINGS = 5;

/**
 * The people met most, one seek of the MET_WITH rank index; whom each represented, from
 * their participations at the first few meetings the two shared, walked from whichever of
 * the two took part in fewer and checked on the other's list key.
 */
const NETWORK_HAND_WRITTEN = `
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH ()-[r:MET_WITH]->(other:Person)
  WHERE r.ownerId = $id AND r.rankKey STARTS WITH 'Person|'
  WITH r, other ORDER BY r.ownerId, r.rankKey LIMIT $first
  CALL (p, other) {
    WITH other, CASE
      WHEN COUNT { (p)-[:TOOK_PART_IN]->() } <= COUNT { (other)-[:TOOK_PART_IN]->() }
      THEN [p, other] ELSE [other, p]
    END AS pair
    MATCH ()-[t:TOOK_PART_IN]->(m:Meeting)
    WHERE t.ownerId = pair[0].id AND t.sortKey >= ''
      AND EXISTS {
        MATCH ()-[u:TOOK_PART_IN]->() WHERE u.ownerId = pair[1].id AND u.sortKey = t.sortKey
      }
    WITH other, m, t ORDER BY t.ownerId, t.sortKey LIMIT ${SAMPLE_MEETINGS}
    MATCH (m)<-[:AT]-(x:Participation)-[:REPRESENTING]->(a)
    WHERE EXISTS { (other)-[:TOOK_PART_AS]->(x) }
    WITH DISTINCT a ORDER BY a.id
    RETURN collect(a {.id, .name, .code, __typename: labels(a)[0]}) AS representing
  }
  RETURN collect({meetingCount: r.meetings, person: other {.id, .name}, representing: representing}) AS counterparts
}
RETURN {person: p {.id, .name, counterparts: counterparts}} AS data`;

export function actorNetworkHandWritten(id: string): HandWrittenCase {
  return { cypher: NETWORK_HAND_WRITTEN, params: { id, first: COUNTERPARTS } };
}

/**
 * The library ranks the MET_WITH edges by their rankKey (it sorts them; it cannot seek the
 * index), and finds whom each counterpart represented through the participations at every
 * meeting the two shared: its filters cannot stop at the first few.
 */
const NETWORK_NEO4J_GRAPHQL = `query ActorNetwork($id: ID!, $first: Int!) {
  people(where: { id: { eq: $id } }) {
    id
    name
    metPeopleConnection(
      first: $first
      sort: [{ edge: { rankKey: ASC } }]
    ) {
      edges {
        properties { meetings }
        node {
          id
          name
          participations(
            where: { meeting: { some: { participations: { some: { person: { some: { id: { eq: $id } } } } } } } }
          ) {
            representing {
              __typename
              ... on Person { id name }
              ... on Organization { id name }
              ... on Country { id code name }
            }
          }
        }
      }
    }
  }
}`;

export function actorNetworkNeo4jGraphql(id: string) {
  return { query: NETWORK_NEO4J_GRAPHQL, variables: { id, first: COUNTERPARTS } };
}

/**
 * A country's or an organization's page: the first page of its offices and who held them,
 * with their count, as the API's PartyPage asks (a state holds thousands), its meetings (the
 * actor page's, from its TOOK_PART_IN list), what it relayed, and what was said on its
 * behalf, each list one seek of its (ownerId, sortKey) index.
 */
const PARTY_HAND_WRITTEN = `
MATCH (a {id: $id}) WHERE a:Country OR a:Organization
CALL () {
  MATCH ()-[r:TOOK_PART_IN]->(m:Meeting)
  WHERE r.ownerId = $id AND r.sortKey > ''
  WITH r, m ORDER BY r.ownerId, r.sortKey LIMIT $first + 1
  RETURN collect({sortKey: r.sortKey, meeting: m}) AS rows
}
WITH a, rows[0..$first] AS page, size(rows) > $first AS hasNextPage
${MEETING_EDGES}
RETURN {node: a {
  .id, .name, .code, .aliases, .kind, __typename: labels(a)[0],
  country: head(COLLECT { MATCH (a)-[:BELONGS_TO]->(c:Country) RETURN c {.id, .name} }),
  partOf: head(COLLECT { MATCH (a)-[:PART_OF]->(o:Organization) RETURN o {.id, .name} }),
  offices: {
    totalCount: COUNT { (:Position)-[:OF]->(a) },
    edges: COLLECT {
      MATCH (pos:Position)-[:OF]->(a)
      WITH pos ORDER BY coalesce(toString(pos.fromStart), '9999-12-31'), pos.title, pos.id
      LIMIT $first
      RETURN {node: {id: pos.id, title: pos.title, current: pos.current,
              holder: head(COLLECT { MATCH (h:Person)-[:HELD_POSITION]->(pos) RETURN h {.id, .name} })}}
    }
  },
  relayed: COLLECT {
    MATCH (s:Statement)-[r:RELAYED_BY]->()
    WHERE r.ownerId = $id AND r.sortKey >= ''
    WITH s ORDER BY r.ownerId, r.sortKey LIMIT $statementsFirst
    RETURN ${quote("s")}
  },
  meetings: {
    totalCount: COUNT { (a)-[:TOOK_PART_IN]->() },
    pageInfo: {hasNextPage: hasNextPage, endCursor: last(page).sortKey},
    edges: edges
  }
}, onBehalf: {
  totalCount: COUNT { (a)<-[:ON_BEHALF_OF]-() },
  edges: COLLECT {
    MATCH (s:Statement)-[r:ON_BEHALF_OF]->()
    WHERE r.ownerId = $id AND r.sortKey >= ''
    WITH s ORDER BY r.ownerId, r.sortKey LIMIT $statementsFirst
    RETURN {node: ${quote("s")}}
  }
}} AS data`;

export function partyPageHandWritten(id: string): HandWrittenCase {
  return {
    cypher: PARTY_HAND_WRITTEN,
    params: { id, first: PAGE_SIZE, statementsFirst: PARTY_STATEMENTS },
  };
}

const PARTY_MEETINGS = `
    positionsConnection(first: $first, sort: [{ node: { fromStart: ASC } }, { node: { title: ASC } }, { node: { id: ASC } }]) {
      totalCount
      edges { node { id title current holder { id name } } }
    }
    meetingsConnection(first: $first, sort: [{ node: { sortKey: ASC } }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
${NEO4J_GRAPHQL_MEETING}
        }
      }
    }
    onBehalfConnection(first: $statementsFirst, sort: [{ node: { sortKey: ASC } }]) {
      totalCount
      edges { node { ...Quote } }
    }`;

/** The library has no `node(id:)` over both labels: the page asks the subject's own type. */
const PARTY_NEO4J_GRAPHQL = {
  Country: `query PartyPage($id: ID!, $first: Int!, $statementsFirst: Int!) {
  countries(where: { id: { eq: $id } }) {
    id code name aliases${PARTY_MEETINGS}
  }
}

${NEO4J_GRAPHQL_QUOTE}`,
  Organization: `query PartyPage($id: ID!, $first: Int!, $statementsFirst: Int!) {
  organizations(where: { id: { eq: $id } }) {
    id name aliases kind
    country { id name }
    partOf { id name }
    relayed(limit: $statementsFirst, sort: [{ sortKey: ASC }]) { ...Quote }${PARTY_MEETINGS}
  }
}

${NEO4J_GRAPHQL_QUOTE}`,
};

export function partyPageNeo4jGraphql(id: string, isCountry: boolean) {
  return {
    query: PARTY_NEO4J_GRAPHQL[isCountry ? "Country" : "Organization"],
    variables: { id, first: PAGE_SIZE, statementsFirst: PARTY_STATEMENTS },
  };
}
