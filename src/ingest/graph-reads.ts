/**
 * What the checks read from the graph before a file is applied: the nodes a file names, and
 * the names like the ones it writes (check.ts's likely-duplicate rules).
 */
import type { Namesake } from "./check.ts";
import { fromDriverValue } from "./driver-values.ts";
import type { FactValue, NodeRef } from "./facts.ts";
import { LABELS } from "./model.ts";
import { label } from "./model-cypher.ts";
import { fullTextQuery } from "./names.ts";
import type { Tx } from "./tx.ts";

/** Properties of the nodes that exist, by "Label|id". */
export async function readNodes(
  tx: Tx,
  nodes: readonly NodeRef[],
): Promise<Map<string, Record<string, FactValue>>> {
  const found = new Map<string, Record<string, FactValue>>();
  for (const [labelName, group] of Map.groupBy(nodes, (node) => node.label)) {
    if (!LABELS[labelName]) continue;
    const result = await tx.run(
      `MATCH (n:${label(labelName)}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS properties`,
      { ids: group.map((node) => node.id) },
    );
    for (const row of result.records) {
      const properties: Record<string, FactValue> = {};
      for (const [name, value] of Object.entries(
        row.get("properties") as Record<string, unknown>,
      )) {
        const converted = fromDriverValue(value);
        if (converted) properties[name] = converted;
      }
      found.set(`${labelName}|${row.get("id")}`, properties);
    }
  }
  return found;
}

/** People, organizations and places whose name or alias shares a word with these names. */
export async function findNameCandidates(tx: Tx, names: readonly string[]): Promise<Namesake[]> {
  const query = fullTextQuery(names);
  if (!query) return [];
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes("entityNames", $query, {limit: 200}) YIELD node
     WHERE node:Person OR node:Organization OR node:Place
     RETURN head([l IN labels(node) WHERE l IN ["Person", "Organization", "Place"]]) AS label,
            node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases`,
    { query },
  );
  return result.records.flatMap((row) => {
    const base = { label: row.get("label") as string, id: row.get("id") as string };
    const name = row.get("name") as string;
    return [name, ...(row.get("aliases") as string[])].map((alias) => ({ ...base, name: alias }));
  });
}

/** Ids of nodes of the label whose names are like the words of `id`'s slug. */
export async function findLookalikes(tx: Tx, node: NodeRef): Promise<string[]> {
  const words = node.id
    .slice(node.id.indexOf(":") + 1)
    .split("-")
    .filter((word) => /^[a-z0-9]{3,}$/.test(word));
  if (words.length === 0 || !["Person", "Organization", "Place", "Country"].includes(node.label))
    return [];
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes("entityNames", $query, {limit: 10}) YIELD node, score
     WHERE $label IN labels(node) AND node.id <> $id
     RETURN node.id AS id LIMIT 3`,
    { query: words.map((word) => `${word}~`).join(" "), label: node.label, id: node.id },
  );
  return result.records.map((row) => row.get("id") as string);
}
