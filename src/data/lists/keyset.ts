/**
 * Keyset pagination inside Cypher. Every list the API pages is stored in its order (a
 * `sortKey` string, see cypher/derived.cypher) and served by an index, so a page is one seek
 * past the cursor plus `first + 1` entries, whatever the length of the list: page 1 000 of a
 * hub's meetings costs what page 1 costs. Property maps are built for the page's rows only,
 * and the total count is computed only when a client selects `totalCount`.
 *
 * A list is read through one of several walks (e.g. "the meetings an actor took part in",
 * "meetings about a topic", "all meetings"); the data layer picks the walk that starts from
 * the most selective node the request names, and checks the remaining filters on each item
 * it walks past. The query text holds only the filters a request uses (from fixed fragments,
 * never from request data): Neo4j plans a short query fast and well, where one text with
 * every filter behind `$x IS NULL OR …` took seconds to plan. Requests of one GraphQL level
 * with the same shape share one query.
 */
import DataLoader from "dataloader";
import type { CypherExecutor, Row } from "../../db/executor.ts";
import { int } from "../../db/values.ts";
import { encodeCursor } from "../pagination.ts";
import type { ConnectionRecord } from "../records.ts";
import { countCypher, pageCypher } from "./query.ts";
import { isPlain, type ListRequest, type ListSpec, type Shape, shapeOf } from "./spec.ts";

const shapeFields = (request: ListRequest): Shape => ({
  walk: request.walk,
  filters: request.filters,
  upper: request.upper !== null,
  after: request.after !== null,
  include: request.include,
});

/** Query texts, built once per shape from the spec's fixed fragments. */
function textCache(build: (request: ListRequest) => string, shape = shapeOf) {
  const texts = new Map<string, string>();
  return (request: ListRequest) => {
    const name = shape(request);
    let text = texts.get(name);
    if (!text) {
      text = build(request);
      texts.set(name, text);
    }
    return text;
  };
}

type Parse<T> = (value: unknown) => T;

/** Groups a batch by query text, runs one query per text, answers in batch order. */
async function byText<T>(
  requests: readonly ListRequest[],
  textOf: (request: ListRequest) => string,
  run: (text: string, members: ListRequest[]) => Promise<Row[]>,
  toValue: (row: Row | undefined, request: ListRequest) => T,
): Promise<T[]> {
  const groups = new Map<string, ListRequest[]>();
  for (const request of requests) {
    const text = textOf(request);
    groups.set(text, [...(groups.get(text) ?? []), request]);
  }
  const rowsByKey = new Map<string, Row>();
  await Promise.all(
    [...groups].map(async ([text, members]) => {
      for (const row of await run(text, members)) rowsByKey.set(row.key as string, row);
    }),
  );
  return requests.map((request) => toValue(rowsByKey.get(request.key), request));
}

const send = (requests: ListRequest[]) =>
  requests.map(({ first, ...rest }) => ({ ...rest, first: int(first) }));

/**
 * The loaders of one list: `page` answers connections; `count` a total asked separately.
 * `prime` receives each item's extras, to hand them to the loaders of the item's fields.
 */
export function listLoaders<T extends { id: string }>(
  db: CypherExecutor,
  spec: ListSpec,
  parse: Parse<T>,
  prime: (id: string, extras: Record<string, unknown>) => void = () => {},
) {
  const pageText = textCache((req) =>
    pageCypher(spec, shapeFields(req), req.count ? (isPlain(req) ? "plain" : "filtered") : "none"),
  );
  const countText = textCache(
    (req) => countCypher(spec, shapeFields(req)),
    (req) => shapeOf({ ...req, after: null, count: false, include: [] }),
  );

  const count = new DataLoader<ListRequest, number, string>(
    (requests) =>
      byText(
        requests,
        countText,
        (text, members) => db.read(text, { requests: send(members) }),
        (row) => Number(row?.totalCount ?? 0),
      ),
    { cacheKeyFn: (req) => req.key },
  );

  const page = new DataLoader<ListRequest, ConnectionRecord<T>, string>(
    (requests) =>
      byText(
        requests,
        pageText,
        (text, members) =>
          db.read(text, {
            requests: send(members),
            // LIMIT cannot read a row's variables: fetch for the largest page, slice each.
            limit: int(Math.max(...members.map((req) => req.first)) + 1),
          }),
        (row, req) => {
          const total = row?.totalCount;
          return toConnection(row, req, parse, prime, () =>
            typeof total === "number" ? Promise.resolve(total) : count.load(req),
          );
        },
      ),
    { cacheKeyFn: (req) => req.key },
  );

  return { page, count };
}

function toConnection<T extends { id: string }>(
  row: Row | undefined,
  request: ListRequest,
  parse: Parse<T>,
  prime: (id: string, extras: Record<string, unknown>) => void,
  count: () => Promise<number>,
): ConnectionRecord<T> {
  const rows = (row?.page ?? []) as Array<{
    sortKey: string;
    node: unknown;
    extras?: Record<string, unknown>;
  }>;
  const edges = rows.slice(0, request.first).map((item) => {
    const node = parse(item.node);
    if (item.extras) prime(node.id, item.extras);
    return { cursor: encodeCursor(item.sortKey), node };
  });
  return {
    edges,
    totalCount: count,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: Boolean(row?.hasPreviousPage),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
