/**
 * The shortest connection between two actors, through the relationships that are real
 * links between them: taking part in or hosting a meeting, making or being the subject of a
 * statement, holding a position in or being part of an organization. Source articles,
 * topics and places are shared by too much to count as a connection.
 */
import type { CypherExecutor } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { node } from "./cypher.ts";
import { MAX_HOPS } from "./hops.ts";
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

/** Links a reader may leave out of a connection, each a predicate on a whole path. */
export const WEAK_LINKS = {
  /** A whole country in the middle: everyone who spoke for Iran is two steps from the rest. */
  COUNTRY: "none(n IN nodes(path) WHERE n:Country AND NOT n.id IN [$from, $to])",
  /** A meeting that did not take place (only hosting can reach one: TOOK_PART_IN is for held ones). */
  UNHELD_MEETING: "none(n IN nodes(path) WHERE n:Meeting AND n.status <> 'HELD')",
} as const;

export type WeakLink = keyof typeof WEAK_LINKS;

/**
 * The search's one text (tied-paths.ts), for every pair of labels, bound and weak links:
 * those are parameters ($maxHops, $noCountry, $noUnheld), so Neo4j plans it once (the
 * warm-up does, before serving) and a reader's switch never waits for a new plan. The
 * bound is checked on the length shortestPath finds within MAX_HOPS, not inside its pattern:
 * a predicate there that fails would make Neo4j enumerate every path.
 */
const TIED_PATHS = `MATCH (x:Person|Organization|Country {id: $from})
MATCH (y:Person|Organization|Country {id: $to})
${tiedShortestPaths({
  maxHops: MAX_HOPS,
  limit: "$first",
  hopsBound: "$maxHops",
  middle: (n) =>
    `NOT ($noCountry AND ${n}:Country) AND NOT ($noUnheld AND ${n}:Meeting AND ${n}.status <> 'HELD')`,
  pathPredicate: `none(n IN nodes(path) WHERE ($noCountry AND n:Country AND NOT n.id IN [$from, $to])
                                       OR ($noUnheld AND n:Meeting AND n.status <> 'HELD'))`,
})}
RETURN [n IN nodes | ${node("n")}] AS nodes,
       [r IN rels | {type: type(r), start: startNode(r).id}] AS relationships
ORDER BY key`;

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
  const { from, fromLabel, to, hops } = ends;
  if (from === to) {
    const rows = await db.read(`MATCH (a:${fromLabel} {id: $from}) RETURN ${node("a")} AS node`, {
      from,
    });
    return rows[0] ? [{ hops: 0, nodes: [toNodeRecord(rows[0].node)], steps: [] }] : [];
  }
  const rows = await db.read(TIED_PATHS, {
    from,
    to,
    maxHops: int(hops),
    first: int(first),
    noCountry: without.includes("COUNTRY"),
    noUnheld: without.includes("UNHELD_MEETING"),
  });
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
