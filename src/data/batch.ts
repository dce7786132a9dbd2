/**
 * Per-request batching. Every field that walks a relationship goes through a DataLoader whose
 * batch function sends ONE Cypher query for all the parents at that level of the GraphQL
 * query, so the number of round trips grows with the depth of the query, never with the
 * number of results. Lookups by id always name the label (from the id prefix), so Neo4j
 * answers them from the uniqueness index.
 */
import DataLoader from "dataloader";
import type { CypherExecutor, Row } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { cypher, inScope, type Part, variable } from "./cypher.ts";
import type { NodeLabel } from "./ids.ts";
import { type NodeRecord, parseAs } from "./records.ts";

/** The variables a `byId` query binds: the node looked up, and its id. */
export const byIdScope = { node: variable("x"), id: variable("id") } as const;
type ByIdScope = (typeof byIdScope)[keyof typeof byIdScope]["name"];

/**
 * Runs `UNWIND $ids AS id MATCH (x:Label {id: id}) <body>` for every id of the batch. The body
 * is a part over the node and its id (it must return `id` and its columns), built from the
 * variables it is handed: one that needs another variable does not type-check, and one that
 * binds `x` or `id` inside a subquery of its own is refused when the loader is made.
 */
export function byId<T>(
  db: CypherExecutor,
  label: NodeLabel,
  body: (node: typeof byIdScope.node, id: typeof byIdScope.id) => Part<ByIdScope, string>,
  toValue: (row: Row | undefined) => T,
) {
  const { node, id } = byIdScope;
  const returned = inScope([node.name, id.name], body(node, id), `${label} by id`);
  const query = cypher`UNWIND $ids AS ${id} MATCH (${node}:${label} {id: ${id}}) ${returned}`.text;
  return new DataLoader<string, T>(async (ids) => {
    const rows = await db.read(query, { ids });
    const byKey = new Map(rows.map((row) => [row.id as string, row]));
    return ids.map((key) => toValue(byKey.get(key)));
  });
}

/** Same, for keys that carry arguments: `UNWIND $requests AS req`, returning `key`. */
export function byRequest<K extends { key: string }, T>(
  db: CypherExecutor,
  cypher: string,
  toValue: (row: Row | undefined) => T,
) {
  return new DataLoader<K, T, string>(
    async (requests) => {
      const sent = requests.map((req) =>
        "first" in req ? { ...req, first: int(req.first as number) } : req,
      );
      const rows = await db.read(cypher, { requests: sent });
      const byKey = new Map(rows.map((row) => [row.key as string, row]));
      return requests.map((req) => toValue(byKey.get(req.key)));
    },
    { cacheKeyFn: (req) => req.key },
  );
}

export const list = <T>(row: Row | undefined, column: string, parse: (value: unknown) => T): T[] =>
  ((row?.[column] ?? []) as unknown[]).map(parse);

export const one = <T>(
  row: Row | undefined,
  column: string,
  parse: (value: unknown) => T,
): T | null => {
  const value = row?.[column];
  return value === null || value === undefined ? null : parse(value);
};

export const as =
  <T extends NodeRecord["__typename"]>(typename: T) =>
  (value: unknown) =>
    parseAs(typename, value);

/** Parses `{node, details}` items, priming the details loader with each item's details. */
export function withDetails<R extends { id: string }, D>(
  parse: (value: unknown) => R,
  parseDetails: (value: unknown) => D,
  details: DataLoader<string, D>,
) {
  return (value: unknown): R => {
    const item = value as { node: unknown; details: unknown };
    const record = parse(item.node);
    details.prime(record.id, parseDetails(item.details));
    return record;
  };
}
