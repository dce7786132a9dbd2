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
import {
  cypher,
  inScope,
  join,
  type Local,
  mapVariable,
  node,
  type Part,
  type Variable,
  variable,
} from "../cypher.ts";
import { encodeCursor, type PageArgs } from "../pagination.ts";
import type { ConnectionRecord, RecordLabel } from "../records.ts";

/** What every list request carries besides its own values (see listRequest). */
export interface RequestFields {
  key: string;
  after: string | null;
  upper: string | null;
}

/**
 * The variables of every list query: `req` (one request of the batch, a map of its values),
 * `anchor` (the id its walk starts from) and `item` (the listed node, bound by the walk).
 */
export const listVariables = {
  req: mapVariable<RequestFields>()("req"),
  anchor: variable("anchor"),
  item: variable("item"),
};
const { req, anchor, item } = listVariables;

/** Bound before the walk: the request and its anchor. */
export type RequestScope = "req" | "anchor";
/** Bound by every walk: what a filter or an extra may read. */
export type ItemScope = RequestScope | "item";

/** One way to walk a list in its stored order; `B` are the variables it binds besides `item`. */
export interface Walk<B extends string = string> {
  /**
   * A per-request expression (over `req`) for the id the walk starts from, or null when
   * nothing matches; absent for walks over a whole label.
   */
  anchor?: Part<"req", string>;
  /** The reading clause that binds `item` and `binds` (e.g. a MATCH). */
  match: Part<ItemScope | B, string>;
  binds: readonly B[];
  /** Conditions that pin the walk to its anchor, e.g. `r.ownerId = anchor`. */
  owner?: Part<ItemScope | B, string>;
  /** The stored sort key of the row; equal to the item's own sort key. */
  key: Part<"item" | B, never>;
  /** The ORDER BY that the walk's index provides. */
  order: Part<"item" | B, never>;
  /** Variables the ORDER BY needs after the filter, e.g. `item, r`. */
  carry: readonly Variable<"item" | B>[];
  /**
   * The count when nothing filters beyond the anchor: read from a store Neo4j keeps (a
   * node's degree, a label's count), never by walking the list. See `degreeOfAnchor`.
   */
  plainCount?: Part<RequestScope, string>;
  /**
   * Counts cheaper than walking the list and checking each item, for a request whose only
   * filter is the key (and no upper bound): e.g. two actors' shared meetings, from the one
   * with fewer, each checked for an edge to the other.
   */
  countWhenOnly?: Record<string, Part<RequestScope, string>>;
  /**
   * True when the walk's rows come from a full-text search, whose matches are sorted (a
   * search matches few) instead of read in index order.
   */
  sortsMatches?: boolean;
}

/** A walk, its parts checked against what it binds (their types, and again when queried). */
export const walk = <const B extends string = never>(definition: Walk<B>): Walk<B> => definition;

/**
 * The number of `pattern` relationships (e.g. `-[:TOOK_PART_IN]->`) of the anchor node, any
 * of `labels`: Neo4j reads it from the node's degree store when the node is bound and the
 * other end is unlabelled, so a hub's 57k meetings are counted in one lookup. (Matching the
 * node inside the COUNT, `COUNT { MATCH (a {id: anchor})-[:T]->() }`, walks every edge.)
 */
export function degreeOfAnchor(
  labels: string,
  pattern: string,
): Part<"anchor", "counted" | "degree"> {
  const counted: Local<"counted"> = { kind: "local", name: "counted" };
  const degree: Local<"degree"> = { kind: "local", name: "degree" };
  return cypher`coalesce(head(COLLECT {
        MATCH (${counted}:${labels} {id: ${anchor}}) RETURN COUNT { (${counted})${pattern}() } AS ${degree}
      }), 0)`;
}

/**
 * A list: its walks, and the filters a request may add (conditions on `item` and `req`).
 * `V` are the values its requests carry (what `req` holds), `W`, `F` and `E` the names of
 * its walks, filters and extras.
 */
export interface ListSpec<
  V = unknown,
  W extends string = string,
  F extends string = string,
  E extends string = string,
