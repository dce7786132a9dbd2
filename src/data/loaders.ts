/**
 * Per-request batching. Every field that walks a relationship goes through a DataLoader whose
 * batch function sends ONE Cypher query for all the parents at that level of the GraphQL
 * query, so the number of round trips grows with the depth of the query, never with the
 * number of results. Lookups by id always name the label (from the id prefix), so Neo4j
 * answers them from the uniqueness index.
 */
import DataLoader from "dataloader";
import type { CypherExecutor, Row } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { connectionLoaders } from "./connections.ts";
import { chronologicalKey, node } from "./cypher.ts";
import { LABEL_BY_PREFIX, labelOf, type NodeLabel } from "./ids.ts";
import {
  type ActorRecord,
  type ArticleRecord,
  type CounterpartRecord,
  type CountryRecord,
  type MeetingRecord,
  type NodeRecord,
  type OrganizationRecord,
  type ParticipantRecord,
  type PersonRecord,
  type PlaceRecord,
  type PositionRecord,
  parseAs,
  type SourceRecord,
  type StatementRecord,
  type TopicRecord,
  toActorRecordOrNull,
  toNodeRecord,
} from "./records.ts";

/** Runs `UNWIND $ids AS id MATCH (x:Label {id: id}) <body>`; body returns `id` and columns. */
function byId<T>(
  db: CypherExecutor,
  label: NodeLabel,
  body: string,
  toValue: (row: Row | undefined) => T,
) {
  const cypher = `UNWIND $ids AS id MATCH (x:${label} {id: id}) ${body}`;
  return new DataLoader<string, T>(async (ids) => {
    const rows = await db.read(cypher, { ids });
    const byKey = new Map(rows.map((row) => [row.id as string, row]));
    return ids.map((id) => toValue(byKey.get(id)));
  });
}

/** Same, for keys that carry arguments: `UNWIND $requests AS req`, returning `key`. */
function byRequest<K extends { key: string }, T>(
  db: CypherExecutor,
  cypher: string,
  toValue: (row: Row | undefined) => T,
) {
  return new DataLoader<K, T, string>(
    async (requests) => {
      const sent = requests.map((req) =>
        "first" in req ? { ...req, first: int(req.first as number) } : req,
      );
      const rows = await db.read(cypher, { requests: sent });
      const byKey = new Map(rows.map((row) => [row.key as string, row]));
      return requests.map((req) => toValue(byKey.get(req.key)));
    },
    { cacheKeyFn: (req) => req.key },
  );
}

const list = <T>(row: Row | undefined, column: string, parse: (value: unknown) => T): T[] =>
  ((row?.[column] ?? []) as unknown[]).map(parse);

const one = <T>(row: Row | undefined, column: string, parse: (value: unknown) => T): T | null => {
  const value = row?.[column];
  return value === null || value === undefined ? null : parse(value);
};

const as =
  <T extends NodeRecord["__typename"]>(typename: T) =>
  (value: unknown) =>
    parseAs(typename, value);

/** Nodes of any label by id, one query per batch (a UNION branch per label present). */
function nodeLoader(db: CypherExecutor) {
  return new DataLoader<string, NodeRecord | null>(async (ids) => {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of ids) {
      const label = labelOf(id);
      byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
    }
    const labels = [...byLabel.keys()];
    const branches = labels.map(
      (label, i) => `UNWIND $ids${i} AS id MATCH (n:${label} {id: id}) RETURN ${node("n")} AS node`,
    );
    const params = Object.fromEntries(labels.map((label, i) => [`ids${i}`, byLabel.get(label)]));
    const rows = await db.read(`CALL () { ${branches.join(" UNION ALL ")} } RETURN node`, params);
    const found = new Map(
      rows.map((row) => [String((row.node as { id: string }).id), toNodeRecord(row.node)]),
    );
    return ids.map((id) => found.get(id) ?? null);
  });
}

const SOURCES = `RETURN id, COLLECT {
  MATCH (x)-[r:REPORTED_BY]->(a:Article)
  RETURN {article: ${node("a")}, excerpt: r.excerpt} AS source ORDER BY a.id, r.excerpt
} AS sources`;

function sourcesLoader(db: CypherExecutor, label: NodeLabel) {
  return byId<SourceRecord[]>(db, label, SOURCES, (row) =>
    list(row, "sources", (value) => {
      const source = value as { article: unknown; excerpt: string };
      return { article: parseAs("Article", source.article), excerpt: source.excerpt };
    }),
  );
}

