/**
 * Meetings and statements (schema/20-events.graphql): what a meeting's and a statement's
 * fields need beyond the node itself, and places. Batched: one query per GraphQL level.
 */
import type { CypherExecutor, Row } from "../db/executor.ts";
import { as, byId, list, one } from "./batch.ts";
import {
  cypher,
  join,
  type Local,
  local,
  node,
  type Part,
  type Variable,
  variable,
} from "./cypher.ts";
import { ACTOR_LABELS } from "./ids.ts";
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
  intendedParties: ActorRecord[];
}

export interface StatementDetails {
  speakers: PersonRecord[];
  principals: ActorRecord[];
  relayedBy: OrganizationRecord | null;
  targets: ActorRecord[];
  meeting: MeetingRecord | null;
  concerns: MeetingRecord | null;
  topics: TopicRecord[];
  jointWith: StatementRecord[];
}

type DetailKey = keyof StatementDetails;

type Subject = Variable<string> | Local<string>;
const p = local("p");
const a = local("a");
const o = local("o");
const m = local("m");
const t = local("t");
const j = local("j");

/** Each of a statement's details as a Cypher expression over the statement `s`. */
const DETAIL_EXPRESSIONS = {
  speakers: (s: Subject) =>
    cypher`COLLECT { MATCH (${p}:Person)-[:SAID]->(${s}) RETURN ${node(p, "Person")} AS ${p} ORDER BY ${p}.id }`,
  principals: (s: Subject) =>
    cypher`COLLECT { MATCH (${s})-[:ON_BEHALF_OF]->(${a}) RETURN ${node(a, ACTOR_LABELS)} AS ${a} ORDER BY ${a}.id }`,
  relayedBy: (s: Subject) =>
    cypher`head(COLLECT { MATCH (${s})-[:RELAYED_BY]->(${o}:Organization) RETURN ${node(o, "Organization")} AS ${o} ORDER BY ${o}.id })`,
  targets: (s: Subject) =>
    cypher`COLLECT { MATCH (${s})-[:DIRECTED_AT]->(${a}) RETURN ${node(a, ACTOR_LABELS)} AS ${a} ORDER BY ${a}.id }`,
  meeting: (s: Subject) =>
    cypher`head(COLLECT { MATCH (${s})-[:DURING]->(${m}:Meeting) RETURN ${node(m, "Meeting")} })`,
  concerns: (s: Subject) =>
    cypher`head(COLLECT { MATCH (${s})-[:CONCERNS]->(${m}:Meeting) RETURN ${node(m, "Meeting")} })`,
  topics: (s: Subject) =>
    cypher`COLLECT { MATCH (${s})-[:ABOUT]->(${t}:Topic) RETURN ${node(t, "Topic")} AS ${t} ORDER BY ${t}.name }`,
  jointWith: (s: Subject) =>
    cypher`COLLECT { MATCH (${s})-[:JOINT_WITH]->(${j}:Statement) RETURN ${node(j, "Statement")} AS ${j} ORDER BY ${j}.id }`,
} satisfies Record<DetailKey, (s: Subject) => Part>;

const DETAIL_KEYS = Object.keys(DETAIL_EXPRESSIONS) as DetailKey[];
/** The variables byId's queries bind (./batch.ts), and the listed item of a page (./lists/). */
const x = variable("x");
const item = variable("item");

/** The detail each Statement field reads (schema/20-events.graphql). */
const DETAIL_OF_FIELD: Record<string, DetailKey> = {
  speaker: "speakers",
  speakers: "speakers",
  onBehalfOf: "principals",
  principals: "principals",
  relayedBy: "relayedBy",
  directedAt: "targets",
  targets: "targets",
  meeting: "meeting",
  concerns: "concerns",
  topics: "topics",
  jointWith: "jointWith",
};

/**
 * The details a page carries for the Statement fields its client selected: none, the
 * speakers alone (what a quote shows: most pages), or all of them. Not one set per
 * combination: every set is another query text for Neo4j to plan, and a plan costs more than
 * a few rows.
 */
function detailsSelected(selected: readonly string[]): "none" | "speakers" | "all" {
  const needed = new Set(selected.flatMap((field) => DETAIL_OF_FIELD[field] ?? []));
  if (needed.size === 0) return "none";
  return needed.size === 1 && needed.has("speakers") ? "speakers" : "all";
}

/**
 * What a statement's fields need beyond the node itself, as one map of `keys`: fetched whole
 * by the statementDetails loader, and in part alongside listed statements (the details their
 * client selected) so those cost no round trip of their own.
 */
function statementDetailsMap<N extends string>(
  s: Variable<N> | Local<N>,
  keys: readonly DetailKey[] = DETAIL_KEYS,
) {
  const entries = keys.map((key) => cypher`${key}: ${DETAIL_EXPRESSIONS[key](s)}`);
  return cypher`{
    ${join(entries, ",\n    ")}
  }`;
}