> {
  /** The label of the listed items: their maps carry that record's properties only. */
  label: RecordLabel;
  walks: Record<W, Walk>;
  filters: Record<F, Part<ItemScope, string>>;
  /**
   * What a page may carry per item for the fields selected below it (expressions over
   * `item`), so those fields' loaders are primed and cost no round trip of their own.
   */
  extras?: Record<E, Part<"item", string>>;
  /** The extras a page carries for the item fields its client selected. */
  extrasFor?: (selected: readonly string[]) => E[];
  /** Type-level only: the values of its requests. */
  readonly values?: V;
}

type BindsOf<W> = { [K in keyof W]: W[K] extends Walk<infer B> ? B : never }[keyof W];
type LocalsOfParts<R> = {
  [K in keyof R]: R[K] extends Part<string, infer L> ? L : never;
}[keyof R];
/** Locals of filters and extras named like a variable some walk binds, or req/anchor/item. */
type Clashes<S extends ListSpec<unknown>> = Extract<
  LocalsOfParts<S["filters"]> | LocalsOfParts<NonNullable<S["extras"]>>,
  BindsOf<S["walks"]> | ItemScope
>;

/**
 * A list whose parts fit together: filters and extras read only what every walk binds, and
 * none binds a local of the name of a variable a walk binds (the type error then names the
 * clash). `V` are its requests' values, what `req` holds.
 */
export function defineList<V>() {
  return <W extends string, F extends string, E extends string, S extends ListSpec<V, W, F, E>>(
    spec: S &
      ListSpec<V, W, F, E> &
      ([Clashes<S>] extends [never]
        ? unknown
        : { "a local variable has the name of a variable a walk binds": Clashes<S> }),
  ): ListSpec<V, W, F, E> => spec;
}

export interface ListRequest extends Omit<PageArgs, "selected"> {
  /** Identifies the request in its batch: the same arguments give the same key. */
  key: string;
  /** Which walk serves it (a key of the list's walks). */
  walk: string;
  /** The filters it uses beyond the walk's anchor (keys of the list's filters). */
  filters: string[];
  /** Keys must sort below this, when the filters imply an upper bound; else null. */
  upper: string | null;
  /** The spec's extras the page carries (when the client selected any of them). */
  include: string[];
  [field: string]: unknown;
}

/**
 * Builds a request of `spec`: its walk, its values (what `req` holds in the query), the
 * names of the filters it uses beyond the anchor, and the extras its page carries for the
 * item fields the client selected (the spec's `extrasFor`).
 */
export function listRequest<V, W extends string, F extends string, E extends string>(
  spec: ListSpec<V, W, F, E>,
  request: { walk: W; values: V; filters: readonly F[] },
  page: PageArgs,
  upper: string | null = null,
): ListRequest {
  const { selected, ...args } = page;
  const include = spec.extrasFor?.(selected) ?? [];
  const fields = {
    walk: request.walk,
    ...request.values,
    filters: [...request.filters].sort(),
    upper,
    include,
    ...args,
  };
  return { ...fields, key: JSON.stringify(fields) };
}

/** What decides a request's query text: requests of one shape share one query. */
export function shapeOf(request: ListRequest): string {
  const counted = request.count ? (isPlain(request) ? "plain" : "filtered") : "none";
  return [
    request.walk,
    request.filters.join(","),
    request.upper ? "upper" : "",
    request.after === null ? "" : "after",
    counted,
    request.include.join(","),
  ].join("|");
}

function isPlain(request: ListRequest): boolean {
  return request.filters.length === 0 && request.upper === null;
}

interface Shape {
  walk: string;
  filters: string[];
  upper: boolean;
  after: boolean;
  include?: string[];
}