export interface MeetingDetails {
  place: PlaceRecord | null;
  host: ActorRecord | null;
  previousRound: MeetingRecord | null;
  nextRound: MeetingRecord | null;
  topics: TopicRecord[];
  parties: ActorRecord[];
}

export interface StatementDetails {
  speakers: PersonRecord[];
  principals: ActorRecord[];
  relayedBy: OrganizationRecord | null;
  targets: ActorRecord[];
  meeting: MeetingRecord | null;
  concerns: MeetingRecord | null;
  topics: TopicRecord[];
}

export interface PositionsRequest {
  key: string;
  id: string;
  start: string | null;
  end: string | null;
}

export interface CounterpartsRequest {
  key: string;
  id: string;
  first: number;
}

/**
 * A position is held at a date unless a known bound excludes it: it starts after the date,
 * it ends before it, or an article of a known date calls it former (current = false) and
 * the date is not before that article.
 */
const HELD_AT = `(req.start IS NULL OR (
    (pos.fromStart IS NULL OR pos.fromStart <= date(req.end))
    AND (pos.toEnd IS NULL OR pos.toEnd >= date(req.start))
    AND NOT (pos.current = false AND pos.toEnd IS NULL AND pos.asOf IS NOT NULL AND date(pos.asOf) <= date(req.start))
  ))`;

/**
 * What a statement's fields need beyond the node itself, as one map: fetched by the
 * statementDetails loader, and also alongside statements listed under a meeting so that
 * loader is primed and the statements' speakers cost no extra round trip.
 */
function statementDetailsMap(s: string): string {
  return `{
    speakers: COLLECT { MATCH (p:Person)-[:SAID]->(${s}) RETURN ${node("p")} AS p ORDER BY p.id },
    principals: COLLECT { MATCH (${s})-[:ON_BEHALF_OF]->(a) RETURN ${node("a")} AS a ORDER BY a.id },
    relayedBy: head(COLLECT { MATCH (${s})-[:RELAYED_BY]->(o:Organization) RETURN ${node("o")} AS o ORDER BY o.id }),
    targets: COLLECT { MATCH (${s})-[:DIRECTED_AT]->(a) RETURN ${node("a")} AS a ORDER BY a.id },
    meeting: head(COLLECT { MATCH (${s})-[:DURING]->(m:Meeting) RETURN ${node("m")} }),
    concerns: head(COLLECT { MATCH (${s})-[:CONCERNS]->(m:Meeting) RETURN ${node("m")} }),
    topics: COLLECT { MATCH (${s})-[:ABOUT]->(t:Topic) RETURN ${node("t")} AS t ORDER BY t.name }
  }`;
}

function parseStatementDetails(value: unknown): StatementDetails {
  const row = (value ?? {}) as Row;
  return {
    speakers: list(row, "speakers", as("Person")),
    principals: list(row, "principals", (actor) => toActorRecordOrNull(actor) as ActorRecord),
    relayedBy: one(row, "relayedBy", as("Organization")),
    targets: list(row, "targets", (actor) => toActorRecordOrNull(actor) as ActorRecord),
    meeting: one(row, "meeting", as("Meeting")),
    concerns: one(row, "concerns", as("Meeting")),
    topics: list(row, "topics", as("Topic")),
  };
}

export interface PositionDetails {
  holder: PersonRecord | null;
  of: ActorRecord | null;
  claimedBy: ActorRecord | null;
}

/** A position's holder, body and claimant, as one map (see statementDetailsMap). */
function positionDetailsMap(pos: string): string {
  return `{
    holder: head(COLLECT { MATCH (p:Person)-[:HELD_POSITION]->(${pos}) RETURN ${node("p")} AS p ORDER BY p.id }),
    of: head(COLLECT { MATCH (${pos})-[:OF]->(a) RETURN ${node("a")} AS a ORDER BY a.id }),
    claimedBy: head(COLLECT { MATCH (a:Person|Organization|Country {id: ${pos}.attributedTo}) RETURN ${node("a")} })
  }`;
}

function parsePositionDetails(value: unknown): PositionDetails {
  const row = (value ?? {}) as Row;
  return {
    holder: one(row, "holder", as("Person")),
    of: one(row, "of", toActorRecordOrNull),
    claimedBy: one(row, "claimedBy", toActorRecordOrNull),
  };
}

/** Parses `{node, details}` items, priming the details loader with each item's details. */
function withDetails<R extends { id: string }, D>(
  parse: (value: unknown) => R,
  parseDetails: (value: unknown) => D,
  details: DataLoader<string, D>,
) {
  return (value: unknown): R => {
    const item = value as { node: unknown; details: unknown };
    const record = parse(item.node);
    details.prime(record.id, parseDetails(item.details));
    return record;
  };
}

