/**
 * Keyset pagination inside Cypher. Every list the API pages is stored in its order (a
 * `sortKey` string, see cypher/derived.cypher) and served by an index, so a page is one seek
 * past the cursor plus `first + 1` entries, whatever the length of the list: page 1 000 of a
 * hub's meetings costs what page 1 costs. Property maps are built for the page's rows only,
 * and the total count is computed only when a client selects `totalCount` (in the page's
 * query when the resolver can see the selection, else as its own query).
 *
 * A list is read through one of several walks (e.g. "the meetings an actor took part in",
 * "meetings about a topic", "all meetings"); the data layer picks the walk that starts from
 * the most selective node the request names, and checks the remaining filters on each item
 * it walks past. All requests of one GraphQL level that use the same walk share one query.
 */
import DataLoader from "dataloader";
import type { CypherExecutor, Row } from "../../db/executor.ts";
import { int } from "../../db/values.ts";
import { node } from "../cypher.ts";
import { encodeCursor, type PageArgs } from "../pagination.ts";
import type { ConnectionRecord } from "../records.ts";

/** Above every stored key: keys start with a digit (dates) or a lower-cased name. */
const AFTER_EVERY_KEY = "\u{10FFFF}";

/** One way to walk a list in its stored order. Fixed query text only: requests are parameters. */
export interface Walk {
  /**
   * A per-request Cypher expression (over `req`) for the id the walk starts from, or null
   * when nothing matches; absent for walks over a whole label.
   */
  anchor?: string;
  /** The reading clause that binds `item` (and whatever `order` names), e.g. a MATCH. */
  match: string;
  /** Conditions that pin the walk to its anchor, e.g. `r.ownerId = anchor`. */
  owner?: string;
  /** The stored sort key of the row; equal to the item's own sort key. */
  key: string;
  /** The ORDER BY that the walk's index provides. */
  order: string;
  /** Variables the ORDER BY needs after the filter, e.g. `item, r`. */
  carry: string;
  /** The count when the request has no filter beyond the anchor (a degree or a count store). */
  plainCount?: string;
}

/** A list: its walks and the filter every walked item must pass. */
export interface ListSpec {
  walks: Record<string, Walk>;
  /** Conditions on `item` and `req` (all filters, including the anchor's own: it is cheap). */
  filter: string;
}

export interface ListRequest extends PageArgs {
  /** Identifies the request in its batch: the same arguments give the same key. */
  key: string;
  /** Which walk serves it (a key of the list's walks). */
  walk: string;
  /** True when no filter applies beyond the walk's anchor: the count can be a degree. */
  plain: boolean;

  /** Keys must sort below this (an exclusive upper bound implied by the filters). */
  upper: string;
  [filter: string]: unknown;
}

/** Builds a request from its filters, with a key that identifies it within a batch. */
export function listRequest(
  walk: string,
  filters: Record<string, unknown>,
  page: PageArgs,
  options: { plain: boolean; upper?: string | null },
): ListRequest {
  const fields = {
    walk,
    ...filters,
    plain: options.plain,
    upper: options.upper ?? AFTER_EVERY_KEY,
    ...page,
  };
  return { ...fields, key: JSON.stringify(fields) };
}

function conditions(walk: Walk, spec: ListSpec, bound: string): string {
  return [walk.owner, bound, `${walk.key} < req.upper`, spec.filter]
    .filter(Boolean)
    .join("\n      AND ");
}

function prelude(walk: Walk): string {
  return `UNWIND $requests AS req
WITH req, ${walk.anchor ?? "null"} AS anchor`;
}

/**
 * The page query of one walk: the rows after the cursor, whether any come before it, and,
 * for `counted` requests (grouped apart: plain or filtered), the total.
 */
export function pageCypher(
  spec: ListSpec,
  walkName: string,
  counted?: "plain" | "filtered",
): string {
  const walk = spec.walks[walkName];
  if (!walk) throw new Error(`unknown walk ${walkName}`);
  const total = counted
    ? `,\n  ${countExpression(spec, walk, counted === "plain")} AS totalCount`
    : "";
  return `${prelude(walk)}
RETURN req.key AS key,
  COLLECT {
    ${walk.match}
    WHERE ${conditions(walk, spec, `${walk.key} > coalesce(req.after, '')`)}
    WITH ${walk.carry} ORDER BY ${walk.order} LIMIT $limit
    RETURN {sortKey: ${walk.key}, node: ${node("item")}} AS row
  } AS page,
  req.after IS NOT NULL AND EXISTS {
    ${walk.match}
    WHERE ${conditions(walk, spec, `${walk.key} <= req.after`)}
  } AS hasPreviousPage${total}`;
}