function parts(spec: ListSpec, shape: Shape) {
  const walk = spec.walks[shape.walk];
  if (!walk) throw new Error(`unknown walk ${shape.walk}`);
  const where = `${spec.label} list, walk ${shape.walk}`;
  const requestScope: readonly string[] = ["req", "anchor"];
  const itemScope = [...requestScope, "item", ...walk.binds];
  const filters = shape.filters.map((name) => {
    const condition = spec.filters[name];
    if (!condition) throw new Error(`unknown filter ${name}`);
    return inScope(itemScope, condition, `${where}, filter ${name}`);
  });
  const walkPart = (part: Part | undefined, name: string) =>
    part && inScope(itemScope, part, `${where}, ${name}`);
  const owner = walkPart(walk.owner, "owner");
  const key = walkPart(walk.key, "key") as Part;
  walkPart(walk.match, "match");
  walkPart(walk.order, "order");
  // Without a cursor the key still gets a range predicate, so the index is sought in order
  // (every key is a non-empty string) rather than scanned.
  const conditions = (bound: Part = cypher`${key} >= ''`) =>
    join(
      [
        ...(owner ? [owner] : []),
        bound,
        ...(shape.upper ? [cypher`${key} < ${req.field("upper")}`] : []),
        ...filters,
      ],
      "\n      AND ",
    );
  const match = (bound?: Part) => cypher`${walk.match}\n    WHERE ${conditions(bound)}`;
  const prelude = cypher`UNWIND $requests AS ${req}\nWITH ${req}, ${
    walk.anchor ? inScope(requestScope, walk.anchor, `${where}, anchor`) : "null"
  } AS ${anchor}`;
  const only = shape.filters.length === 1 && !shape.upper ? shape.filters[0] : undefined;
  const special =
    shape.filters.length === 0 && !shape.upper && walk.plainCount
      ? walk.plainCount
      : only
        ? walk.countWhenOnly?.[only]
        : undefined;
  const count = special
    ? inScope(requestScope, special, `${where}, count`)
    : cypher`COUNT {\n    ${match()}\n  }`;
  return { walk, key, match, prelude, count };
}

/**
 * The page query of one shape: the rows after the cursor (with `first + 1` of them, to tell
 * whether more follow), whether any come before the cursor, and the total when counted.
 */
export function pageCypher(
  spec: ListSpec,
  shape: Shape,
  counted: "none" | "plain" | "filtered" = "none",
): string {
  const { walk, key, match, prelude, count } = parts(spec, shape);
  const extras = (shape.include ?? []).map((name) => {
    const expression = spec.extras?.[name];
    if (!expression) throw new Error(`unknown extra ${name}`);
    const checked = inScope(["item", ...walk.binds], expression, `${spec.label} extra ${name}`);
    return cypher`${name}: ${checked}`;
  });
  const carried = extras.length ? cypher`, extras: {${join(extras, ", ")}}` : "";
  const columns = [
    cypher`COLLECT {
    ${match(shape.after ? cypher`${key} > ${req.field("after")}` : undefined)}
    WITH ${join(
      walk.carry.map((v) => cypher`${v}`),
      ", ",
    )} ORDER BY ${walk.order} LIMIT $limit
    RETURN {sortKey: ${key}, node: ${node(item, spec.label)}${carried}} AS row
  } AS page`,
    ...(shape.after
      ? [
          cypher`EXISTS {\n    ${match(cypher`${key} <= ${req.field("after")}`)}\n  } AS hasPreviousPage`,
        ]
      : []),
    ...(counted === "none" ? [] : [cypher`${count} AS totalCount`]),
  ];
  return cypher`${prelude}\nRETURN ${req.field("key")} AS key,\n  ${join(columns, ",\n  ")}`.text;
}

/** The count query of one shape, for a `totalCount` the page's query did not compute. */
export function countCypher(spec: ListSpec, shape: Shape): string {
  const { prelude, count } = parts(spec, shape);
  return cypher`${prelude}\nRETURN ${req.field("key")} AS key, ${count} AS totalCount`.text;
}

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

/** Every shape of a list with at most one filter, and with all its extras, for the plan tests. */
export function sampleShapes(spec: ListSpec): Shape[] {
  const extras = Object.keys(spec.extras ?? {});
  return Object.keys(spec.walks).flatMap((walk) => [
    ...[[], ...Object.keys(spec.filters).map((name) => [name])].flatMap((filters) =>
      [false, true].map((after) => ({ walk, filters, upper: filters.includes("to"), after })),
    ),
    ...(extras.length ? [{ walk, filters: [], upper: false, after: true, include: extras }] : []),
  ]);
}
