/**
 * The shortest connection between two actors, through the relationships that are real
 * links between them: taking part in or hosting a meeting, making or being the subject of a
 * statement, holding a position in or being part of an organization. Source articles,
 * topics and places are shared by too much to count as a connection.
 */
import type { CypherExecutor } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { CONNECTING_PATTERN } from "./connections.ts";
import { node } from "./cypher.ts";
import { MAX_HOPS } from "./hops.ts";
import { ACTOR_LABELS } from "./ids.ts";
import { type PathRecord, toNodeRecord } from "./records.ts";

export { DEFAULT_MAX_HOPS, MAX_HOPS } from "./hops.ts";

/** Defined once in connections.ts and pinned to the library's shortest-connection.cypher. */
const CONNECTING = CONNECTING_PATTERN;

/** Query texts by endpoint labels and bound, all built here from fixed parts. */
const SHORTEST_WITHIN = Object.fromEntries(
  ACTOR_LABELS.map((fromLabel) => [
    fromLabel,
    Object.fromEntries(
      ACTOR_LABELS.map((toLabel) => [
        toLabel,
        Array.from(
          { length: MAX_HOPS + 1 },
          (_, hops) => `MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
     MATCH path = shortestPath((a)-[:${CONNECTING}*..${Math.max(hops, 1)}]-(b))
     RETURN [n IN nodes(path) | ${node("n")}] AS nodes,
            [r IN relationships(path) | {type: type(r), start: startNode(r).id}] AS relationships`,
        ),
      ]),
    ),
  ]),
) as Record<ActorLabel, Record<ActorLabel, string[]>>;

export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** Ends of a shortest connection, with their labels (checked: ../services/nodes.ts). */
export interface ConnectionEnds {
  from: string;
  fromLabel: ActorLabel;
  to: string;
  toLabel: ActorLabel;
  /** 1 to MAX_HOPS. */
  hops: number;
}

/** Links a reader may leave out of a connection, each a fixed predicate on the path. */
export const WEAK_LINKS = {
  /** A whole country in the middle: everyone who spoke for Iran is two steps from the rest. */
  COUNTRY: "none(n IN nodes(path) WHERE n:Country AND NOT n.id IN [$from, $to])",
  /** A meeting that did not take place (only hosting can reach one: TOOK_PART_IN is for held ones). */
  UNHELD_MEETING: "none(n IN nodes(path) WHERE n:Meeting AND n.status <> 'HELD')",
} as const;

export type WeakLink = keyof typeof WEAK_LINKS;

export const DEFAULT_ALTERNATIVES = 5;
export const MAX_ALTERNATIVES = 10;

/**
 * Every shortest connection (the paths of the shortest length there is, ties included), up
 * to `first` of them, optionally leaving out weak links. Neo4j stops once it has `first`
 * (no order is asked of it: between two hubs there are tens of thousands of ties); they come
 * back sorted by the ids they pass through, so the same ones read the same way.
 */
export async function shortestConnections(
  db: CypherExecutor,
  ends: ConnectionEnds,
  first: number,
  without: readonly WeakLink[] = [],
): Promise<PathRecord[]> {
  const { from, fromLabel, to, toLabel, hops } = ends;
  if (from === to) {
    const single = await shortestConnection(db, ends);
    return single ? [single] : [];
  }
  const predicates = [...new Set(without)].sort().map((link) => WEAK_LINKS[link]);
  // Fixed parts only: labels from ACTOR_LABELS, the bound a number, predicates from WEAK_LINKS.
  const cypher = `MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
     MATCH path = allShortestPaths((a)-[:${CONNECTING}*..${hops}]-(b))
     ${predicates.length > 0 ? `WHERE ${predicates.join(" AND ")}` : ""}
     WITH path LIMIT $first
     RETURN [n IN nodes(path) | ${node("n")}] AS nodes,
            [r IN relationships(path) | {type: type(r), start: startNode(r).id}] AS relationships`;
  const rows = await db.read(cypher, { from, to, first: int(first) });
  return rows
    .map((row) => toPath(row.nodes as unknown[], row.relationships as RelationshipRow[]))
    .sort((a, b) => pathKey(a).localeCompare(pathKey(b)));
}

type RelationshipRow = { type: string; start: string };

function pathKey(path: PathRecord): string {
  return path.nodes.map((n) => n.id).join(">");
}

function toPath(rawNodes: unknown[], relationships: RelationshipRow[]): PathRecord {
  const nodes = rawNodes.map(toNodeRecord);
  return {
    hops: relationships.length,
    nodes,
    steps: relationships.map((relationship, index) => {
      const fromNode = nodes[index] as PathRecord["nodes"][number];
      return {
        from: fromNode,
        to: nodes[index + 1] as PathRecord["nodes"][number],
        relationship: relationship.type,
        forward: relationship.start === fromNode.id,
      };
    }),
  };
}

export async function shortestConnection(
  db: CypherExecutor,
  { from, fromLabel, to, toLabel, hops }: ConnectionEnds,
): Promise<PathRecord | null> {
  if (from === to) {
    const rows = await db.read(`MATCH (a:${fromLabel} {id: $from}) RETURN ${node("a")} AS node`, {
      from,
    });
    return rows[0] ? { hops: 0, nodes: [toNodeRecord(rows[0].node)], steps: [] } : null;
  }
  // The bound must be in the pattern itself: with a larger bound and a filter on the length
  // afterwards, Neo4j falls back to enumerating every path when the shortest is too long.
  // Cypher takes no parameter for it, so each bound has its own fixed query text.
  const rows = await db.read(SHORTEST_WITHIN[fromLabel][toLabel][hops] as string, { from, to });
  const row = rows[0];
  return row ? toPath(row.nodes as unknown[], row.relationships as RelationshipRow[]) : null;
}
