/**
 * The actor page (operations/actor-page.graphql, 20 meetings a page) for one person, from the
 * first page or after a cursor, as this API, one hand-written Cypher query and
 * @neo4j/graphql each ask it.
 */
import { readFileSync } from "node:fs";
import { paths } from "../../../src/config/paths.ts";
import {
  at,
  type BenchOperation,
  idOf,
  type Levels,
  list,
  PAGE_SIZE,
  type PersonSubject,
} from "./types.ts";

const API_QUERY = readFileSync(`${paths.root}operations/actor-page.graphql`, "utf8");

/** The person's own statements on the page: the operation's default. */
const STATEMENTS_FIRST = 10;

/** A statement as the page shows it: its words, its speaker, the articles that report it. */
export const quote = (s: string) => `${s} {
        .id, .text, .language, .translation,
        speaker: head(COLLECT { MATCH (sp:Person)-[:SAID]->(${s}) WITH sp ORDER BY sp.id RETURN sp {.id, .name} }),
        sources: COLLECT {
          MATCH (${s})-[rb:REPORTED_BY]->(a:Article) WITH rb, a ORDER BY a.id, rb.excerpt
          RETURN {excerpt: rb.excerpt, article: a {.id, .title, .outlet}}
        }
      }`;

/**
 * The page's meetings (`page`: rows of {sortKey, meeting} in order) with everything the page
 * shows of each, as `edges`: an actor's page and a party's page (bench/load) alike.
 */
export const MEETING_EDGES = `CALL (page) {
  UNWIND page AS row
  WITH row, row.meeting AS m ORDER BY row.sortKey
  RETURN collect({cursor: row.sortKey, node: m {
    .id, .title, .status,
    date: CASE WHEN m.date IS NULL THEN null ELSE {iso: m.date, precision: m.datePrecision} END,
    participants: COLLECT {
      MATCH (pp:Person)-[:TOOK_PART_AS]->(pr:Participation)-[:AT]->(m)
      WITH pp, pr ORDER BY toLower(pp.name), pp.id
      RETURN {
        role: pr.role,
        person: pp {.id, .name},
        representing: head(COLLECT {
          MATCH (pr)-[:REPRESENTING]->(a) RETURN a {.id, .name, .code}
        })
      }
    },
    statements: COLLECT {
      MATCH (s:Statement)-[:DURING]->(m)
      WITH s ORDER BY s.sortKey
      RETURN ${quote("s")}
    },
    statementsAbout: COLLECT {
      MATCH (s:Statement)-[:CONCERNS]->(m)
      WITH s ORDER BY s.sortKey
      RETURN ${quote("s")}
    },
    sources: COLLECT {
      MATCH (m)-[rb:REPORTED_BY]->(a:Article) WITH rb, a ORDER BY a.id, rb.excerpt
      RETURN {excerpt: rb.excerpt, article: a {.id, .title, .outlet}}
    }
  }}) AS edges
}`;

/**
 * The page's meetings come from one seek of the (ownerId, sortKey) index of TOOK_PART_IN,
 * in index order, so no sort of the person's whole list; everything under a meeting is a
 * COLLECT from that meeting, in the API's orders. `$after` is '' for the first page (every
 * sort key is greater).
 */
const HAND_WRITTEN = `
MATCH (p:Person {id: $id})
CALL () {
  MATCH ()-[r:TOOK_PART_IN]->(m:Meeting)
  WHERE r.ownerId = $id AND r.sortKey > $after
  WITH r, m ORDER BY r.ownerId, r.sortKey LIMIT $first + 1
  RETURN collect({sortKey: r.sortKey, meeting: m}) AS rows
}
WITH p, rows[0..$first] AS page, size(rows) > $first AS hasNextPage
${MEETING_EDGES}
RETURN {person: p {
  .id, .name, .aliases,
  positions: COLLECT {
    MATCH (p)-[:HELD_POSITION]->(pos:Position)
    WITH pos ORDER BY coalesce(toString(pos.fromStart), '9999-12-31'), pos.title, pos.id
    RETURN {title: pos.title, kind: pos.kind, current: pos.current,
            of: head(COLLECT { MATCH (pos)-[:OF]->(a) WITH a ORDER BY a.id RETURN a {.id, .name} })}
  },
  meetings: {
    totalCount: COUNT { (p)-[:TOOK_PART_IN]->() },
    pageInfo: {hasNextPage: hasNextPage, endCursor: last(page).sortKey},
    edges: edges
  },
  statements: {
    totalCount: COUNT { (p)-[:SAID]->() },
    edges: COLLECT {
      MATCH ()-[r:SAID]->(s:Statement)
      WHERE r.ownerId = $id AND r.sortKey > ''
      WITH s ORDER BY r.ownerId, r.sortKey LIMIT $statementsFirst
      RETURN {node: ${quote("s")}}
    }
  }
}} AS data`;

