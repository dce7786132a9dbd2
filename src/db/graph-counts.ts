/**
 * Nodes by label and relationships by type, from Neo4j's count store (constant time per
 * label or type, whatever the graph's size), without the bookkeeping: nodes labelled
 * Internal (the seed ledger, migrations, audit trail) and their STATES relationships.
 * The one way the project counts a graph: `npm run seed`, the generator and the tests.
 */
import type { Driver } from "neo4j-driver";

/** Labels only bookkeeping nodes carry (each also carries Internal). */
export const BOOKKEEPING_LABELS = [
  "Internal",
  "SeedFile",
  "SeedFact",
  "SeedApplication",
  "Migration",
  "SchemaState",
  "DerivedState",
  "SeedState",
] as const;
export const BOOKKEEPING_TYPES = ["STATES"] as const;

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(
  driver: Driver,
  database: string | undefined,
): Promise<GraphCounts> {
  const read = { database, routing: "READ" as const };
  const catalogue = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, read)).records.map((row) => row.get("name") as string);
  const labels = (
    await catalogue("CALL db.labels() YIELD label AS name RETURN name ORDER BY name")
  ).filter((label) => !(BOOKKEEPING_LABELS as readonly string[]).includes(label));
  const types = (
    await catalogue(
      "CALL db.relationshipTypes() YIELD relationshipType AS name RETURN name ORDER BY name",
    )
  ).filter((type) => !(BOOKKEEPING_TYPES as readonly string[]).includes(type));
  // Names from the database's own catalogue, quoted as identifiers: a static label or type
  // is what lets the planner read the count store (a dynamic $(label) scans).
  const count = async (cypher: string) =>
    Number((await driver.executeQuery(cypher, {}, read)).records[0]?.get("count") ?? 0);
  const counts: GraphCounts = { labels: {}, relationships: {} };
  for (const label of labels) {
    const n = await count(`MATCH (n:${quoteName(label)}) RETURN count(n) AS count`);
    if (n > 0) counts.labels[label] = n;
  }
  for (const type of types) {
    const n = await count(`MATCH ()-[r:${quoteName(type)}]->() RETURN count(r) AS count`);
    if (n > 0) counts.relationships[type] = n;
  }
  return counts;
}

export function quoteName(name: string): string {
  return `\`${name.replaceAll("`", "``")}\``;
}
