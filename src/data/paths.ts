/**
 * The shortest connection between two actors, through the relationships that are real
 * links between them: taking part in or hosting a meeting, making or being the subject of a
 * statement, holding a position in or being part of an organization. Source articles,
 * topics and places are shared by too much to count as a connection.
 */
import type { CypherExecutor } from "../db/executor.ts";
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
  if (!row) return null;
  const nodes = (row.nodes as unknown[]).map(toNodeRecord);
  const relationships = row.relationships as Array<{ type: string; start: string }>;
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