function countExpression(spec: ListSpec, walk: Walk, plain: boolean): string {
  return plain && walk.plainCount
    ? walk.plainCount
    : `COUNT {
    ${walk.match}
    WHERE ${conditions(walk, spec, "true")}
  }`;
}

/** The count query of one walk, for requests that select `totalCount`. */
export function countCypher(spec: ListSpec, walkName: string, plain: boolean): string {
  const walk = spec.walks[walkName];
  if (!walk) throw new Error(`unknown walk ${walkName}`);
  return `${prelude(walk)}
RETURN req.key AS key, ${countExpression(spec, walk, plain)} AS totalCount`;
}

type Parse<T> = (value: unknown) => T;

/** Groups a batch by `group(request)`, runs one query per group, answers in batch order. */
async function byGroup<R extends { key: string }, T>(
  requests: readonly R[],
  group: (request: R) => string,
  run: (group: string, members: R[]) => Promise<Row[]>,
  toValue: (row: Row | undefined, request: R) => T,
): Promise<T[]> {
  const groups = new Map<string, R[]>();
  for (const request of requests) {
    const name = group(request);
    groups.set(name, [...(groups.get(name) ?? []), request]);
  }
  const rowsByKey = new Map<string, Row>();
  await Promise.all(
    [...groups].map(async ([name, members]) => {
      for (const row of await run(name, members)) rowsByKey.set(row.key as string, row);
    }),
  );
  return requests.map((request) => toValue(rowsByKey.get(request.key), request));
}

const send = (requests: ListRequest[]) =>
  requests.map(({ first, ...rest }) => ({ ...rest, first: int(first) }));

/**
 * The loaders of one list: `page` answers a connection whose `count()` asks `count` lazily.
 * Query texts are built once, per walk, from the fixed spec.
 */
export function listLoaders<T>(db: CypherExecutor, spec: ListSpec, parse: Parse<T>) {
  const pages = new Map(
    Object.keys(spec.walks).flatMap((name) => [
      [name, pageCypher(spec, name)],
      [`${name}|plain`, pageCypher(spec, name, "plain")],
      [`${name}|filtered`, pageCypher(spec, name, "filtered")],
    ]),
  );
  const countGroup = (req: ListRequest) => `${req.walk}|${req.plain ? "plain" : "filtered"}`;
  const counts = new Map(
    Object.keys(spec.walks).flatMap((name) => [
      [`${name}|plain`, countCypher(spec, name, true)],
      [`${name}|filtered`, countCypher(spec, name, false)],
    ]),
  );

  const count = new DataLoader<ListRequest, number, string>(
    (requests) =>
      byGroup(
        requests,
        countGroup,
        (group, members) => db.read(counts.get(group) as string, { requests: send(members) }),
        (row) => Number(row?.totalCount ?? 0),
      ),
    { cacheKeyFn: (req) => req.key },
  );

  const page = new DataLoader<ListRequest, ConnectionRecord<T>, string>(
    (requests) =>
      byGroup(
        requests,
        (req) => (req.count ? countGroup(req) : req.walk),
        (group, members) =>
          db.read(pages.get(group) as string, {
            requests: send(members),
            // LIMIT cannot read a row's variables: fetch for the largest page, slice each.
            limit: int(Math.max(...members.map((req) => req.first)) + 1),
          }),
        (row, req) => {
          const total = row?.totalCount;
          return toConnection(row, req, parse, () =>
            typeof total === "number" ? Promise.resolve(total) : count.load(req),
          );
        },
      ),
    { cacheKeyFn: (req) => req.key },
  );

  return { page, count };
}

function toConnection<T>(
  row: Row | undefined,
  request: ListRequest,
  parse: Parse<T>,
  count: () => Promise<number>,
): ConnectionRecord<T> {
  const rows = (row?.page ?? []) as Array<{ sortKey: string; node: unknown }>;
  const edges = rows.slice(0, request.first).map((item) => ({
    cursor: encodeCursor(item.sortKey),
    node: parse(item.node),
  }));
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
