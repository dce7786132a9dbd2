/**
 * People, organizations and countries (schema/10-actors.graphql): positions, counterparts,
 * an organization's country. Batched: one query per GraphQL level.
 */
import type DataLoader from "dataloader";
import type { CypherExecutor, Row } from "../db/executor.ts";
import { as, byId, byRequest, list, one, withDetails } from "./batch.ts";
import { cypher, local, mapVariable, node, type Part, type Variable, variable } from "./cypher.ts";
import { MAX_PAGE_SIZE } from "./pagination.ts";
import {
  type ActorRecord,
  type ArticleRecord,
  type CounterpartRecord,
  type CountryRecord,
  type MeetingRecord,
  type OrganizationRecord,
  type PersonRecord,
  type PositionRecord,
  parseAs,
  type StatementRecord,
  toActorRecordOrNull,
} from "./records.ts";

export interface PositionsRequest {
  key: string;
  id: string;
  start: string | null;
  end: string | null;
}

export interface ArticlesRequest {
  key: string;
  id: string;
  first: number;
}

export interface CounterpartsRequest {
  key: string;
  id: string;
  first: number;
  /** Only meetings whose date interval overlaps from…to (ISO days); null: all, undated too. */
  from: string | null;
  to: string | null;
}

/** The held meetings two people shared (a counterpart's `meetings`). */
export interface SharedMeetingsRequest {
  key: string;
  person: string;
  counterpart: string;
}

/**
 * A position is held at a date unless a known bound excludes it: the period the articles
 * show it held (from…to) starts after the date or ends before it, or it is known not current
 * (current = false: an article of a known date calls it former, or shows another holder in
 * the office) on or before the date. The library's positions-at applies the same rule (a
 * parity test pins the two); the offices list (./lists/offices.ts) applies this one.
 * `start` and `end` are the date's first and last day (ISO).
 */
export function heldAt<P extends string, R extends string>(
  pos: Variable<P>,
  start: Part<R, never>,
  end: Part<R, never>,
) {
  return cypher`(${pos}.fromStart IS NULL OR ${pos}.fromStart <= date(${end}))
      AND (${pos}.toEnd IS NULL OR ${pos}.toEnd >= date(${start}))
      AND NOT (${pos}.current = false AND ${pos}.toEnd IS NULL AND ${pos}.asOf IS NOT NULL AND date(${pos}.asOf) <= date(${start}))`;
}

const request = mapVariable<PositionsRequest>()("req");
const HELD_AT = `(req.start IS NULL OR (
    ${heldAt(variable("pos"), request.field("start"), request.field("end")).text}
  ))`;

export interface PositionDetails {
  holder: PersonRecord | null;
  of: ActorRecord | null;
  claimedBy: ActorRecord | null;
  claim: StatementRecord | null;
  /** Only another actor's claim (ALLEGEDLY_HELD), not a position the articles state. */
  alleged: boolean;
}

/**
 * A position's holder (who held it, or is alleged to), body, and for an alleged position the
 * statement that claims it and that statement's principal, as one map (see
 * statementDetailsMap).
 */
export function positionDetailsMap<N extends string>(pos: Variable<N>) {
  const [p, a, c] = [local("p"), local("a"), local("c")];
  return cypher`{
    holder: head(COLLECT { MATCH (${p}:Person)-[:HELD_POSITION|ALLEGEDLY_HELD]->(${pos}) RETURN ${node(p)} AS ${p} ORDER BY ${p}.id }),
    of: head(COLLECT { MATCH (${pos})-[:OF]->(${a}) RETURN ${node(a)} AS ${a} ORDER BY ${a}.id }),
    claimedBy: head(COLLECT { MATCH (${c}:Statement)-[:CLAIMS]->(${pos}) MATCH (${c})-[:ON_BEHALF_OF]->(${a}) RETURN ${node(a)} AS ${a} ORDER BY ${a}.id }),
    claim: head(COLLECT { MATCH (${c}:Statement)-[:CLAIMS]->(${pos}) RETURN ${node(c)} AS ${c} ORDER BY ${c}.id }),
    alleged: EXISTS { (:Person)-[:ALLEGEDLY_HELD]->(${pos}) }
  }`;
}

