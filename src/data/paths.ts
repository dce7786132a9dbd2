/**
 * The shortest connection between two actors, through the relationships that are real
 * links between them: taking part in or hosting a meeting, making or being the subject of a
 * statement, holding a position in or being part of an organization. Source articles,
 * topics and places are shared by too much to count as a connection.
 */
import type { CypherExecutor } from "../db/executor.ts";
import { int } from "../db/values.ts";
import { node } from "./cypher.ts";
import { ACTOR_LABELS, expectLabel, InvalidInputError } from "./ids.ts";
import { type PathRecord, toNodeRecord } from "./records.ts";

export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 6;

const CONNECTING =
  "PARTICIPATED_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO";

export async function shortestConnection(
  db: CypherExecutor,
  from: string,
  to: string,
  maxHops: number | null | undefined,
): Promise<PathRecord | null> {
  const hops = maxHops ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw new InvalidInputError(
      "maxHops",
      `maxHops: must be between 1 and ${MAX_HOPS}, got ${hops}`,
    );
  }
  const fromLabel = expectLabel(from, ACTOR_LABELS, "from");
  const toLabel = expectLabel(to, ACTOR_LABELS, "to");
  if (from === to) {
    const rows = await db.read(`MATCH (a:${fromLabel} {id: $from}) RETURN ${node("a")} AS node`, {
      from,
    });
    return rows[0] ? { hops: 0, nodes: [toNodeRecord(rows[0].node)], steps: [] } : null;
  }
  // The upper bound is fixed (Cypher cannot take it as a parameter); `maxHops` filters.
  const rows = await db.read(
    `MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
     MATCH path = shortestPath((a)-[:${CONNECTING}*..${MAX_HOPS}]-(b))
     WHERE length(path) <= $maxHops
     RETURN [n IN nodes(path) | ${node("n")}] AS nodes,
            [r IN relationships(path) | {type: type(r), start: startNode(r).id}] AS relationships`,
    { from, to, maxHops: int(hops) },
  );
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
