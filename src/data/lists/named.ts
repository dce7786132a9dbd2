/** People and organizations as paged lists, by name, optionally narrowed by a name search. */

import { cypher, local, mapVariable } from "../cypher.ts";
import type { PageArgs } from "../pagination.ts";
import {
  defineList,
  type ListRequest,
  listRequest,
  listVariables,
  type RequestFields,
  walk,
} from "./spec.ts";

/** What a list request of people or organizations carries (`req` in its query). */
export interface NamedValues {
  search: string | null;
}

const req = mapVariable<NamedValues & RequestFields>()("req");
const { item } = listVariables;
const node = local("node");

/**
 * Without a search, the walk is the label's name-key index in order. With one, the
 * full-text matches are the list (a name search matches few), sorted by name key.
 */
export function namedList(label: "Person" | "Organization") {
  return defineList<NamedValues>()({
    label,
    walks: {
      all: walk({
        match: cypher`MATCH (${item}:${label}) USING INDEX SEEK ${item}:${label}(nameKey)`,
        binds: [],
        key: cypher`${item}.nameKey`,
        order: cypher`${item}.nameKey`,
        carry: [item],
        plainCount: cypher`COUNT { (:${label}) }`,
      }),
      search: walk({
        match: cypher`CALL db.index.fulltext.queryNodes('entityNames', ${req.field("search")}) YIELD ${node} AS ${item}
    WITH ${item}`,
        binds: [],
        owner: cypher`${item}:${label}`,
        key: cypher`${item}.nameKey`,
        order: cypher`${item}.nameKey`,
        carry: [item],
        sortsMatches: true,
      }),
    },
    filters: {},
  });
}

/** People's and organizations' lists take the same requests. */
const SAME_REQUESTS = namedList("Person");

/** The request for a page of people or organizations, by name or by a (checked) Lucene query. */
export function namedListRequest(query: string | null, page: PageArgs): ListRequest {
  return listRequest(
    SAME_REQUESTS,
    { walk: query ? "search" : "all", values: { search: query }, filters: [] },
    page,
  );
}
