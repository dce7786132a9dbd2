/** Statements as a paged list: a person's, a topic's, or all of them under a filter. */
import { cypher, local, mapVariable, type Part, type Variable, variable } from "../cypher.ts";
import { STATEMENT_EXTRAS, statementExtrasFor } from "../events/index.ts";
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

/** What a statement list request carries (`req` in its query). */
export interface StatementValues {
  speaker: string | null;
  onBehalfOf: string | null;
  directedAt: string | null;
  topic: string | null;
  language: string | null;
  from: string | null;
  to: string | null;
}

const req = mapVariable<StatementValues & RequestFields>()("req");
const { item } = listVariables;
const r = variable("r");
const t = local("t");
const target = local("target");

/** The walk over the edges `type` of the anchor, from the statement's end (`->` or `<-`). */
const edgeWalk = (
  type: "SAID" | "ON_BEHALF_OF" | "ABOUT",
  pattern: (r: Variable<"r">) => Part<"item" | "r", never>,
  anchor: Part<"req", never>,
) =>
  walk({
    anchor,
    match: cypher`MATCH ${pattern(r)} USING INDEX SEEK ${r}:${type}(ownerId, sortKey)`,
    binds: ["r"],
    owner: cypher`${r}.ownerId = ${listVariables.anchor}`,
    key: cypher`${r}.sortKey`,
    order: cypher`${r}.ownerId, ${r}.sortKey`,
    carry: [item, r],
  });

/**
 * A request walks the edges of the node it names, most selective first: the speaker's SAID
 * edges (a person says little next to what a country has said on its behalf), else the
 * principal's ON_BEHALF_OF edges, else the topic's ABOUT edges, else all statements.
 */
export const statementList = defineList<StatementValues>()({
  label: "Statement",
  extras: STATEMENT_EXTRAS,
  extrasFor: statementExtrasFor,
  walks: {
    speaker: {
      ...edgeWalk("SAID", (r) => cypher`()-[${r}:SAID]->(${item}:Statement)`, req.field("speaker")),
      plainCount: degreeOfAnchor("Person", "-[:SAID]->"),
    },
    principal: {
      ...edgeWalk(
        "ON_BEHALF_OF",
        (r) => cypher`(${item}:Statement)-[${r}:ON_BEHALF_OF]->()`,
        req.field("onBehalfOf"),
      ),
      plainCount: degreeOfAnchor("Person|Organization|Country", "<-[:ON_BEHALF_OF]-"),
    },
    topic: edgeWalk(
      "ABOUT",
      (r) => cypher`(${item}:Statement)-[${r}:ABOUT]->()`,
      req.field("topic"),
    ),
    all: walk({
      match: cypher`MATCH (${item}:Statement) USING INDEX SEEK ${item}:Statement(sortKey)`,
      binds: [],
      key: cypher`${item}.sortKey`,
      order: cypher`${item}.sortKey`,
      carry: [item],
      plainCount: cypher`COUNT { (:Statement) }`,
    }),
  },
  filters: {
    speaker: cypher`EXISTS { MATCH (${item})<-[${t}:SAID]-() WHERE ${t}.ownerId = ${req.field("speaker")} }`,
    onBehalfOf: cypher`EXISTS { MATCH (${item})-[${t}:ON_BEHALF_OF]->() WHERE ${t}.ownerId = ${req.field("onBehalfOf")} }`,
    // A statement has a few targets: checked on each statement the walk passes.
    directedAt: cypher`EXISTS { MATCH (${item})-[:DIRECTED_AT]->(${target}) WHERE ${target}.id = ${req.field("directedAt")} }`,
    topic: cypher`EXISTS { MATCH (${item})-[${t}:ABOUT]->() WHERE ${t}.ownerId = ${req.field("topic")} }`,
    language: cypher`${item}.language = ${req.field("language")}`,
    from: cypher`${item}.dateEnd >= date(${req.field("from")})`,
    to: cypher`${item}.dateStart <= date(${req.field("to")})`,
  },
});

/** The filters, in the order a request lists them: one per value, of the value's name. */
const STATEMENT_FILTERS = [
  "speaker",
  "onBehalfOf",
  "directedAt",
  "topic",
  "language",
  "from",
  "to",
] as const satisfies readonly (keyof StatementValues)[];

/**
 * The request for a page of statements with these (checked) values: the walk starts from the
 * speaker, else the principal, else the topic, else all statements; every other value given
 * is a filter of its name. `upper` bounds the keys (an end date).
 */
export function statementListRequest(
  values: StatementValues,
  page: PageArgs,
  upper: string | null,
): ListRequest {
  const walked = values.speaker
    ? "speaker"
    : values.onBehalfOf
      ? "principal"
      : values.topic
        ? "topic"
        : "all";
  // A filter for each value given, but the one the walk starts from: its anchor.
  const anchoredBy = { speaker: "speaker", principal: "onBehalfOf", topic: "topic", all: "" }[
    walked
  ];
  const filters = STATEMENT_FILTERS.filter((name) => values[name] !== null && name !== anchoredBy);
  return listRequest(statementList, { walk: walked, values, filters }, page, upper);
}
