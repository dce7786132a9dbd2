/**
 * `npm run attack-probe`: replays the attacks of the outside probe (issue 10) against this
 * machine and prints what a light query and Neo4j's heap did meanwhile. It measures, it does
 * not assert: speed figures live here, not in timed tests.
 *
 * Starts the application in-process on its own embedded Neo4j (free ports, a throwaway data
 * directory, seeded), or uses NEO4J_URI if set; the API listens on 127.0.0.1 only. Phases:
 *   baseline     the light query alone
 *   long-string  attackers send people/organizations/search with 90,000 letters (×15 aliases)
 *   huge-list    attackers send MeetingFilter.participants with 6,000 ids (an 84 KB body)
 * each a fixed number of seconds (ATTACK_SECONDS, default 10) with ATTACKERS concurrent
 * attackers (default 4, each back to back, in a worker thread so that the attack's client
 * work does not delay the prober's), while one prober sends the light query every 50 ms. Neo4j's heap is
 * read over Bolt (JMX): used, and old generation after the last collection, before, at the
 * peak of the attacks, and after a settle period.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import neo4j, { type Driver } from "neo4j-driver";
import { type RunningApplication, startApplication } from "../src/application.ts";
import { loadConfig } from "../src/config/index.ts";
import { createDriver } from "../src/db/driver.ts";
import { createLogger } from "../src/log/logger.ts";

const ATTACK_SECONDS = Number(process.env.ATTACK_SECONDS ?? 10);
const ATTACKERS = Number(process.env.ATTACKERS ?? 4);
const SETTLE_SECONDS = Number(process.env.SETTLE_SECONDS ?? 15);
const PROBE_INTERVAL_MS = 50;

const LIGHT = JSON.stringify({ query: '{ person(id: "person:ryan-crocker") { id name } }' });
const LONG = "x".repeat(90_000);
const aliases = (field: string) =>
  Array.from({ length: 15 }, (_, i) => `a${i}: ${field}`).join(" ");
const LONG_STRING_BODIES = [
  JSON.stringify({
    query: `query Q($t: String) { ${aliases("people(search: $t) { totalCount }")} }`,
    variables: { t: LONG },
  }),
  JSON.stringify({
    query: `query Q($t: String) { organizations(search: $t) { totalCount } }`,
    variables: { t: LONG },
  }),
  JSON.stringify({
    query: `query Q($t: String!) { search(text: $t) { __typename } }`,
    variables: { t: LONG },
  }),
];
const HUGE_LIST_BODIES = [
  JSON.stringify({
    query: "query Q($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
    variables: {
      f: { participants: Array.from({ length: 6000 }, (_, i) => `person:p${i}`) },
    },
  }),
];

interface Sample {
  ms: number;
  status: number;
  code?: string;
}

async function send(endpoint: string, body: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const json = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    const code = json.errors?.[0]?.extensions?.code;
    return { ms: performance.now() - started, status: response.status, ...(code ? { code } : {}) };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, code: String(error).slice(0, 60) };
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Heap {
  usedMb: number;
  oldGenAfterGcMb: number;
}

async function neo4jHeap(driver: Driver): Promise<Heap> {
  const { records } = await driver.executeQuery(
    `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
     RETURN attributes.HeapMemoryUsage.value.properties.used AS used`,
  );
  const pools = await driver.executeQuery(
    `CALL dbms.queryJmx('java.lang:type=MemoryPool,name=*') YIELD name, attributes
     WHERE name CONTAINS 'Old Gen'
     RETURN attributes.CollectionUsage.value.properties.used AS used`,
  );
  const mb = (value: unknown) =>
    Math.round(
      (neo4j.isInt(value) ? (value as neo4j.Integer).toNumber() : Number(value)) / 2 ** 20,
    );
  return {
    usedMb: mb(records[0]?.get("used")),
    oldGenAfterGcMb: mb(pools.records[0]?.get("used") ?? 0),
  };
}

/** The light query every PROBE_INTERVAL_MS while `attack` runs; the attack's own samples too. */
async function phase(
  endpoint: string,
  bodies: string[],
  attackers: number,
  driver: Driver,
): Promise<{ light: Sample[]; attack: Sample[]; peakHeap: Heap }> {
  const until = Date.now() + ATTACK_SECONDS * 1000;
  const light: Sample[] = [];
  const attack: Sample[] = [];
  let peakHeap: Heap = { usedMb: 0, oldGenAfterGcMb: 0 };
  const prober = (async () => {
    while (Date.now() < until) {
      light.push(await send(endpoint, LIGHT));
      await sleep(PROBE_INTERVAL_MS);
    }
  })();
  const heapWatch = (async () => {
    while (Date.now() < until) {
      const heap = await neo4jHeap(driver).catch(() => peakHeap);
      if (heap.usedMb > peakHeap.usedMb) peakHeap = heap;
      await sleep(500);
    }
  })();
  const attacks = new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { endpoint, bodies, attackers, until },
    });
    worker.on("message", (samples: Sample[]) => attack.push(...samples));
    worker.on("error", reject);
    worker.on("exit", () => resolve());
  });
  await Promise.all([prober, heapWatch, attacks]);
  return { light, attack, peakHeap };
}

