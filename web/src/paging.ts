/**
 * "More" for a cursor-paged list: the first page comes with the view's query; each further
 * page is `document` (an operation that asks for that list's page only, e.g. ActorMeetings)
 * with the variables for the previous end cursor, appended. Views are keyed by their actor,
 * so another actor starts from a fresh list.
 */
import { useCallback, useState } from "react";
import type { AnyVariables, TypedDocumentNode } from "urql";
import { useClient } from "urql";

export interface Page<Item> {
  items: Item[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function useMorePages<Data, Variables extends AnyVariables, Item>(
  document: TypedDocumentNode<Data, Variables>,
  first: Page<Item> | undefined,
  variablesAfter: (cursor: string) => Variables,
  pageOf: (data: Data) => Page<Item> | undefined,
) {
  const client = useClient();
  const [more, setMore] = useState<Page<Item>[]>([]);
  const [loading, setLoading] = useState(false);

  const last = more.at(-1) ?? first;
  const loadMore = useCallback(async () => {
    if (!last?.endCursor) return;
    setLoading(true);
    const result = await client.query(document, variablesAfter(last.endCursor)).toPromise();
    setLoading(false);
    const page = result.data ? pageOf(result.data) : undefined;
    if (page) setMore((pages) => [...pages, page]);
  }, [client, document, last, pageOf, variablesAfter]);

  return {
    items: [...(first?.items ?? []), ...more.flatMap((page) => page.items)],
    hasNextPage: last?.hasNextPage ?? false,
    loading,
    loadMore,
  };
}