/** A meeting as @neo4j/graphql is asked for it on a page (with the fragment below). */
export const NEO4J_GRAPHQL_MEETING = `          id
          title
          status
          date
          datePrecision
          participations {
            role
            person { id name nameKey }
            representing {
              ... on Person { id name }
              ... on Organization { id name }
              ... on Country { id name code }
            }
          }
          statements(sort: [{ sortKey: ASC }]) { ...Quote }
          statementsAbout(sort: [{ sortKey: ASC }]) { ...Quote }
          sourcesConnection(sort: [{ node: { id: ASC } }, { edge: { excerpt: ASC } }]) {
            edges { properties { excerpt } node { id title outlet } }
          }`;

export const NEO4J_GRAPHQL_QUOTE = `fragment Quote on Statement {
  id
  text
  language
  translation
  speakers(sort: [{ id: ASC }], limit: 1) { id name }
  sourcesConnection(sort: [{ node: { id: ASC } }, { edge: { excerpt: ASC } }]) {
    edges { properties { excerpt } node { id title outlet } }
  }
}`;

const NEO4J_GRAPHQL_QUERY = `
query ActorPage($id: ID!, $first: Int!, $after: String, $statementsFirst: Int!) {
  people(where: { id: { eq: $id } }) {
    id
    name
    aliases
    positions(sort: [{ fromStart: ASC }, { title: ASC }, { id: ASC }]) {
      title
      kind
      current
      of {
        ... on Organization { id name }
        ... on Country { id name }
      }
    }
    meetingsConnection(first: $first, after: $after, sort: [{ node: { sortKey: ASC } }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
${NEO4J_GRAPHQL_MEETING}
        }
      }
    }
    statementsConnection(first: $statementsFirst, sort: [{ node: { sortKey: ASC } }]) {
      totalCount
      edges { node { ...Quote } }
    }
  }
}

${NEO4J_GRAPHQL_QUOTE}`;

/** Levels of the API's answer (and of the hand-written one, which has the same shape). */
function apiLevels(data: unknown): Levels {
  const person = at(data, "person");
  const meetings = at(person, "meetings");
  const nodes = list(meetings, "edges").map((edge) => at(edge, "node"));
  const levels: Levels = {
    person: [idOf(data, "person")],
    positions: list(person, "positions").map((p) => `${at(p, "title")}@${idOf(p, "of")}`),
    totalCount: [String(at(meetings, "totalCount"))],
    hasNextPage: [String(at(meetings, "pageInfo", "hasNextPage"))],
    meetings: nodes.map((node) => idOf(node)),
  };
  for (const meeting of nodes) {
    const id = idOf(meeting);
    levels[`${id} participants`] = list(meeting, "participants").map(
      (p) => `${idOf(p, "person")}>${idOf(p, "representing")}`,
    );
    for (const field of ["statements", "statementsAbout"]) {
      const statements = list(meeting, field);
      levels[`${id} ${field}`] = statements.map((s) => idOf(s));
      for (const statement of statements) addQuote(levels, statement);
    }
    levels[`${id} sources`] = list(meeting, "sources").map((s) => idOf(s, "article"));
  }
  const own = list(person, "statements", "edges").map((edge) => at(edge, "node"));
  levels.statementsTotal = [String(at(person, "statements", "totalCount"))];
  levels.statements = own.map((s) => idOf(s));
  for (const statement of own) addQuote(levels, statement);
  return levels;
}

