/**
 * A canonical text of the data graph — every node with its labels and properties, every
 * relationship with its type, ends and properties, typed values (1 and 1.0 differ), one line
 * each, sorted — so two graphs can be compared for equality. The ledger and other
 * bookkeeping (label Internal) are left out: they say how the data got there, not what it
 * is. `graphChecksum` streams the same lines in batches for graphs too big to hold.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { fromDriverValue } from "./driver-values.ts";
import { valueText } from "./facts.ts";

function propertiesText(properties: Record<string, unknown>): string {
  return Object.keys(properties)
    .sort()
    .map((key) => {
      const value = properties[key];
      const converted = fromDriverValue(value);
      return `${key}=${converted ? valueText(converted) : `?${String(value)}`}`;
    })
    .join(", ");
}

const NODE_LINE = `
  RETURN [l IN labels(n) WHERE l <> 'Internal'] AS labels, n.id AS id, properties(n) AS properties`;

/** The whole data graph as sorted lines (small graphs: tests). */
export async function canonicalDump(
  driver: Driver,
  database: string | undefined,
): Promise<string[]> {
  const lines: string[] = [];
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:Internal ${NODE_LINE}`,
    {},
    { database, routing: "READ" },
  );
  for (const row of nodes.records)
    lines.push(
      nodeLine(row.get("labels") as string[], row.get("properties") as Record<string, unknown>),
    );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE NOT a:Internal AND NOT b:Internal
     RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties`,
    {},
    { database, routing: "READ" },
  );
  for (const row of relationships.records)
    lines.push(
      relationshipLine(
        row.get("type") as string,
        row.get("start") as string,
        row.get("end") as string,
        row.get("properties") as Record<string, unknown>,
      ),
    );
  return lines.sort();
}

function nodeLine(labels: string[], properties: Record<string, unknown>): string {
  return `N ${[...labels].sort().join(":")} {${propertiesText(properties)}}`;
}

function relationshipLine(
  type: string,
  start: string,
  end: string,
  properties: Record<string, unknown>,
): string {
  return `R ${start} -[${type} {${propertiesText(properties)}}]-> ${end}`;
}

/**
 * A checksum of the canonical lines of a graph of any size: label by label, nodes in id
 * order a batch at a time with their outgoing relationships; each line hashed and the
 * hashes summed, so the sum does not depend on the order lines are met in.
 */
export async function graphChecksum(
  driver: Driver,
  database: string | undefined,
  options: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<{ checksum: string; nodes: number; relationships: number }> {
  const batchSize = options.batchSize ?? 20_000;
  const { records } = await driver.executeQuery(
    "CALL db.labels() YIELD label WHERE label <> 'Internal' RETURN label ORDER BY label",
    {},
    { database, routing: "READ" },
  );
  let sum = 0n;
  const modulus = 1n << 256n;
  let nodes = 0;
  let relationships = 0;
  const add = (line: string) => {
    sum = (sum + BigInt(`0x${createHash("sha256").update(line).digest("hex")}`)) % modulus;
  };
  for (const label of records.map((row) => row.get("label") as string)) {
    let after = "";
    for (;;) {
      // Data nodes have one label each (docs/graph-model.md); one with two would be met,
      // and counted, under each: the same for both graphs compared.
      const page = await driver.executeQuery(
        `MATCH (n:$($label)) WHERE n.id > $after AND NOT n:Internal
         WITH n ORDER BY n.id LIMIT $limit
         RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Internal'] AS labels, properties(n) AS properties,
                COLLECT { MATCH (n)-[r]->(b) WHERE NOT b:Internal
                          RETURN [type(r), b.id, properties(r)] } AS out`,
        { label, after, limit: neo4j.int(batchSize) },
        { database, routing: "READ" },
      );
      if (page.records.length === 0) break;
      for (const row of page.records) {
        add(
          nodeLine(row.get("labels") as string[], row.get("properties") as Record<string, unknown>),
        );
        nodes++;
        for (const [type, end, properties] of row.get("out") as [
          string,
          string,
          Record<string, unknown>,
        ][]) {
          add(relationshipLine(type, row.get("id") as string, end, properties));
          relationships++;
        }
        after = row.get("id") as string;
      }
      options.onProgress?.(nodes);
      if (page.records.length < batchSize) break;
    }
  }
  return { checksum: sum.toString(16).padStart(64, "0"), nodes, relationships };
}
