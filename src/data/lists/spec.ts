/**
 * A list as the data layer defines it: the walks that read it in its stored order, the
 * filters a request may add and the extras a page may carry, as typed Cypher parts
 * (../cypher.ts) whose variables are checked where they are put together; and the requests
 * for its pages, with the shape that decides their query text. The query texts are built in
 * ./query.ts, the pages loaded in ./keyset.ts.
 */
import { cypher, type Local, mapVariable, type Part, type Variable, variable } from "../cypher.ts";
import type { PageArgs } from "../pagination.ts";
import type { RecordLabel } from "../records.ts";

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
const { anchor } = listVariables;

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
  /**
   * True when no index holds the walk's order (no stored sort key): the page reads every item
   * of its anchor and keeps the first `first + 1` by `order` (a Top), so it returns one page
   * but reads the anchor's whole list. For a list whose anchors hold a bounded number.
   */
  topOfAnchor?: boolean;
}

/** A walk, its parts checked against what it binds (their types, and again when queried). */
export const walk = <const B extends string = never>(definition: Walk<B>): Walk<B> => definition;

/**
 * The number of `pattern` relationships (e.g. `-[:TOOK_PART_IN]->`) of the anchor node, any
 * of `labels`: Neo4j reads it from the node's degree store when the node is bound and the
 * other end is unlabelled, so a hub's tens of thousands of meetings are counted in one lookup. (Matching the
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

export function isPlain(request: ListRequest): boolean {
  return request.filters.length === 0 && request.upper === null;
}

/** What decides a query text of a list (see shapeOf). */
export interface Shape {
  walk: string;
  filters: string[];
  upper: boolean;
  after: boolean;
  include?: string[];
}
