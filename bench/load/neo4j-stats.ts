/**
 * Neo4j seen from outside while the clients run: its JVM heap and its process's CPU, read
 * through JMX (`dbms.queryJmx`), and the queries it is running at the moment
 * (`SHOW TRANSACTIONS`): sampled over a level, the queries seen running most often are where
 * Neo4j's time goes. (Community Neo4j writes no query log: logs/query.log stays empty.)
 */
import neo4j, { type Driver } from "neo4j-driver";

export interface Neo4jSample {
  heapUsedBytes: number;
  heapMaxBytes: number;
  /** The JVM process's share of the whole machine's CPU, 0–1 (a negative: not known). */
  processCpuLoad: number;
}

/** Marks the bench's own transactions, so that the sample of running queries leaves them out. */
const OWN = { metadata: { app: "bench-load-sampler" } };

const number = (value: unknown) =>
  neo4j.isInt(value) ? (value as neo4j.Integer).toNumber() : Number(value ?? Number.NaN);

export async function sampleNeo4j(
  driver: Driver,
  database: string | undefined,
): Promise<Neo4jSample> {
  const { records } = await driver.executeQuery(
    `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
     WITH attributes.HeapMemoryUsage.value.properties AS heap
     CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes
     RETURN heap.used AS used, heap.max AS max, attributes.ProcessCpuLoad.value AS cpu`,
    {},
    { database, routing: "READ", transactionConfig: OWN },
  );
  const row = records[0];
  return {
    heapUsedBytes: number(row?.get("used")),
    heapMaxBytes: number(row?.get("max")),
    processCpuLoad: number(row?.get("cpu")),
  };
}

export interface RunningQuery {
  /** The query's text, whitespace folded, cut at 300 characters. */
  query: string;
  elapsedMs: number;
}

/** The queries running now, other than this one. */
export async function runningQueries(
  driver: Driver,
  database: string | undefined,
): Promise<RunningQuery[]> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD currentQuery, elapsedTime, metaData
     WHERE metaData.app IS NULL OR metaData.app <> $own
     RETURN currentQuery AS query, elapsedTime.milliseconds AS ms`,
    { own: OWN.metadata.app },
    { database, routing: "READ", transactionConfig: OWN },
  );
  // A transaction between two queries has no current one.
  return records
    .filter((record) => record.get("query"))
    .map((record) => ({
      query: String(record.get("query")).replace(/\s+/g, " ").trim().slice(0, 300),
      elapsedMs: number(record.get("ms")),
    }));
}

export interface QueryShare {
  query: string;
  /** Samples in which it was running (one count per running transaction). */
  seen: number;
  /** Its share of every running query seen. */
  share: number;
  /** The longest it had been running when seen. */
  maxElapsedMs: number;
}

/** The queries seen running most often over a level's samples, most first. */
export function topQueries(samples: RunningQuery[][], count = 5): QueryShare[] {
  const byText = new Map<string, { seen: number; maxElapsedMs: number }>();
  let total = 0;
  for (const sample of samples)
    for (const { query, elapsedMs } of sample) {
      total += 1;
      const entry = byText.get(query) ?? { seen: 0, maxElapsedMs: 0 };
      entry.seen += 1;
      entry.maxElapsedMs = Math.max(entry.maxElapsedMs, elapsedMs);
      byText.set(query, entry);
    }
  return [...byText.entries()]
    .map(([query, entry]) => ({ query, ...entry, share: entry.seen / total }))
    .sort((a, b) => b.seen - a.seen)
    .slice(0, count);
}
