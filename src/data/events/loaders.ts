/**
 * The loaders of meetings' and statements' fields beyond the node itself, and places':
 * batched, one query per GraphQL level (../batch.ts).
 */
import type { CypherExecutor } from "../../db/executor.ts";
import { as, byId, list, one } from "../batch.ts";
import { cypher, local, node } from "../cypher.ts";
import {
  type ActorRecord,
  type CountryRecord,
  type ParticipantRecord,
  type PlaceRecord,
  parseAs,
  type StatementRecord,
  toActorRecordOrNull,
} from "../records.ts";
import { parseSources, type SourceLoaders } from "../sources.ts";
import {
  type DetailKey,
  type MeetingDetails,
  NO_DETAILS,
  parseStatementDetails,
  type StatementDetails,
  statementDetailsMap,
} from "./details.ts";
import { parseParticipants, participantsOf, statementsOf } from "./meeting-lists.ts";
import { primers } from "./page-extras.ts";

/**
 * A statement's details, one field at a time: a field primed by the page that listed the
 * statement answers from there; the others load together, every detail of every statement
 * of the level in one query (as before pages carried only some).
 */
function statementDetailLoader(db: CypherExecutor) {
  const whole = byId<StatementDetails>(
    db,
    "Statement",
    (x, id) => cypher`RETURN ${id}, ${statementDetailsMap(x)} AS details`,
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

function eventLoaders(db: CypherExecutor, sources: SourceLoaders) {
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
      (x, id) => {
        const [p, h, m, t, a] = [local("p"), local("h"), local("m"), local("t"), local("a")];
        return cypher`RETURN ${id},
        head(COLLECT { MATCH (${x})-[:HELD_AT]->(${p}:Place) RETURN ${node(p)} }) AS place,
        head(COLLECT { MATCH (${x})-[:HOSTED_BY]->(${h}) RETURN ${node(h)} AS ${h} ORDER BY ${h}.id }) AS host,
        head(COLLECT { MATCH (${x})-[:FOLLOWS]->(${m}:Meeting) RETURN ${node(m)} }) AS previousRound,
        head(COLLECT { MATCH (${m}:Meeting)-[:FOLLOWS]->(${x}) RETURN ${node(m)} }) AS nextRound,
        COLLECT { MATCH (${x})-[:ABOUT]->(${t}:Topic) RETURN ${node(t)} AS ${t} ORDER BY ${t}.name } AS topics,
        COLLECT {
          MATCH (${a}:Organization|Country)-[:TOOK_PART_IN]->(${x})
          RETURN ${node(a)} AS ${a} ORDER BY ${a}.id
        } AS parties,
        COLLECT {
          MATCH (${a}:Organization|Country)-[:TO_TAKE_PART_IN]->(${x})
          RETURN ${node(a)} AS ${a} ORDER BY ${a}.id
        } AS intendedParties`;
      },
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
      (x, id) => cypher`RETURN ${id}, ${participantsOf(x)} AS participants`,
      (row) => parseParticipants(row?.participants),
    ),

    statementsDuring: byId<StatementRecord[]>(
      db,
      "Meeting",
      (x, id) => cypher`RETURN ${id}, ${statementsOf(x, "DURING")} AS statements`,
      (row) => parseStatements(row?.statements),
    ),

    statementsAbout: byId<StatementRecord[]>(
      db,
      "Meeting",
      (x, id) => cypher`RETURN ${id}, ${statementsOf(x, "CONCERNS")} AS statements`,
      (row) => parseStatements(row?.statements),
    ),

    placeDetails: byId<{ within: PlaceRecord | null; country: CountryRecord | null }>(
      db,
      "Place",
      (x, id) => {
        const [p, c] = [local("p"), local("c")];
        return cypher`RETURN ${id},
        head(COLLECT { MATCH (${x})-[:LOCATED_IN]->(${p}:Place) RETURN ${node(p)} }) AS within,
        head(COLLECT { MATCH (${x})-[:LOCATED_IN*1..3]->(${c}:Country) RETURN ${node(c)} }) AS country`;
      },
      (row) => ({
        within: one(row, "within", as("Place")),
        country: one(row, "country", as("Country")),
      }),
    ),
  };
  return { ...loaders, parseStatements };
}

export type EventLoaders = ReturnType<typeof eventLoaders>;

export function createEventLoaders(db: CypherExecutor, sources: SourceLoaders) {
  const loaders = eventLoaders(db, sources);
  return { ...loaders, ...primers(loaders, sources) };
}
