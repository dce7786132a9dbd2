/**
 * The bound on Neo4j work, against the run's real Neo4j: one query runs at a time here, a slow
 * one (a count over a long range, seconds of CPU) holds the turn. Refusals are OverloadedError,
 * cheaper requests go first, and a request whose client left never reaches Neo4j, or is
 * terminated there if it already runs.
 */
import { afterEach, describe, expect, it } from "vitest";
import { database, testDriver } from "../../test/support/neo4j.ts";
import { CypherExecutor } from "./executor.ts";
import { OverloadedError, RequestAbandonedError, WorkQueue } from "./work-queue.ts";

const SLOW = "UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n";

function executor(queue: WorkQueue, app = "work-queue-test"): CypherExecutor {
  return new CypherExecutor(testDriver(), {
    database: database(),
    timeoutMs: 60_000,
    workQueue: queue,
    application: app,
  });
}

/** Transactions of this test still running in Neo4j. */
async function running(app: string): Promise<number> {
  const { records } = await testDriver().executeQuery(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app RETURN count(*) AS n",
    { app },
    { database: database() },
  );
  return records[0]?.get("n").toNumber() ?? 0;
}

const holders: AbortController[] = [];
/** Starts the slow query on `queue` and returns when it runs; aborted after the test. */
async function hold(queue: WorkQueue, app: string): Promise<void> {
  const controller = new AbortController();
  holders.push(controller);
  void executor(queue, app)
    .forRequest({ signal: controller.signal })
    .read(SLOW)
    .catch(() => {});
  await expect.poll(() => running(app), { timeout: 10_000 }).toBe(1);
}
afterEach(() => {
  for (const controller of holders.splice(0)) controller.abort();
});

describe("WorkQueue", () => {
  it("refuses at once when the queue is full, and after the wait bound", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 1, maxWaitMs: 300 });
    await hold(queue, "wq-full");
    const waiting = executor(queue)
      .read("RETURN 1 AS one")
      .catch((error: unknown) => error);
    const refused = await executor(queue)
      .read("RETURN 2 AS two")
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OverloadedError);
    expect((refused as OverloadedError).retryAfterS).toBe(1);
    expect(await waiting).toBeInstanceOf(OverloadedError);
    expect(String(await waiting)).toMatch(/no turn at Neo4j within 300 ms/);
  });

  it("runs the cheaper request's queries first", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 10, maxWaitMs: 30_000 });
    const holder = new AbortController();
    holders.push(holder);
    const held = executor(queue, "wq-order")
      .forRequest({ signal: holder.signal })
      .read(SLOW)
      .catch(() => {});
    await expect.poll(() => running("wq-order"), { timeout: 10_000 }).toBe(1);
    const order: string[] = [];
    const expensive = executor(queue)
      .forRequest({ cost: () => 20_000 })
      .read("RETURN 'expensive' AS name")
      .then(() => order.push("expensive"));
    const cheap = executor(queue)
      .forRequest({ cost: () => 1 })
      .read("RETURN 'cheap' AS name")
      .then(() => order.push("cheap"));
    holder.abort();
    await Promise.all([held, expensive, cheap]);
    expect(order).toEqual(["cheap", "expensive"]);
  });

  it("keeps a turn for light requests: heavy ones take at most half", async () => {
    const queue = new WorkQueue({ concurrency: 2, maxQueued: 10, maxWaitMs: 30_000 });
    const holder = new AbortController();
    holders.push(holder);
    void executor(queue, "wq-heavy")
      .forRequest({ signal: holder.signal, cost: () => 5000 })
      .read(SLOW)
      .catch(() => {});
    await expect.poll(() => running("wq-heavy"), { timeout: 10_000 }).toBe(1);
    const order: string[] = [];
    const heavy = executor(queue)
      .forRequest({ cost: () => 5000 })
      .read("RETURN 'heavy' AS name")
      .then(() => order.push("heavy"));
    await executor(queue)
      .forRequest({ cost: () => 1 })
      .read("RETURN 'light' AS name")
      .then(() => order.push("light"));
    expect(order).toEqual(["light"]);
    expect(queue.waiting).toBe(1);
    holder.abort();
    await heavy;
    expect(order).toEqual(["light", "heavy"]);
  });

  it("a waiting query whose client left never reaches Neo4j", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 10, maxWaitMs: 30_000 });
    await hold(queue, "wq-wait");
    const client = new AbortController();
    const sent: string[] = [];
    const waiting = executor(queue)
      .withObserver((event) => sent.push(event.cypher))
      .forRequest({ signal: client.signal })
      .read("RETURN 'never' AS name")
      .catch((error: unknown) => error);
    client.abort();
    expect(await waiting).toBeInstanceOf(RequestAbandonedError);
    for (const controller of holders.splice(0)) controller.abort();
    await queue.idle();
    expect(sent).toEqual([]);
  });

  it("a running query whose client left is terminated in Neo4j", async () => {
    const queue = new WorkQueue({ concurrency: 1, maxQueued: 10, maxWaitMs: 30_000 });
    const client = new AbortController();
    const query = executor(queue, "wq-run")
      .forRequest({ signal: client.signal })
      .read(SLOW)
      .catch((error: unknown) => error);
    await expect.poll(() => running("wq-run"), { timeout: 10_000 }).toBe(1);
    client.abort();
    expect(await query).toBeInstanceOf(RequestAbandonedError);
    await expect.poll(() => running("wq-run"), { timeout: 10_000 }).toBe(0);
    // The turn is free again.
    expect(await executor(queue).read("RETURN 1 AS one")).toEqual([{ one: 1 }]);
  });
});
