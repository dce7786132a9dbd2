/**
 * Meetings as a paged list: everywhere the API lists meetings (a person's, an organization's,
 * a country's, a topic's, or all of them under a filter).
 */
import { cypher, local, mapVariable, variable } from "../cypher.ts";
import { MEETING_EXTRAS, meetingExtrasFor } from "../events/index.ts";
import type { PageArgs } from "../pagination.ts";
import {
  defineList,
  degreeOfAnchor,
  type ListRequest,
  listRequest,
  listVariables,
  type RequestFields,
  walk,
} from "./spec.ts";

/** What a meeting list request carries (`req` in its query). */
export interface MeetingValues {
  participants: string[];
  status: string[] | null;
  topic: string | null;
  from: string | null;
  to: string | null;
}

const req = mapVariable<MeetingValues & RequestFields>()("req");
const { anchor, item } = listVariables;
const r = variable("r");
const t = local("t");
const actor = local("actor");
const actorId = local("actorId");
const a = local("a");
const id = local("id");
/** The count's own column: `item` is not bound where a count is computed. */
const counted = local("item");
const metWith = local("metWith");

/**
 * "Took part in" is the derived TOOK_PART_IN edge (cypher/derived.cypher): taking part
 * directly or through a participant representing the actor. A request naming actors walks
 * the TOOK_PART_IN edges of the one with the fewest meetings and checks the others on each
 * meeting it passes; one naming a topic walks the topic's ABOUT edges; otherwise all
 * meetings in order.
 */
const EVERY_PARTICIPANT = cypher`all(${actor} IN ${req.field("participants")} WHERE EXISTS {
        MATCH (${item})<-[${t}:TOOK_PART_IN]-() WHERE ${t}.ownerId = ${actor}
      })`;

export const meetingList = defineList<MeetingValues>()({
  label: "Meeting",
  extras: MEETING_EXTRAS,
  extrasFor: meetingExtrasFor,
  walks: {
    actor: walk({
      anchor: cypher`head(COLLECT {
        UNWIND ${req.field("participants")} AS ${actorId}
        MATCH (${a}:Person|Organization|Country {id: ${actorId}})
        RETURN ${a}.id AS ${id} ORDER BY COUNT { (${a})-[:TOOK_PART_IN]->() }, ${id}
      })`,
      match: cypher`MATCH ()-[${r}:TOOK_PART_IN]->(${item}:Meeting) USING INDEX SEEK ${r}:TOOK_PART_IN(ownerId, sortKey)`,
      binds: ["r"],
      owner: cypher`${r}.ownerId = ${anchor}`,
      key: cypher`${r}.sortKey`,
      order: cypher`${r}.ownerId, ${r}.sortKey`,
      carry: [item, r],
      plainCount: degreeOfAnchor("Person|Organization|Country", "-[:TOOK_PART_IN]->"),
      countWhenOnly: {
        // The meetings both of two actors took part in: their MET_WITH edge's count (the
        // aggregate of cypher/derived.cypher, kept with the facts), one seek of met_with_pair;
        // none when they never met. Counting them, the walked actor's meetings each checked
        // for the other, cost a row per meeting of the smaller country (bench/scale/README.md).
        pair: cypher`coalesce(head(COLLECT {
    MATCH ()-[${metWith}:MET_WITH]->()
    USING INDEX SEEK ${metWith}:MET_WITH(ownerId, counterpartId)
    WHERE ${metWith}.ownerId = ${anchor}
      AND ${metWith}.counterpartId = head([${id} IN ${req.field("participants")} WHERE ${id} <> ${anchor}])
    RETURN ${metWith}.meetings AS ${counted}
  }), 0)`,
      },
    }),
    topic: walk({
      anchor: req.field("topic"),
      match: cypher`MATCH (${item}:Meeting)-[${r}:ABOUT]->() USING INDEX SEEK ${r}:ABOUT(ownerId, sortKey)`,
      binds: ["r"],
      owner: cypher`${r}.ownerId = ${anchor}`,
      key: cypher`${r}.sortKey`,
      order: cypher`${r}.ownerId, ${r}.sortKey`,
      carry: [item, r],
    }),
    all: walk({
      match: cypher`MATCH (${item}:Meeting) USING INDEX SEEK ${item}:Meeting(sortKey)`,
      binds: [],
      key: cypher`${item}.sortKey`,
      order: cypher`${item}.sortKey`,
      carry: [item],
      plainCount: cypher`COUNT { (:Meeting) }`,
    }),
  },
  filters: {
    status: cypher`${item}.status IN ${req.field("status")}`,
    from: cypher`${item}.dateEnd >= date(${req.field("from")})`,
    to: cypher`${item}.dateStart <= date(${req.field("to")})`,
    topic: cypher`EXISTS { MATCH (${item})-[${t}:ABOUT]->() WHERE ${t}.ownerId = ${req.field("topic")} }`,
    participants: EVERY_PARTICIPANT,
    // Two actors: the same condition, with a count of its own (countWhenOnly).
    pair: EVERY_PARTICIPANT,
  },
});

/**
 * The request for a page of meetings with these (checked) values: the walk starts from the
 * actor with the fewest meetings, else the topic, else all meetings; the other values are
 * filters checked on each meeting walked past. `upper` bounds the keys (an end date).
 */
export function meetingListRequest(
  values: MeetingValues,
  page: PageArgs,
  upper: string | null,
): ListRequest {
  const walked = values.participants.length > 0 ? "actor" : values.topic ? "topic" : "all";
  // The walk's anchor is itself a filter; only the others are checked on each item.
  const filters = [
    ...(values.status ? (["status"] as const) : []),
    ...(values.from ? (["from"] as const) : []),
    ...(values.to ? (["to"] as const) : []),
    ...(values.topic && walked !== "topic" ? (["topic"] as const) : []),
    ...(values.participants.length === 2
      ? (["pair"] as const)
      : values.participants.length > 2
        ? (["participants"] as const)
        : []),
  ];
  return listRequest(meetingList, { walk: walked, values, filters }, page, upper);
}
