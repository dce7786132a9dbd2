/**
 * `npm run bench:load`: open (or generate) the dataset, choose the subjects and build the mix,
 * then for each system start its own process on the dataset's Neo4j and run every level of
 * clients after a warm-up, one system at a time; stop its Neo4j at the end.
 */
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jTarget } from "../../src/db/resolve.ts";
import { openScaleDataset, pageCacheFor } from "../../src/generate/scale-dataset.ts";
import { describeMachine } from "../scale/report.ts";
import { cypherParams } from "../scale/systems.ts";
import { measureLevel } from "./level.ts";
import { buildMix, type Mix, type OperationName } from "./mix.ts";
import { summarizeProfile } from "./profile.ts";
import { SYSTEM_LABELS, type SystemName } from "./protocol.ts";
import {
  formatOperations,
  formatSystem,
  formatTargets,
  type LevelResult,
  type LoadReport,
  levelResult,
  type SystemResult,
  saturation,
  targets,
  writeLoadReport,
} from "./report.ts";
import { startSystemProcess } from "./server-process.ts";
import { chooseLoadSubjects } from "./subjects.ts";

export interface LoadOptions {
  meetings: number;
  seed: number;
  clients: number[];
  durationS: number;
  warmupS: number;
  timeoutMs: number;
  systems: SystemName[];
  operations: OperationName[];
  randomDraws: number;
  /** Over API_ENV, e.g. NEO4J_MAX_CONCURRENT_QUERIES, to see what a limit does. */
  apiEnv?: Record<string, string>;
  /** Take a CPU profile of each system's process in an extra run at this many clients. */
  profileClients: number | null;
  profileS: number;
  pageCache?: string;
  heap: string;
  dataRoot?: string;
  /** A running Neo4j holding (or empty for) the dataset: the test's scratch server. */
  server?: Neo4jTarget;
  chunkRows?: number;
  resultsDir: string;
  print(text: string): void;
  log(line: string): void;
}

/**
 * The API as it is deployed, with the two limits that would count these clients as one
 * abuser lifted: they all come from 127.0.0.1 (bench/load/README.md).
 */
export const API_ENV: Record<string, string> = {
  NODE_ENV: "production",
  RATE_LIMIT_PER_MINUTE: "0",
  MAX_CONNECTIONS_PER_CLIENT: "0",
  LOG_LEVEL: "warn",
};

export async function runLoad(options: LoadOptions): Promise<{ report: LoadReport; file: string }> {
  const startedAt = new Date().toISOString();
  const stamp = startedAt.replace(/[:.]/g, "-");
  const apiEnv = { ...API_ENV, ...options.apiEnv };
  const pageCache = options.pageCache ?? pageCacheFor(options.meetings);
  options.log(
    `opening ${options.meetings} meetings (page cache ${pageCache}, heap ${options.heap})`,
  );
  const opened = await openScaleDataset({
    meetings: options.meetings,
    seed: options.seed,
    pageCache,
    heap: options.heap,
    dataRoot: options.dataRoot,
    server: options.server,
    chunkRows: options.chunkRows,
    log: options.log,
  });
  const { target } = opened;
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    userAgent: "diplomatic-relations-graph-bench-load",
    // A query over the memory limit fails at once (a transient error, retried otherwise).
    maxTransactionRetryTime: 0,
  });
  try {
    const subjects = await chooseLoadSubjects(driver, target.database);
    const mix = buildMix(subjects, {
      operations: options.operations,
      randomDraws: options.randomDraws,
      seed: options.seed,
    });
    options.log(
      `mix: ${mix.cases.length} cases, a sequence of ${mix.sequence.length}; hub ${subjects.hub.id} ` +
        `(${subjects.hub.degree} meetings), median ${subjects.median.id} (${subjects.median.degree})`,
    );
    options.log("one pass over every case's data, so that no system meets a cold page cache …");
    // Beside the first system's start, which measures nothing.
    let before: Promise<unknown> = warmPageCache(
      driver,
      target.database,
      mix,
      options.timeoutMs,
    ).then((warmed) =>
      options.log(
        `  ${warmed.answered} of ${mix.cases.length} cases read, ${warmed.failed} failed`,
      ),
    );
    const systems: SystemResult[] = [];
    for (const system of options.systems) {
      const result = await runSystem(
        system,
        { target, driver, mix, before, stamp },
        { ...options, apiEnv },
      );
      before = Promise.resolve();
      systems.push(result);
      options.print(formatSystem(result));
    }
    for (const clients of options.clients) options.print(formatOperations(systems, clients));
    const reached = targets(systems);
    options.print(formatTargets(reached));
    const version = await driver.executeQuery(
      "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
      {},
      { database: target.database, routing: "READ" },
    );
    const party = subjects.parties[0];
    const report: LoadReport = {
      startedAt,
      machine: describeMachine({ [options.meetings]: pageCache }, options.heap),
      options: {
        meetings: options.meetings,
        seed: options.seed,
        clients: options.clients,
        durationS: options.durationS,
        warmupS: options.warmupS,
        timeoutMs: options.timeoutMs,
        operations: options.operations,
        randomDraws: options.randomDraws,
        apiEnv,
      },
      dataset: {
        meetings: options.meetings,
        seed: opened.info.seed,
        counts: opened.info.counts,
        neo4jVersion: String(version.records[0]?.get("version") ?? "unknown"),
        hub: { id: subjects.hub.id, degree: subjects.hub.degree },
        median: { id: subjects.median.id, degree: subjects.median.degree },
        partyHub: { id: party?.id ?? "", degree: party?.degree ?? 0 },
        countryHub: { ids: subjects.countries.slice(0, 2).map((country) => country.id) },
      },
      cases: mix.cases.map(({ operation, subject, about }) => ({ operation, subject, about })),
      systems,
      targets: reached,
      errors: systems.reduce(
        (sum, system) => sum + system.levels.reduce((n, level) => n + level.errors, 0),
        0,
      ),
    };
    const file = writeLoadReport(options.resultsDir, report);
    return { report, file };
  } finally {
    await driver.close();
    await target.stop();
  }
}