/** Parses the details a map carries (only those: a missing one is not an empty one). */
function parseStatementDetails(value: unknown): Partial<StatementDetails> {
  const row = (value ?? {}) as Row;
  const details: Partial<StatementDetails> = {};
  if ("speakers" in row) details.speakers = list(row, "speakers", as("Person"));
  if ("principals" in row)
    details.principals = list(row, "principals", (a) => toActorRecordOrNull(a) as ActorRecord);
  if ("relayedBy" in row) details.relayedBy = one(row, "relayedBy", as("Organization"));
  if ("targets" in row)
    details.targets = list(row, "targets", (a) => toActorRecordOrNull(a) as ActorRecord);
  if ("meeting" in row) details.meeting = one(row, "meeting", as("Meeting"));
  if ("concerns" in row) details.concerns = one(row, "concerns", as("Meeting"));
  if ("topics" in row) details.topics = list(row, "topics", as("Topic"));
  if ("jointWith" in row) details.jointWith = list(row, "jointWith", as("Statement"));
  return details;
}

const NO_DETAILS: StatementDetails = {
  speakers: [],
  principals: [],
  relayedBy: null,
  targets: [],
  meeting: null,
  concerns: null,
  topics: [],
  jointWith: [],
};

/**
 * A statement's details, one field at a time: a field primed by the page that listed the
 * statement answers from there; the others load together, every detail of every statement
 * of the level in one query (as before pages carried only some).
 */
function statementDetailLoader(db: CypherExecutor) {
  const whole = byId<StatementDetails>(
    db,
    "Statement",
    `RETURN id, ${statementDetailsMap(x).text} AS details`,
    // A statement that is gone by now has no details: empty, as before details were partial.
    (row) => ({ ...NO_DETAILS, ...parseStatementDetails(row?.details) }),
  );
  const primed = new Map<string, Partial<StatementDetails>>();
  return {
    async load<K extends DetailKey>(id: string, key: K): Promise<StatementDetails[K]> {
      const known = primed.get(id);
      if (known && key in known) return known[key] as StatementDetails[K];
      return (await whole.load(id))[key];
    },
    /** Like DataLoader's prime: a detail already known stays as it is. */
    prime(id: string, details: Partial<StatementDetails>): void {
      primed.set(id, { ...details, ...primed.get(id) });
    },
  };
}

/**
 * A meeting's participants with their roles and whom they represented: a list expression.
 * One row per person's Participation at the meeting (docs/graph-model.md), marked `attended`
 * when the meeting took place (HELD); otherwise the person was to take part.
 */
export function participantsOf<N extends string>(x: Variable<N>) {
  const participant = local("participant");
  const took = local("took");
  const represented = local("represented");
  const row = local("row");
  return cypher`COLLECT {
        MATCH (${participant}:Person)-[:TOOK_PART_AS]->(${took}:Participation)-[:AT]->(${x})
        RETURN {
          person: ${node(participant, "Person")},
          role: ${took}.role,
          attended: ${x}.status = "HELD",
          representing: head(COLLECT { MATCH (${took})-[:REPRESENTING]->(${represented}) RETURN ${node(represented, ACTOR_LABELS)} AS ${a} })
        } AS ${row} ORDER BY toLower(${participant}.name), ${participant}.id
      }`;
}

function parseParticipants(value: unknown): ParticipantRecord[] {
  return (
    (value ?? []) as Array<{
      person: unknown;
      role: string | null;
      attended: boolean | null;
      representing: unknown;
    }>
  ).map((participant) => ({
    person: parseAs("Person", participant.person),
    role: participant.role ?? null,
    representing: toActorRecordOrNull(participant.representing),
    attended: participant.attended === true,
  }));
}

/**
 * Statements linked to a meeting by `relationship` (DURING: made during it; CONCERNS: made
 * elsewhere about it), in date order, with their sources and the details `keys`.
 */
function statementsOf<N extends string>(
  x: Variable<N>,
  relationship: "DURING" | "CONCERNS",
  keys: readonly DetailKey[] = DETAIL_KEYS,
) {
  const said = local("said");
  return cypher`COLLECT {
        MATCH (${said}:Statement)-[:${relationship}]->(${x})
        WITH ${said} ORDER BY ${said}.sortKey
        RETURN {node: ${node(said, "Statement")}, details: ${statementDetailsMap(said, keys)}, sources: ${sourcesOf(said)}}
      }`;
}

/**
 * What a page of statements may carry per statement: the details behind its `speaker`,
 * `onBehalfOf`, `relayedBy`, … fields (the speakers alone, or all), and its sources.
 */
