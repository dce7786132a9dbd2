/**
 * Meetings and statements (schema/20-events.graphql): what a meeting's and a statement's
 * fields need beyond the node itself, and places. Batched: one query per GraphQL level.
 */
import type { CypherExecutor, Row } from "../db/executor.ts";
import { as, byId, list, one, withDetails } from "./batch.ts";
import { node } from "./cypher.ts";
import {
  type ActorRecord,
  type CountryRecord,
  type MeetingRecord,
  type OrganizationRecord,
  type ParticipantRecord,
  type PersonRecord,
  type PlaceRecord,
  parseAs,
  type StatementRecord,
  type TopicRecord,
  toActorRecordOrNull,
} from "./records.ts";
import { parseSources, type SourceLoaders, sourcesOf } from "./sources.ts";

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

/**
 * `sources` is primed from the lists that load statements (their sources are a few rows
 * each), so a page of meetings with their statements and sources costs no extra level.
 */
/**
 * A meeting's participants with their roles and whom they represented: a list expression.
 * One row per person's Participation at the meeting (docs/graph-model.md).
 */
export function participantsOf(x: string): string {
  // Variable names unlike those of the list walks (`item`, `r`), which embed this expression.
  return `COLLECT {
        MATCH (participant:Person)-[:TOOK_PART_AS]->(took:Participation)-[:AT]->(${x})
        RETURN {
          person: ${node("participant")},
          role: took.role,
          representing: head(COLLECT { MATCH (took)-[:REPRESENTING]->(represented) RETURN ${node("represented")} AS a })
        } AS row ORDER BY toLower(participant.name), participant.id
      }`;
}

function parseParticipants(value: unknown): ParticipantRecord[] {
  return (
    (value ?? []) as Array<{ person: unknown; role: string | null; representing: unknown }>
  ).map((participant) => ({
    person: parseAs("Person", participant.person),
    role: participant.role ?? null,
    representing: toActorRecordOrNull(participant.representing),
  }));
}

/**
 * Statements linked to a meeting by `relationship` (DURING: made during it; CONCERNS: made
 * elsewhere about it), in date order, with their details and sources.
 */
function statementsOf(x: string, relationship: "DURING" | "CONCERNS"): string {
  return `COLLECT {
        MATCH (said:Statement)-[:${relationship}]->(${x})
        WITH said ORDER BY said.sortKey
        RETURN {node: ${node("said")}, details: ${statementDetailsMap("said")}, sources: ${sourcesOf("said")}}
      }`;
}

/** Statements made during a meeting, in date order, with their details and sources. */
export const statementsDuringOf = (x: string) => statementsOf(x, "DURING");

/** Statements made elsewhere about a meeting, in date order, with details and sources. */
export const statementsAboutOf = (x: string) => statementsOf(x, "CONCERNS");

/**
 * What a page of statements may carry per statement: the details behind its `speaker`,
 * `onBehalfOf`, `relayedBy`, … fields, and its sources. `STATEMENT_EXTRA_TRIGGERS` are the
 * fields whose selection makes a page carry them.
 */
export const STATEMENT_EXTRAS = {
  details: statementDetailsMap("item"),
  sources: sourcesOf("item"),
};
export const STATEMENT_EXTRA_TRIGGERS = [
  "speaker",
  "speakers",
  "onBehalfOf",
  "principals",
  "relayedBy",
  "directedAt",
  "targets",
  "meeting",
  "concerns",
  "topics",
  "sources",
] as const;

/** What a page of meetings may carry per meeting, by the field it answers. */
export const MEETING_EXTRAS = {
  participants: participantsOf("item"),
  statements: statementsDuringOf("item"),
  statementsAbout: statementsAboutOf("item"),
  sources: sourcesOf("item"),
};

export function createEventLoaders(db: CypherExecutor, sources: SourceLoaders) {
  const statementDetails = byId<StatementDetails>(
    db,
    "Statement",
    `RETURN id, ${statementDetailsMap("x")} AS details`,
    (row) => parseStatementDetails(row?.details),
  );
  /** Statements with their details and sources, priming both loaders. */
  const parseStatements = (value: unknown): StatementRecord[] =>
    ((value ?? []) as unknown[]).map((item) => {
      const statement = withDetails(as("Statement"), parseStatementDetails, statementDetails)(item);
      sources.statementSources.prime(
        statement.id,
        parseSources((item as { sources: unknown }).sources),
      );
      return statement;
    });
  const loaders = {
    statementDetails,

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
          MATCH (a:Organization|Country)-[:TOOK_PART_IN]->(x)
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
      `RETURN id, ${participantsOf("x")} AS participants`,
      (row) => parseParticipants(row?.participants),
    ),

    statementsDuring: byId<StatementRecord[]>(
      db,
      "Meeting",
      `RETURN id, ${statementsDuringOf("x")} AS statements`,
      (row) => parseStatements(row?.statements),
    ),

    statementsAbout: byId<StatementRecord[]>(
      db,
      "Meeting",
      `RETURN id, ${statementsAboutOf("x")} AS statements`,
      (row) => parseStatements(row?.statements),
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
  return {
    ...loaders,
    /**
     * Primes what a meeting's `participants`, `statements`, `statementsAbout` and `sources`
     * fields load, from the same expressions evaluated by the page that listed the meeting
     * (MEETING_EXTRAS).
     */
    primeMeeting(id: string, extras: Record<string, unknown>) {
      if ("participants" in extras)
        loaders.participants.prime(id, parseParticipants(extras.participants));
      if ("statements" in extras)
        loaders.statementsDuring.prime(id, parseStatements(extras.statements));
      if ("statementsAbout" in extras)
        loaders.statementsAbout.prime(id, parseStatements(extras.statementsAbout));
      if ("sources" in extras) sources.meetingSources.prime(id, parseSources(extras.sources));
    },
    /** Primes a listed statement's details and sources (STATEMENT_EXTRAS). */
    primeStatement(id: string, extras: Record<string, unknown>) {
      if ("details" in extras) statementDetails.prime(id, parseStatementDetails(extras.details));
      if ("sources" in extras) sources.statementSources.prime(id, parseSources(extras.sources));
    },
  };
}