export function parsePositionDetails(value: unknown): PositionDetails {
  const row = (value ?? {}) as Row;
  return {
    holder: one(row, "holder", as("Person")),
    of: one(row, "of", toActorRecordOrNull),
    claimedBy: one(row, "claimedBy", toActorRecordOrNull),
    claim: one(row, "claim", as("Statement")),
    alleged: row.alleged === true,
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
       RETURN {node: ${node("pos")}, details: ${positionDetailsMap(variable("pos")).text}}
     } AS positions`,
    (row) => list(row, "positions", withDetails(as("Position"), parsePositionDetails, details)),
  );
}

// What an organization relayed (a news agency, an embassy passing on a message), in
// date order: the first `first`, one seek of the relay's RELAYED_BY list keys
// (relayed_by_list, cypher/derived.cypher), not a sort of an agency's tens of thousands of statements.
function relayedLoader(db: CypherExecutor) {
  return byRequest<ArticlesRequest, StatementRecord[]>(
    db,
    `UNWIND $requests AS req
       MATCH (o:Organization {id: req.id})
       CALL (o) {
         MATCH (s:Statement)-[r:RELAYED_BY]->()
         USING INDEX SEEK r:RELAYED_BY(ownerId, sortKey)
         WHERE r.ownerId = o.id AND r.sortKey >= ''
         WITH s, r ORDER BY r.ownerId, r.sortKey LIMIT ${MAX_PAGE_SIZE}
         RETURN collect(${node("s")}) AS relayed
       }
       RETURN req.key AS key, relayed[0..req.first] AS statements`,
    (row) => list(row, "statements", as("Statement")),
  );
}

// The people a person met, most meetings first. Over all time, from the MET_WITH aggregate
// (cypher/derived.cypher): the person's edges to people in rank order (met_with_rank),
// one index seek of `first` entries whatever the person's degree; each one's sample
// meetings (whom they represented there) are the first five they shared in date order,
// walked from whichever of the two took part in fewer. Within a period (the explorer's time
// brush) the person's meetings in it are counted by counterpart, by id (a hub's tens of
// thousands of meetings are counted, not loaded). Only the first `first` become records;
// their shared meetings load only when a client asks for them (sharedMeetings).
function counterpartsLoader(db: CypherExecutor) {
  return byRequest<CounterpartsRequest, CounterpartRecord[]>(
    db,
    `UNWIND $requests AS req
       MATCH (p:Person {id: req.id})
       CALL (req, p) {
         WITH req, p WHERE req.from IS NULL AND req.to IS NULL
         CALL (p) {
           MATCH ()-[r:MET_WITH]->(other:Person)
           USING INDEX SEEK r:MET_WITH(ownerId, rankKey)
           WHERE r.ownerId = p.id AND r.rankKey STARTS WITH 'Person|'
           WITH r, other ORDER BY r.ownerId, r.rankKey LIMIT ${MAX_PAGE_SIZE}
           RETURN collect({other: other, meetingCount: r.meetings, sample: null}) AS ranked
         }
         RETURN ranked[0..req.first] AS top
         UNION ALL
         WITH req, p WHERE req.from IS NOT NULL OR req.to IS NOT NULL
         RETURN COLLECT {
           MATCH (p)-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(other:Person)
           // Met = took part in the same meeting: TOOK_PART_IN holds only for HELD meetings (a
           // planned, proposed or declined one is no encounter). Same rule as the library's
           // person-counterparts (pinned by a parity test).
           WHERE other <> p
             AND (req.from IS NULL OR m.dateEnd >= date(req.from))
             AND (req.to IS NULL OR m.dateStart <= date(req.to))
           WITH other, count(DISTINCT m) AS meetingCount, collect(DISTINCT m)[0..5] AS sample
           RETURN {other: other, meetingCount: meetingCount, sample: sample} AS counterpart
           ORDER BY meetingCount DESC, toLower(other.name), other.id
         }[0..req.first] AS top
       }
       // Whom each represented: from their Participations at (up to five of) the meetings
       // shared, each meeting's few Participations walked, never the counterpart's thousands.
       // Ranked by the aggregate, the five are the first they shared in date order, walked
       // from whichever of the two took part in fewer (the other checked on each).
       CALL (p, top) {
         UNWIND top AS c
         WITH p, c, c.other AS other
         CALL (p, c, other) {
           WITH c WHERE c.sample IS NOT NULL
           RETURN c.sample AS sample
           UNION ALL
           WITH p, c, other WHERE c.sample IS NULL
           WITH other, CASE
             WHEN COUNT { (p)-[:TOOK_PART_IN]->() } <= COUNT { (other)-[:TOOK_PART_IN]->() }
             THEN [p, other] ELSE [other, p]
           END AS pair
           RETURN COLLECT {
             WITH pair[0] AS walked, pair[1] AS checked
             MATCH ()-[t:TOOK_PART_IN]->(m:Meeting)
             USING INDEX SEEK t:TOOK_PART_IN(ownerId, sortKey)
             WHERE t.ownerId = walked.id AND t.sortKey >= ''
               // The other's edge to the meeting by its list key: a seek of a few entries, where
               // matching the edge reads each of the meeting's relationships.
               AND EXISTS {
                 MATCH ()-[u:TOOK_PART_IN]->()
                 USING INDEX SEEK u:TOOK_PART_IN(ownerId, sortKey)
                 WHERE u.ownerId = checked.id AND u.sortKey = t.sortKey
               }
             WITH m, t ORDER BY t.ownerId, t.sortKey LIMIT 5
             RETURN m
           } AS sample
         }
         WITH c, other, sample
         RETURN collect({
           person: properties(other), labels: labels(other), meetingCount: c.meetingCount,
           representing: COLLECT {
             UNWIND sample AS m
             MATCH (m)<-[:AT]-(x:Participation)-[:REPRESENTING]->(r)
             WHERE EXISTS { (other)-[:TOOK_PART_AS]->(x) }
             WITH DISTINCT r ORDER BY r.id
             RETURN ${node("r")}
           }
         }) AS counterparts
       }
       RETURN req.key AS key, req.id AS personId, counterparts`,
    (row) =>
      list(row, "counterparts", (value) => {
        const counterpart = value as {
          person: Record<string, unknown>;
          labels: string[];
          meetingCount: unknown;
          representing: unknown[];
        };
        return {
          person: parseAs("Person", { ...counterpart.person, __labels: counterpart.labels }),
          meetingCount: Number(counterpart.meetingCount),
          representing: counterpart.representing.flatMap((party) => {
            const actor = toActorRecordOrNull(party);
            return actor ? [actor] : [];
          }),
          of: String(row?.personId ?? ""),
        };
      }),
  );
}

// Walked from whichever of the two took part in fewer meetings (a degree lookup), the
// other checked on each: a hub and a newcomer share a handful, found in a handful of steps.
function sharedMeetingsLoader(db: CypherExecutor) {
  return byRequest<SharedMeetingsRequest, MeetingRecord[]>(
    db,
    `UNWIND $requests AS req
       MATCH (a:Person {id: req.person})
       MATCH (b:Person {id: req.counterpart})
       WITH req, CASE
         WHEN COUNT { (a)-[:TOOK_PART_IN]->() } <= COUNT { (b)-[:TOOK_PART_IN]->() }
         THEN [a, b] ELSE [b, a]
       END AS pair
       WITH req, pair[0] AS walked, pair[1] AS checked
       RETURN req.key AS key, COLLECT {
         MATCH (walked)-[:TOOK_PART_IN]->(m:Meeting)
         WHERE EXISTS { (checked)-[:TOOK_PART_IN]->(m) }
         WITH DISTINCT m ORDER BY m.sortKey
         RETURN ${node("m")}
       } AS meetings`,
    (row) => list(row, "meetings", as("Meeting")),
  );
}

function personArticlesLoader(db: CypherExecutor) {
  return byRequest<ArticlesRequest, ArticleRecord[]>(
    db,
    `UNWIND $requests AS req
       MATCH (x:Person {id: req.id})
       RETURN req.key AS key, COLLECT {
         MATCH (x)-[:TOOK_PART_IN|TO_TAKE_PART_IN|SAID|HELD_POSITION]->()-[:REPORTED_BY]->(a:Article)
         WITH DISTINCT a ORDER BY a.id RETURN ${node("a")}
       }[0..req.first] AS articles`,
    (row) => list(row, "articles", as("Article")),
  );
}

function organizationDetailsLoader(db: CypherExecutor) {
  return byId<{ country: CountryRecord | null; partOf: OrganizationRecord | null }>(
    db,
    "Organization",
    (x, id) => {
      const [c, o] = [local("c"), local("o")];
      return cypher`RETURN ${id},
        head(COLLECT { MATCH (${x})-[:BELONGS_TO]->(${c}:Country) RETURN ${node(c)} }) AS country,
        head(COLLECT { MATCH (${x})-[:PART_OF]->(${o}:Organization) RETURN ${node(o)} }) AS partOf`;
    },
    (row) => ({
      country: one(row, "country", as("Country")),
      partOf: one(row, "partOf", as("Organization")),
    }),
  );
}

export function createActorLoaders(db: CypherExecutor) {
  const positionDetails = byId<PositionDetails>(
    db,
    "Position",
    (x, id) => cypher`RETURN ${id}, ${positionDetailsMap(x)} AS details`,
    (row) => parsePositionDetails(row?.details),
  );
  return {
    positionDetails,
    /** Hands a listed position's details (the offices page's `details` extra) to the loader. */
    primePosition(id: string, extras: Record<string, unknown>) {
      if ("details" in extras) positionDetails.prime(id, parsePositionDetails(extras.details));
    },

    // Held and alleged together (one query for a page showing both); each position's
    // details say which (`alleged`: another actor's claim, issue 20), and the resolvers split.
    personPositions: positionsLoader(
      db,
      "MATCH (h:Person {id: req.id})",
      "(h)-[:HELD_POSITION|ALLEGEDLY_HELD]->(pos:Position)",
      positionDetails,
    ),
    organizationPositions: positionsLoader(
      db,
      "MATCH (o:Organization {id: req.id})",
      "(pos:Position)-[:OF]->(o)",
      positionDetails,
    ),
    countryPositions: positionsLoader(
      db,
      "MATCH (o:Country {id: req.id})",
      "(pos:Position)-[:OF]->(o)",
      positionDetails,
    ),

    relayed: relayedLoader(db),
    counterparts: counterpartsLoader(db),
    sharedMeetings: sharedMeetingsLoader(db),
    personArticles: personArticlesLoader(db),
    organizationDetails: organizationDetailsLoader(db),
  };
}
