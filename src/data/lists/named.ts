/** People and organizations as paged lists, by name, optionally narrowed by a name search. */
import { InvalidInputError } from "../ids.ts";
import { searchText } from "../inputs.ts";
import type { PageArgs } from "../pagination.ts";
import { luceneQuery } from "../search.ts";
import { type ListRequest, type ListSpec, listRequest } from "./keyset.ts";

/**
 * Without a search, the walk is the label's name-key index in order. With one, the
 * full-text matches are the list (a name search matches few), sorted by name key.
 */
export function namedList(label: "Person" | "Organization"): ListSpec {
  return {
    label,
    walks: {
      all: {
        match: `MATCH (item:${label}) USING INDEX SEEK item:${label}(nameKey)`,
        key: "item.nameKey",
        order: "item.nameKey",
        carry: "item",
        plainCount: `COUNT { (:${label}) }`,
      },
      search: {
        match: `CALL db.index.fulltext.queryNodes('entityNames', req.search) YIELD node AS item
    WITH item`,
        owner: `item:${label}`,
        key: "item.nameKey",
        order: "item.nameKey",
        carry: "item",
        sortsMatches: true,
      },
    },
    filters: {},
  };
}

export function namedRequest(search: string | null | undefined, page: PageArgs): ListRequest {
  const text = searchText(search, "search");
  const query = text ? luceneQuery(text) : null;
  if (text && !query)
    throw new InvalidInputError("search", "search: nothing searchable in the text");
  return listRequest(query ? "search" : "all", { search: query }, [], page);
}
