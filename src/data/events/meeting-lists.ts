/**
 * A meeting's lists as Cypher expressions over the meeting: its participants (with roles and
 * whom they represented) and its statements (with details and sources), read by the loaders
 * and carried by pages of meetings.
 */
import { cypher, local, node, type Variable } from "../cypher.ts";
import { ACTOR_LABELS } from "../ids.ts";
import { type ParticipantRecord, parseAs, toActorRecordOrNull } from "../records.ts";
import { sourcesOf } from "../sources.ts";
import { DETAIL_KEYS, type DetailKey, statementDetailsMap } from "./details.ts";

const a = local("a");

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

export function parseParticipants(value: unknown): ParticipantRecord[] {
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
export function statementsOf<N extends string>(
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