/**
 * Reads what every case reads, through the hand-written queries (one a case): Neo4j starts
 * with an empty page cache, and the first system measured would pay for all of them.
 */
async function warmPageCache(
  driver: Driver,
  database: string | undefined,
  mix: Mix,
  timeoutMs: number,
): Promise<{ answered: number; failed: number }> {
  let failed = 0;
  for (const item of mix.cases) {
    await driver
      .executeQuery(item.handWritten.cypher, cypherParams(item.handWritten.params), {
        database,
        routing: "READ",
        transactionConfig: { timeout: timeoutMs },
      })
      .catch(() => {
        failed += 1;
      });
  }
  return { answered: mix.cases.length - failed, failed };
}

async function runSystem(
  system: SystemName,
  run: {
    target: Neo4jTarget;
    driver: Driver;
    mix: Mix;
    /** What must be over before the first level (the page cache's pass). */
    before: Promise<unknown>;
    stamp: string;
  },
  options: LoadOptions,
): Promise<SystemResult> {
  const { target, driver, mix, stamp } = run;
  options.log(`${SYSTEM_LABELS[system]}: starting its process`);
  const starting = startSystemProcess(system, target, {
    timeoutMs: options.timeoutMs,
    env: system === "api" ? { ...API_ENV, ...options.apiEnv } : {},
    logFile: join(options.resultsDir, `load-${stamp}-${system}.log`),
    log: options.log,
  });
  // Both settled before anything else: a failed start does not leave the pass running.
  const [started, passed] = await Promise.allSettled([starting, run.before]);
  if (started.status === "rejected") throw started.reason;
  const process = started.value;
  if (passed.status === "rejected") {
    await process.stop();
    throw passed.reason;
  }
  try {
    if (system === "hand-written") await process.setCases(mix.cases.map((c) => c.handWritten));
    const level = (clients: number, seconds: number) =>
      measureLevel(process, mix, {
        clients,
        durationMs: seconds * 1000,
        timeoutMs: options.timeoutMs,
        sampleEveryMs: 1000,
        queriesEveryMs: 250,
        driver,
        database: target.database,
      });
    const levels: LevelResult[] = [];
    for (const clients of options.clients) {
      if (options.warmupS > 0) {
        options.log(`  ${clients} clients: warm-up ${options.warmupS} s …`);
        await level(clients, options.warmupS);
      }
      options.log(`  ${clients} clients: ${options.durationS} s …`);
      const result = levelResult(await level(clients, options.durationS), mix.cases);
      options.log(
        `  ${clients} clients: ${result.throughput} req/s, p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms, ${result.errors} errors`,
      );
      levels.push(result);
    }
    let profile: SystemResult["profile"] = null;
    if (options.profileClients !== null) {
      const clients = options.profileClients;
      const file = join(options.resultsDir, `load-${stamp}-${system}-${clients}.cpuprofile`);
      options.log(`  ${clients} clients: CPU profile, ${options.profileS} s …`);
      await process.profileStart();
      await level(clients, options.profileS);
      await process.profileStop(file);
      profile = { clients, file, ...summarizeProfile(file) };
    }
    return {
      system,
      label: SYSTEM_LABELS[system],
      pid: process.pid,
      levels,
      saturatesAt: saturation(levels),
      profile,
    };
  } finally {
    await process.stop();
  }
}