/** Positions of one holder or one organization, held at `req.start..req.end` if given. */
function positionsLoader(
  db: CypherExecutor,
  anchor: string,
  pattern: string,
  details: DataLoader<string, PositionDetails>,
) {
  return byRequest<PositionsRequest, PositionRecord[]>(
    db,
    `UNWIND $requests AS req
     ${anchor}
     RETURN req.key AS key, COLLECT {
       MATCH ${pattern} WHERE ${HELD_AT}
       WITH pos ORDER BY coalesce(toString(pos.fromStart), '9999-12-31'), pos.title, pos.id
       RETURN {node: ${node("pos")}, details: ${positionDetailsMap("pos")}}
     } AS positions`,
    (row) => list(row, "positions", withDetails(as("Position"), parsePositionDetails, details)),
  );
}

export function createLoaders(db: CypherExecutor) {
  const statementDetails = byId<StatementDetails>(
    db,
    "Statement",
    `RETURN id, ${statementDetailsMap("x")} AS details`,
    (row) => parseStatementDetails(row?.details),
  );
  const positionDetails = byId<PositionDetails>(
    db,
    "Position",
    `RETURN id, ${positionDetailsMap("x")} AS details`,
    (row) => parsePositionDetails(row?.details),
  );
  return {
    ...connectionLoaders(db),
    statementDetails,
    positionDetails,
    node: nodeLoader(db),

    meetingDetails: byId<MeetingDetails>(
      db,
      "Meeting",
      `RETURN id,
        head(COLLECT { MATCH (x)-[:HELD_AT]->(p:Place) RETURN ${node("p")} }) AS place,
        head(COLLECT { MATCH (x)-[:HOSTED_BY]->(h) RETURN ${node("h")} AS h ORDER BY h.id }) AS host,
        head(COLLECT { MATCH (x)-[:FOLLOWS]->(m:Meeting) RETURN ${node("m")} }) AS previousRound,
        head(COLLECT { MATCH (m:Meeting)-[:FOLLOWS]->(x) RETURN ${node("m")} }) AS nextRound,
        COLLECT { MATCH (x)-[:ABOUT]->(t:Topic) RETURN ${node("t")} AS t ORDER BY t.name } AS topics,
        COLLECT {
          MATCH (p)-[r:PARTICIPATED_IN]->(x)
          WITH DISTINCT CASE WHEN p:Person THEN r.representing ELSE p.id END AS party
          MATCH (a:Person|Organization|Country {id: party})
          RETURN ${node("a")} AS a ORDER BY a.id
        } AS parties`,
      (row) => ({
        place: one(row, "place", as("Place")),
        host: one(row, "host", toActorRecordOrNull),
        previousRound: one(row, "previousRound", as("Meeting")),
        nextRound: one(row, "nextRound", as("Meeting")),
        topics: list(row, "topics", as("Topic")),
        parties: list(row, "parties", (value) => toActorRecordOrNull(value) as ActorRecord),
      }),
    ),

    participants: byId<ParticipantRecord[]>(
      db,
      "Meeting",
      `RETURN id, COLLECT {
        MATCH (p:Person)-[r:PARTICIPATED_IN]->(x)
        RETURN {
          person: ${node("p")},
          role: r.role,
          representing: head(COLLECT { MATCH (a:Person|Organization|Country {id: r.representing}) RETURN ${node("a")} })
        } AS participant ORDER BY toLower(p.name), p.id
      } AS participants`,
      (row) =>
        list(row, "participants", (value) => {
          const participant = value as {
            person: unknown;
            role: string | null;
            representing: unknown;
          };
          return {
            person: parseAs("Person", participant.person),
            role: participant.role ?? null,
            representing: toActorRecordOrNull(participant.representing),
          };
        }),
    ),

    statementsDuring: byId<StatementRecord[]>(
      db,
      "Meeting",
      `RETURN id, COLLECT {
        MATCH (s:Statement)-[:DURING]->(x)
        WITH s ORDER BY ${chronologicalKey("s")}
        RETURN {node: ${node("s")}, details: ${statementDetailsMap("s")}}
      } AS statements`,
      (row) =>
        list(
          row,
          "statements",
          withDetails(as("Statement"), parseStatementDetails, statementDetails),
        ),
    ),

    statementsAbout: byId<StatementRecord[]>(
      db,
      "Meeting",
      `RETURN id, COLLECT {
        MATCH (s:Statement)-[:CONCERNS]->(x) RETURN ${node("s")} AS s ORDER BY ${chronologicalKey("s")}
      } AS statements`,
      (row) => list(row, "statements", as("Statement")),
    ),

    meetingSources: sourcesLoader(db, "Meeting"),
    statementSources: sourcesLoader(db, "Statement"),
    positionSources: sourcesLoader(db, "Position"),

    personPositions: positionsLoader(
      db,
      "MATCH (h:Person {id: req.id})",
      "(h)-[:HELD_POSITION]->(pos:Position)",
      positionDetails,
    ),
    organizationPositions: positionsLoader(
      db,
      "MATCH (o:Organization {id: req.id})",
      "(pos:Position)-[:OF]->(o)",
      positionDetails,
    ),

    counterparts: byRequest<CounterpartsRequest, CounterpartRecord[]>(
      db,
      `UNWIND $requests AS req
       MATCH (p:Person {id: req.id})
       RETURN req.key AS key, COLLECT {
         MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Person)
         WHERE other <> p
         WITH other, m ORDER BY ${chronologicalKey("m")}
         WITH other, collect(DISTINCT ${node("m")}) AS meetings
         RETURN {person: ${node("other")}, meetings: meetings} AS counterpart
         ORDER BY size(meetings) DESC, toLower(other.name), other.id
       }[0..req.first] AS counterparts`,
      (row) =>
        list(row, "counterparts", (value) => {
          const counterpart = value as { person: unknown; meetings: unknown[] };
          const meetings = counterpart.meetings.map(as("Meeting"));
          return {
            person: parseAs("Person", counterpart.person),
            meetingCount: meetings.length,
            meetings,
          };
        }),
    ),

    personArticles: byId<ArticleRecord[]>(
      db,
      "Person",
      `RETURN id, COLLECT {
        MATCH (x)-[:PARTICIPATED_IN|SAID|HELD_POSITION]->()-[:REPORTED_BY]->(a:Article)
        WITH DISTINCT a ORDER BY a.id RETURN ${node("a")}
      } AS articles`,
      (row) => list(row, "articles", as("Article")),
    ),

    articleFacts: byId<{
      meetings: MeetingRecord[];
      statements: StatementRecord[];
      positions: PositionRecord[];
    }>(
      db,
      "Article",
      `RETURN id,
        COLLECT { MATCH (m:Meeting)-[:REPORTED_BY]->(x) WITH DISTINCT m ORDER BY ${chronologicalKey("m")} RETURN ${node("m")} } AS meetings,
        COLLECT { MATCH (s:Statement)-[:REPORTED_BY]->(x) WITH DISTINCT s ORDER BY ${chronologicalKey("s")} RETURN ${node("s")} } AS statements,
        COLLECT { MATCH (p:Position)-[:REPORTED_BY]->(x) WITH DISTINCT p ORDER BY p.id RETURN ${node("p")} } AS positions`,
      (row) => ({
        meetings: list(row, "meetings", as("Meeting")),
        statements: list(row, "statements", as("Statement")),
        positions: list(row, "positions", as("Position")),
      }),
    ),

    organizationDetails: byId<{ country: CountryRecord | null; partOf: OrganizationRecord | null }>(
      db,
      "Organization",
      `RETURN id,
        head(COLLECT { MATCH (x)-[:BELONGS_TO]->(c:Country) RETURN ${node("c")} }) AS country,
        head(COLLECT { MATCH (x)-[:PART_OF]->(o:Organization) RETURN ${node("o")} }) AS partOf`,
      (row) => ({
        country: one(row, "country", as("Country")),
        partOf: one(row, "partOf", as("Organization")),
      }),
    ),

    placeDetails: byId<{ within: PlaceRecord | null; country: CountryRecord | null }>(
      db,
      "Place",
      `RETURN id,
        head(COLLECT { MATCH (x)-[:LOCATED_IN]->(p:Place) RETURN ${node("p")} }) AS within,
        head(COLLECT { MATCH (x)-[:LOCATED_IN*1..3]->(c:Country) RETURN ${node("c")} }) AS country`,
      (row) => ({
        within: one(row, "within", as("Place")),
        country: one(row, "country", as("Country")),
      }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Every label with a uniqueness constraint on id: the lists the API can return whole. */
export async function listAll<T extends NodeRecord["__typename"]>(
  db: CypherExecutor,
  label: T & NodeLabel,
  orderBy: string,
): Promise<Array<Extract<NodeRecord, { __typename: T }>>> {
  if (!Object.values(LABEL_BY_PREFIX).includes(label)) throw new Error(`unknown label ${label}`);
  const rows = await db.read(`MATCH (n:${label}) RETURN ${node("n")} AS node ORDER BY ${orderBy}`);
  return rows.map((row) => parseAs(label, row.node));
}
