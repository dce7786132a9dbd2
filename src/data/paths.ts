/**
 * The shortest connection between two actors, through the relationships that are real
 * links between them: taking part in or hosting a meeting, making or being the subject of a
 * statement, holding a position in or being part of an organization. Source articles,
 * topics and places are shared by too much to count as a connection.
 */
import type { CypherExecutor } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { node } from "./cypher.ts";
import type { ACTOR_LABELS } from "./ids.ts";
import { type PathRecord, toNodeRecord } from "./records.ts";
import { tiedShortestPaths } from "./tied-paths.ts";

export { DEFAULT_MAX_HOPS, MAX_HOPS } from "./hops.ts";

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

/** The same links as predicates on one node in the middle of a path (tied-paths.ts). */
const WEAK_NODES: Record<WeakLink, (n: string) => string> = {
  COUNTRY: (n) => `NOT ${n}:Country`,
  UNHELD_MEETING: (n) => `NOT (${n}:Meeting AND ${n}.status <> 'HELD')`,
};

export const DEFAULT_ALTERNATIVES = 5;
export const MAX_ALTERNATIVES = 10;

/**
 * The shortest connections (paths of the shortest length there is, ties included): the
 * first `first` of them in the order of tied-paths.ts (the ids of the nodes along the path,
 * from `from` to `to`), the same as the library's shortest-connection lists; optionally
 * leaving out weak links. Found without listing every tie (between two hubs there are tens
 * of thousands).
 */
export async function shortestConnections(
  db: CypherExecutor,
  ends: ConnectionEnds,
  first: number,
  without: readonly WeakLink[] = [],
): Promise<PathRecord[]> {
  const { from, fromLabel, to, toLabel, hops } = ends;
  if (from === to) {
    const rows = await db.read(`MATCH (a:${fromLabel} {id: $from}) RETURN ${node("a")} AS node`, {
      from,
    });
    return rows[0] ? [{ hops: 0, nodes: [toNodeRecord(rows[0].node)], steps: [] }] : [];
  }
  const links = [...new Set(without)].sort();
  // Fixed parts only: labels from ACTOR_LABELS, the bound a number, predicates from WEAK_LINKS.
  const cypher = `MATCH (x:${fromLabel} {id: $from}), (y:${toLabel} {id: $to})
${tiedShortestPaths({
  maxHops: hops,
  limit: "$first",
  ...(links.length > 0
    ? {
        middle: (n: string) => links.map((link) => WEAK_NODES[link](n)).join(" AND "),
        pathPredicate: links.map((link) => WEAK_LINKS[link]).join(" AND "),
      }
    : {}),
})}
RETURN [n IN nodes | ${node("n")}] AS nodes,
       [r IN rels | {type: type(r), start: startNode(r).id}] AS relationships
ORDER BY key`;
  const rows = await db.read(cypher, { from, to, first: int(first) });
  return rows.map((row) => toPath(row.nodes as unknown[], row.relationships as RelationshipRow[]));
}

type RelationshipRow = { type: string; start: string };

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

/** The first of the shortest connections (shortestConnections' order), or null. */
export async function shortestConnection(
  db: CypherExecutor,
  ends: ConnectionEnds,
): Promise<PathRecord | null> {
  return (await shortestConnections(db, ends, 1))[0] ?? null;
}
