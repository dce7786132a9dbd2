import { describe, expect, it } from "vitest";
import {
  database,
  isolationLabel,
  testDriver,
  unreachableNeo4j,
} from "../../test/support/neo4j.ts";
import {
  DatabaseError,
  DatabaseUnavailableError,
  QueryMemoryError,
  QueryTimeoutError,
} from "./errors.ts";
import { CypherExecutor, DEADLINE_GRACE_MS, type QueryEvent } from "./executor.ts";

describe("CypherExecutor on a real Neo4j", () => {
  it("round-trips data with parameters and returns plain values", async () => {
    const label = isolationLabel();
    const events: QueryEvent[] = [];
    const executor = new CypherExecutor(testDriver(), {
      database: database(),
      timeoutMs: 5000,
    }).withObserver((event) => events.push(event));
    // Written by the driver itself: the executor only reads.
    await testDriver().executeQuery(
      `CREATE (n:${label} {id: $id, count: $count, names: $names, day: date($day), fa: $fa})`,
      { id: "person:test", count: 3, names: ["a", "b"], day: "2007-05-28", fa: "محمدجواد ظریف" },
      { database: database() },
    );
    const rows = await executor.read(
      `MATCH (n:${label} {id: $id}) RETURN n, n.count AS count, n.day AS day`,
      {
        id: "person:test",
      },
    );
    expect(rows).toEqual([
      {
        n: {
          id: "person:test",
          count: 3,
          names: ["a", "b"],
          day: "2007-05-28",
          fa: "محمدجواد ظریف",
        },
        count: 3,
        day: "2007-05-28",
      },
    ]);
    expect(events.map((event) => [event.mode, event.rows])).toEqual([["READ", 1]]);
    await testDriver().executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database: database() });
  });

  it("maps a Cypher error to a DatabaseError that keeps the Neo4j error as its cause", async () => {
    const executor = new CypherExecutor(testDriver(), { database: database(), timeoutMs: 5000 });
    const failure = await executor.read("RETURN 1/0").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseError);
    expect(String((failure as Error).cause)).toMatch(/by zero/);
  });

  it("maps a transaction that runs past its timeout to QueryTimeoutError", async () => {
    const executor = new CypherExecutor(testDriver(), { database: database(), timeoutMs: 50 });
    const failure = await executor
      .read("UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n")
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryTimeoutError);
  });

  it("maps a transaction over Neo4j's memory limit to QueryMemoryError, tried once, and Neo4j keeps serving", async () => {
    const events: QueryEvent[] = [];
    const executor = new CypherExecutor(testDriver(), {
      database: database(),
      timeoutMs: 20_000,
    }).withObserver((event) => events.push(event));
    // Hundreds of MB of list, over db.memory.transaction.max (100m): Neo4j refuses it alone.
    const failure = await executor
      .read("UNWIND range(1, 10000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n")
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryMemoryError);
    expect(String((failure as Error).cause)).toMatch(/memory/i);
    // A TransientError to the driver, which would retry it for NEO4J_MAX_RETRY_MS: it must not.
    expect(events[0]?.attempts).toBe(1);
    expect(await executor.read("RETURN 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("holds the timeout under concurrency: four slow queries at once each fail on time, tried once", async () => {
    const events: QueryEvent[] = [];
    const timeoutMs = 1000;
    const executor = new CypherExecutor(testDriver(), {
      database: database(),
      timeoutMs,
    }).withObserver((event) => events.push(event));
    // Three that Neo4j stops at its timeout, and one it cannot: a fuzzy full-text term of
    // 20,000 letters keeps Lucene busy for seconds without looking at the transaction's
    // timeout (what let four 90,000-letter searches run 23 s under a 5 s timeout).
    const term = "x".repeat(20_000);
    const queries = [
      ...[7, 11, 13].map((m) =>
        executor.read(
          "UNWIND range(1, 2000000000) AS x WITH x WHERE x % $m = 0 RETURN count(*) AS n",
          { m },
        ),
      ),
      executor.read(
        "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN count(node) AS n",
        { q: `(${term}^3 OR ${term}* OR ${term}~1)` },
      ),
    ];
    const outcomes = await Promise.all(
      queries.map((query) => query.catch((error: unknown) => error)),
    );
    // The three counts cannot finish in time; the full-text term is slow only while Lucene
    // is cold or the machine busy (it answered 0 rows in 0.4 s on a quiet warm run), so it
    // may answer or time out, but never past the deadline (checked on every event below).
    for (const outcome of outcomes.slice(0, 3)) expect(outcome).toBeInstanceOf(QueryTimeoutError);
    const lucene = outcomes[3];
    if (!(lucene instanceof QueryTimeoutError)) expect(lucene).toEqual([{ n: 0 }]);
    // The client-side deadline is the guarantee; the extra half second is for a busy machine.
    expect(events).toHaveLength(4);
    for (const event of events) {
      expect(event.attempts).toBe(1);
      expect(event.durationMs).toBeLessThan(timeoutMs + DEADLINE_GRACE_MS + 500);
    }
  });

  it("retries a read that failed for a transient reason, within the retry time", async () => {
    const { driver, executor } = unreachableNeo4j();
    const events: QueryEvent[] = [];
    try {
      const started = performance.now();
      await expect(
        executor.withObserver((event) => events.push(event)).read("RETURN 1"),
      ).rejects.toBeInstanceOf(DatabaseUnavailableError);
      // Connection refused is transient (the server may be restarting): tried again after
      // the backoff, then given up within the retry time (500 ms here) and the backoff.
      expect(events[0]?.attempts).toBeGreaterThanOrEqual(2);
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      await driver.close();
    }
  });

  it("reports an unreachable server as DatabaseUnavailableError, quickly", async () => {
    const { driver, executor } = unreachableNeo4j();
    try {
      await expect(executor.read("RETURN 1")).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await driver.close();
    }
  });
});
