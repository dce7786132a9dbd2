/**
 * A canonical text of the data graph — every node with its labels and properties, every
 * relationship with its type, ends and properties, typed values (1 and 1.0 differ), one line
 * each, sorted — so two graphs can be compared for equality. The ledger and other
 * bookkeeping (label Internal) are left out: they say how the data got there, not what it
 * is. `graphChecksum` streams the same lines in batches for graphs too big to hold.
 */
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
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
 * A checksum of the canonical lines of a graph of any size: every node, then every
 * relationship, each streamed in one read transaction (Neo4j sends the rows as they are read
 * and the driver hands them over one by one; nothing is held but the running sum). Each line
 * is hashed and the hashes summed, so the order rows come in does not matter. A hub's
 * millions of relationships are rows like any other: no page is sized by a node's degree.
 */
export async function graphChecksum(
  driver: Driver,
  database: string | undefined,
  options: { onProgress?: (done: number) => void; timeoutMs?: number } = {},
): Promise<{ checksum: string; nodes: number; relationships: number }> {
  let sum = 0n;
  const modulus = 1n << 256n;
  const add = (line: string) => {
    sum = (sum + BigInt(`0x${createHash("sha256").update(line).digest("hex")}`)) % modulus;
  };
  const stream = async (
    cypher: string,
    onRecord: (record: { get(key: string): unknown }) => void,
  ) => {
    const session = driver.session({ database, defaultAccessMode: "READ", fetchSize: 20_000 });
    try {
      const result = session.run(cypher, {}, { timeout: options.timeoutMs ?? 3_600_000 });
      let rows = 0;
      for await (const record of result) {
        onRecord(record);
        if (++rows % 1_000_000 === 0) options.onProgress?.(rows);
      }
      return rows;
    } finally {
      await session.close();
    }
  };
  const nodes = await stream(`MATCH (n) WHERE NOT n:Internal ${NODE_LINE}`, (row) =>
    add(nodeLine(row.get("labels") as string[], row.get("properties") as Record<string, unknown>)),
  );
  const relationships = await stream(
    `MATCH (a)-[r]->(b) WHERE NOT a:Internal AND NOT b:Internal
     RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties`,
    (row) =>
      add(
        relationshipLine(
          row.get("type") as string,
          row.get("start") as string,
          row.get("end") as string,
          row.get("properties") as Record<string, unknown>,
        ),
      ),
  );
  return { checksum: sum.toString(16).padStart(64, "0"), nodes, relationships };
}
