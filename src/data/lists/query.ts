/**
 * The Cypher of a list's pages and counts, put together from its spec's parts for one shape
 * of request (./spec.ts): the walk, the filters the shape uses, the cursor's bound, the
 * count and the extras. Every variable is checked against what the query binds there.
 */
import { cypher, inScope, join, node, type Part } from "../cypher.ts";
import { type ListSpec, listVariables, type Shape } from "./spec.ts";

const { req, anchor, item } = listVariables;

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
  // (every key is a non-empty string) rather than scanned; a walk of no index needs none.
  const unbounded = walk.topOfAnchor ? undefined : cypher`${key} >= ''`;
  const conditions = (bound: Part | undefined = unbounded) =>
    join(
      [
        ...(owner ? [owner] : []),
        ...(bound ? [bound] : []),
        ...(shape.upper ? [cypher`${key} < ${req.field("upper")}`] : []),
        ...filters,
      ],
      "\n      AND ",
    );
  const match = (bound?: Part) => {
    const where = conditions(bound);
    return where.text ? cypher`${walk.match}\n    WHERE ${where}` : walk.match;
  };
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
