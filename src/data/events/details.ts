/**
 * A statement's details (who said it, on whose behalf, to whom, when, about what) as Cypher
 * over the statement, one expression per detail, and the map of them that a loader or a page
 * reads back. Meetings' details: their record type (the loader is in ./loaders.ts).
 */
import type { Row } from "../../db/executor.ts";
import { as, list, one } from "../batch.ts";
import { cypher, join, type Local, local, node, type Part, type Variable } from "../cypher.ts";
import { ACTOR_LABELS } from "../ids.ts";
import {
  type ActorRecord,
  type MeetingRecord,
  type OrganizationRecord,
  type PersonRecord,
  type PlaceRecord,
  type StatementRecord,
  type TopicRecord,
  toActorRecordOrNull,
} from "../records.ts";

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

export type DetailKey = keyof StatementDetails;

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

export const DETAIL_KEYS = Object.keys(DETAIL_EXPRESSIONS) as DetailKey[];

/**
 * What a statement's fields need beyond the node itself, as one map of `keys`: fetched whole
 * by the statementDetails loader, and in part alongside listed statements (the details their
 * client selected) so those cost no round trip of their own.
 */
export function statementDetailsMap<N extends string>(
  s: Variable<N> | Local<N>,
  keys: readonly DetailKey[] = DETAIL_KEYS,
) {
  const entries = keys.map((key) => cypher`${key}: ${DETAIL_EXPRESSIONS[key](s)}`);
  return cypher`{
    ${join(entries, ",\n    ")}
  }`;
}

/** Parses the details a map carries (only those: a missing one is not an empty one). */
export function parseStatementDetails(value: unknown): Partial<StatementDetails> {
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

export const NO_DETAILS: StatementDetails = {
  speakers: [],
  principals: [],
  relayedBy: null,
  targets: [],
  meeting: null,
  concerns: null,
  topics: [],
  jointWith: [],
};
