/** Statements as a paged list: a person's, a topic's, or all of them under a filter. */
import type { StatementFilter } from "../../__generated__/resolvers-types.ts";
import { STATEMENT_EXTRAS, statementExtrasFor } from "../events.ts";
import { ACTOR_LABELS, expectLabel } from "../ids.ts";
import { freeText } from "../inputs.ts";
import type { PageArgs } from "../pagination.ts";
import { dateFilter } from "./dates.ts";
import { degreeOfAnchor, type ListRequest, type ListSpec, listRequest } from "./keyset.ts";

/**
 * A request walks the edges of the node it names, most selective first: the speaker's SAID
 * edges (a person says little next to what a country has said on its behalf), else the
 * principal's ON_BEHALF_OF edges, else the topic's ABOUT edges, else all statements.
 */
export const statementList: ListSpec = {
  label: "Statement",
  extras: STATEMENT_EXTRAS,
  walks: {
    speaker: {
      anchor: "req.speaker",
      match: "MATCH ()-[r:SAID]->(item:Statement) USING INDEX SEEK r:SAID(ownerId, sortKey)",
      owner: "r.ownerId = anchor",
      key: "r.sortKey",
      order: "r.ownerId, r.sortKey",
      carry: "item, r",
      plainCount: degreeOfAnchor("Person", "-[:SAID]->"),
    },
    principal: {
      anchor: "req.onBehalfOf",
      match:
        "MATCH (item:Statement)-[r:ON_BEHALF_OF]->() USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)",
      owner: "r.ownerId = anchor",
      key: "r.sortKey",
      order: "r.ownerId, r.sortKey",
      carry: "item, r",
      plainCount: degreeOfAnchor("Person|Organization|Country", "<-[:ON_BEHALF_OF]-"),
    },
    topic: {
      anchor: "req.topic",
      match: "MATCH (item:Statement)-[r:ABOUT]->() USING INDEX SEEK r:ABOUT(ownerId, sortKey)",
      owner: "r.ownerId = anchor",
      key: "r.sortKey",
      order: "r.ownerId, r.sortKey",
      carry: "item, r",
    },
    all: {
      match: "MATCH (item:Statement) USING INDEX SEEK item:Statement(sortKey)",
      key: "item.sortKey",
      order: "item.sortKey",
      carry: "item",
      plainCount: "COUNT { (:Statement) }",
    },
  },
  filters: {
    speaker: "EXISTS { MATCH (item)<-[t:SAID]-() WHERE t.ownerId = req.speaker }",
    onBehalfOf: "EXISTS { MATCH (item)-[t:ON_BEHALF_OF]->() WHERE t.ownerId = req.onBehalfOf }",
    // A statement has a few targets: checked on each statement the walk passes.
    directedAt: "EXISTS { MATCH (item)-[:DIRECTED_AT]->(target) WHERE target.id = req.directedAt }",
    topic: "EXISTS { MATCH (item)-[t:ABOUT]->() WHERE t.ownerId = req.topic }",
    language: "item.language = req.language",
    from: "item.dateEnd >= date(req.from)",
    to: "item.dateStart <= date(req.to)",
  },
};

export function statementRequest(
  filter: StatementFilter | null | undefined,
  page: PageArgs,
): ListRequest {
  if (filter?.speaker) expectLabel(filter.speaker, ["Person"], "filter.speaker");
  if (filter?.onBehalfOf) expectLabel(filter.onBehalfOf, ACTOR_LABELS, "filter.onBehalfOf");
  if (filter?.directedAt) expectLabel(filter.directedAt, ACTOR_LABELS, "filter.directedAt");
  if (filter?.topic) expectLabel(filter.topic, ["Topic"], "filter.topic");
  const speaker = filter?.speaker ?? null;
  const onBehalfOf = filter?.onBehalfOf ?? null;
  const directedAt = filter?.directedAt ?? null;
  const topic = filter?.topic ?? null;
  const language = filter?.language ? freeText(filter.language, "filter.language") : null;
  const dates = dateFilter(filter?.from, filter?.to);
  const walk = speaker ? "speaker" : onBehalfOf ? "principal" : topic ? "topic" : "all";
  const values = {
    speaker,
    onBehalfOf,
    directedAt,
    topic,
    language,
    from: dates.from,
    to: dates.to,
  };
  const anchoredBy = { speaker: "speaker", principal: "onBehalfOf", topic: "topic", all: "" }[walk];
  const filters = Object.entries(values)
    .filter(([name, value]) => value !== null && name !== anchoredBy)
    .map(([name]) => name);
  return listRequest(walk, values, filters, page, dates.upper, statementExtrasFor);
}