/** A quote's speaker and sources, as the API (and the hand-written query) shape them. */
function addQuote(levels: Levels, statement: unknown): void {
  levels[`${idOf(statement)} speaker`] = [idOf(statement, "speaker")];
  levels[`${idOf(statement)} sources`] = list(statement, "sources").map((s) => idOf(s, "article"));
}

/** The same, as @neo4j/graphql shapes them. */
function addNeo4jGraphqlQuote(levels: Levels, statement: unknown): void {
  levels[`${idOf(statement)} speaker`] = [idOf(list(statement, "speakers")[0])];
  levels[`${idOf(statement)} sources`] = list(statement, "sourcesConnection", "edges").map((edge) =>
    idOf(edge, "node"),
  );
}

function neo4jGraphqlLevels(data: unknown): Levels {
  const person = list(data, "people")[0];
  const meetings = at(person, "meetingsConnection");
  const nodes = list(meetings, "edges").map((edge) => at(edge, "node"));
  const sources = (parent: unknown) =>
    list(parent, "sourcesConnection", "edges").map((edge) => idOf(edge, "node"));
  const levels: Levels = {
    person: [person === undefined ? "" : idOf(person)],
    positions: list(person, "positions").map((p) => `${at(p, "title")}@${idOf(list(p, "of")[0])}`),
    totalCount: [String(at(meetings, "totalCount"))],
    hasNextPage: [String(at(meetings, "pageInfo", "hasNextPage"))],
    meetings: nodes.map((node) => idOf(node)),
  };
  for (const meeting of nodes) {
    const id = idOf(meeting);
    // Ordered here as the API orders them (the library cannot sort by the person's name).
    const participations = list(meeting, "participations")
      .map((p) => ({ person: list(p, "person")[0], representing: list(p, "representing")[0] }))
      // People only, as the API's participants: a side taking part as such (no named person)
      // has a Participation of its own since issue 20.
      .filter((p) => p.person !== undefined)
      .sort((a, b) => {
        const [x, y] = [String(at(a.person, "nameKey")), String(at(b.person, "nameKey"))];
        return x < y ? -1 : x > y ? 1 : 0; // code-point order, as Neo4j compares strings
      });
    levels[`${id} participants`] = participations.map(
      (p) => `${idOf(p.person)}>${p.representing === undefined ? "" : idOf(p.representing)}`,
    );
    for (const field of ["statements", "statementsAbout"]) {
      const statements = list(meeting, field);
      levels[`${id} ${field}`] = statements.map((s) => idOf(s));
      for (const statement of statements) addNeo4jGraphqlQuote(levels, statement);
    }
    levels[`${id} sources`] = sources(meeting);
  }
  const own = at(person, "statementsConnection");
  const ownNodes = list(own, "edges").map((edge) => at(edge, "node"));
  levels.statementsTotal = [String(at(own, "totalCount"))];
  levels.statements = ownNodes.map((s) => idOf(s));
  for (const statement of ownNodes) addNeo4jGraphqlQuote(levels, statement);
  return levels;
}

/** The actor page of `person`, first page, or the late page after `person.late`. */
export function actorPage(
  key: string,
  name: string,
  person: PersonSubject,
  late: boolean,
): BenchOperation {
  return {
    key,
    name,
    api: {
      query: API_QUERY,
      operationName: "ActorPage",
      variables: {
        id: person.id,
        meetingsFirst: PAGE_SIZE,
        meetingsAfter: late ? person.late.api : null,
        statementsFirst: STATEMENTS_FIRST,
      },
    },
    handWritten: {
      cypher: HAND_WRITTEN,
      params: {
        id: person.id,
        first: PAGE_SIZE,
        after: (late && person.late.handWritten) || "",
        statementsFirst: STATEMENTS_FIRST,
      },
    },
    neo4jGraphql: {
      query: NEO4J_GRAPHQL_QUERY,
      variables: {
        id: person.id,
        first: PAGE_SIZE,
        after: late ? person.late.neo4jGraphql : null,
        statementsFirst: STATEMENTS_FIRST,
      },
    },
    levels: apiLevels,
    neo4jGraphqlLevels,
  };
}