export const STATEMENT_EXTRAS = {
  speakers: statementDetailsMap(item, ["speakers"]),
  details: statementDetailsMap(item),
  sources: sourcesOf(item),
};

/** The STATEMENT_EXTRAS a page carries for the Statement fields selected on its items. */
export function statementExtrasFor(selected: readonly string[]): string[] {
  const details = detailsSelected(selected);
  return [
    ...(details === "speakers" ? ["speakers"] : details === "all" ? ["details"] : []),
    ...(selected.includes("sources") ? ["sources"] : []),
  ];
}

/**
 * What a page of meetings may carry per meeting, by the field it answers. Statements come
 * with their sources and speakers (a quote), or with all their details when the client
 * selected more of them (the `…Detailed` variants, which answer the same fields).
 */
export const MEETING_EXTRAS = {
  participants: participantsOf(item),
  statements: statementsOf(item, "DURING", ["speakers"]),
  statementsAbout: statementsOf(item, "CONCERNS", ["speakers"]),
  sources: sourcesOf(item),
  statementsDetailed: statementsOf(item, "DURING"),
  statementsAboutDetailed: statementsOf(item, "CONCERNS"),
};

const MEETING_FIELDS_CARRIED = ["participants", "statements", "statementsAbout", "sources"];

/**
 * The MEETING_EXTRAS a page carries for the Meeting fields selected on its items (`selected`
 * holds `statements.topics` and the like for the fields under its statements): all four or
 * none, as a page of every meeting's details is a few rows more and one query text fewer.
 */
export function meetingExtrasFor(selected: readonly string[]): string[] {
  if (!MEETING_FIELDS_CARRIED.some((field) => selected.includes(field))) return [];
  const below = selected.flatMap((field) =>
    /^statements(About)?\./.test(field) ? [field.slice(field.indexOf(".") + 1)] : [],
  );
  return detailsSelected(below) === "all"
    ? ["participants", "statementsDetailed", "statementsAboutDetailed", "sources"]
    : MEETING_FIELDS_CARRIED;
}

export function createEventLoaders(db: CypherExecutor, sources: SourceLoaders) {
  const statementDetails = statementDetailLoader(db);
  /** Statements with their details and sources, priming both loaders. */
  const parseStatements = (value: unknown): StatementRecord[] =>
    ((value ?? []) as Array<{ node: unknown; details: unknown; sources: unknown }>).map((item) => {
      const statement = parseAs("Statement", item.node);
      statementDetails.prime(statement.id, parseStatementDetails(item.details));
      sources.statementSources.prime(statement.id, parseSources(item.sources));
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
        } AS parties,
        COLLECT {
          MATCH (a:Organization|Country)-[:TO_TAKE_PART_IN]->(x)
          RETURN ${node("a")} AS a ORDER BY a.id
        } AS intendedParties`,
      (row) => ({
        place: one(row, "place", as("Place")),
        host: one(row, "host", toActorRecordOrNull),
        previousRound: one(row, "previousRound", as("Meeting")),
        nextRound: one(row, "nextRound", as("Meeting")),
        topics: list(row, "topics", as("Topic")),
        parties: list(row, "parties", (value) => toActorRecordOrNull(value) as ActorRecord),
        intendedParties: list(
          row,
          "intendedParties",
          (value) => toActorRecordOrNull(value) as ActorRecord,
        ),
      }),
    ),

    participants: byId<ParticipantRecord[]>(
      db,
      "Meeting",
      `RETURN id, ${participantsOf(x).text} AS participants`,
      (row) => parseParticipants(row?.participants),
    ),

    statementsDuring: byId<StatementRecord[]>(
      db,
      "Meeting",
      `RETURN id, ${statementsOf(x, "DURING").text} AS statements`,
      (row) => parseStatements(row?.statements),
    ),

    statementsAbout: byId<StatementRecord[]>(
      db,
      "Meeting",
      `RETURN id, ${statementsOf(x, "CONCERNS").text} AS statements`,
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
      for (const name of ["statementsDetailed", "statements"])
        if (name in extras) loaders.statementsDuring.prime(id, parseStatements(extras[name]));
      for (const name of ["statementsAboutDetailed", "statementsAbout"])
        if (name in extras) loaders.statementsAbout.prime(id, parseStatements(extras[name]));
      if ("sources" in extras) sources.meetingSources.prime(id, parseSources(extras.sources));
    },
    /** Primes a listed statement's details and sources (STATEMENT_EXTRAS). */
    primeStatement(id: string, extras: Record<string, unknown>) {
      for (const name of ["details", "speakers"])
        if (name in extras) statementDetails.prime(id, parseStatementDetails(extras[name]));
      if ("sources" in extras) sources.statementSources.prime(id, parseSources(extras.sources));
    },
  };
}