function summary(name: string, samples: Sample[]): string {
  const ms = samples.map((s) => s.ms);
  const codes = new Map<string, number>();
  for (const s of samples) {
    const key = `${s.status}${s.code ? ` ${s.code}` : ""}`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  const answers = [...codes].map(([key, n]) => `${key}×${n}`).join(", ");
  return `${name.padEnd(22)} n=${String(samples.length).padStart(4)}  p50 ${percentile(ms, 0.5).toFixed(1)} ms  p95 ${percentile(ms, 0.95).toFixed(1)} ms  max ${Math.max(...ms).toFixed(1)} ms  [${answers}]`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "drg-attack-probe-"));
  const config = loadConfig({
    ...process.env,
    HOST: "127.0.0.1",
    PORT: "0",
    NODE_ENV: "test",
    NEO4J_BOLT_PORT: "0",
    NEO4J_HTTP_PORT: "0",
    NEO4J_DATA_DIR: dataDir,
    SEED_ON_START: process.env.NEO4J_URI ? "false" : "true",
  });
  let app: RunningApplication | undefined;
  let driver: Driver | undefined;
  try {
    app = await startApplication(config, createLogger("silent"));
    driver = createDriver(app.neo4j);
    const endpoint = `${app.url}/graphql`;
    for (let i = 0; i < 20; i++) await send(endpoint, LIGHT); // warm-up

    const heapBefore = await neo4jHeap(driver);
    const baseline: Sample[] = [];
    for (let i = 0; i < 100; i++) baseline.push(await send(endpoint, LIGHT));
    const longString = await phase(endpoint, LONG_STRING_BODIES, ATTACKERS, driver);
    const hugeList = await phase(endpoint, HUGE_LIST_BODIES, ATTACKERS, driver);
    await sleep(SETTLE_SECONDS * 1000);
    const heapAfter = await neo4jHeap(driver);

    const heap = (h: Heap) => `used ${h.usedMb} MB, old gen after GC ${h.oldGenAfterGcMb} MB`;
    console.log(
      [
        `attack probe: ${ATTACKERS} attackers × ${ATTACK_SECONDS} s per attack, light query every ${PROBE_INTERVAL_MS} ms (${app.neo4j.source} Neo4j)`,
        summary("light, baseline", baseline),
        summary("light, long-string", longString.light),
        summary("attack, long-string", longString.attack),
        summary("light, huge-list", hugeList.light),
        summary("attack, huge-list", hugeList.attack),
        `neo4j heap before:      ${heap(heapBefore)}`,
        `neo4j heap peak:        ${heap(longString.peakHeap.usedMb > hugeList.peakHeap.usedMb ? longString.peakHeap : hugeList.peakHeap)}`,
        `neo4j heap after ${SETTLE_SECONDS} s:  ${heap(heapAfter)}`,
      ].join("\n"),
    );
  } finally {
    await driver?.close();
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The attackers, in a worker thread: back to back until `until`, then report their samples. */
async function attackInWorker(): Promise<void> {
  const { endpoint, bodies, attackers, until } = workerData as {
    endpoint: string;
    bodies: string[];
    attackers: number;
    until: number;
  };
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: attackers }, async (_, i) => {
      let n = i;
      while (Date.now() < until)
        samples.push(await send(endpoint, bodies[n++ % bodies.length] as string));
    }),
  );
  parentPort?.postMessage(samples);
}

if (!isMainThread) {
  await attackInWorker();
} else if (import.meta.main) {
  await main().catch((error: unknown) => {
    console.error(`attack-probe: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
