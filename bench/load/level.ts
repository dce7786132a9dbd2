/**
 * One level of one system: its clients run for the level's time while the system's process
 * (memory, CPU) and Neo4j (heap, CPU, the queries it is running) are sampled beside them.
 */
import type { Driver } from "neo4j-driver";
import { type LevelRun, runClients } from "./clients.ts";
import { endpointOf, sendGraphQL } from "./http.ts";
import { busyShare, machineCpuTimes } from "./machine-cpu.ts";
import type { Mix } from "./mix.ts";
import { type Neo4jSample, type RunningQuery, runningQueries, sampleNeo4j } from "./neo4j-stats.ts";
import type { Usage } from "./protocol.ts";
import type { SystemProcess } from "./server-process.ts";

export interface LevelSamples {
  run: LevelRun;
  usage: Usage[];
  /** The process's CPU time over the run, in cores (1 = one core busy all the time). */
  cpuCores: number;
  /** This process's, the load generator's for the two GraphQL servers. */
  benchCpuCores: number;
  /** The whole machine's, 0–1 of all its cores; null where it cannot be read. */
  machineCpu: number | null;
  neo4j: Neo4jSample[];
  running: RunningQuery[][];
}

export interface LevelOptions {
  clients: number;
  durationMs: number;
  timeoutMs: number;
  /** Memory, CPU and Neo4j's heap. */
  sampleEveryMs: number;
  /** The queries Neo4j is running. */
  queriesEveryMs: number;
  driver: Driver;
  database: string | undefined;
}

/** Sends the level's requests from this process (GraphQL) or has the child send them. */
function runLevel(system: SystemProcess, mix: Mix, options: LevelOptions): Promise<LevelRun> {
  const { clients, durationMs } = options;
  if (system.url === null) return system.run(clients, durationMs, mix.sequence);
  const endpoint = endpointOf(system.url);
  const useApi = system.system === "api";
  return runClients({
    clients,
    durationMs,
    sequence: mix.sequence,
    send: (index) => {
      const item = mix.cases[index];
      if (!item) throw new Error(`no case ${index}`);
      return sendGraphQL(endpoint, useApi ? item.api : item.neo4jGraphql, options.timeoutMs);
    },
  }).finally(() => endpoint.agent.destroy());
}

/** Calls `sample` every `everyMs` until `stop` is called; a sample that fails is skipped. */
function every(everyMs: number, sample: () => Promise<void>): { stop(): Promise<void> } {
  let running = true;
  const loop = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      if (running) await sample().catch(() => {});
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

export async function measureLevel(
  system: SystemProcess,
  mix: Mix,
  options: LevelOptions,
): Promise<LevelSamples> {
  const usage: Usage[] = [await system.usage()];
  // At the start and the end too: a level shorter than the interval is sampled all the same.
  const neo4j: Neo4jSample[] = [await sampleNeo4j(options.driver, options.database)];
  const running: RunningQuery[][] = [];
  const samplers = [
    every(options.sampleEveryMs, async () => {
      const [own, server] = await Promise.all([
        system.usage(),
        sampleNeo4j(options.driver, options.database),
      ]);
      usage.push(own);
      neo4j.push(server);
    }),
    // More often: a query of a few milliseconds is seen running only now and then.
    every(options.queriesEveryMs, async () => {
      running.push(await runningQueries(options.driver, options.database));
    }),
  ];
  const startedAt = performance.now();
  const clientCpu = process.cpuUsage();
  const machineFrom = machineCpuTimes();
  let run: LevelRun;
  try {
    run = await runLevel(system, mix, options);
  } finally {
    for (const sampler of samplers) await sampler.stop();
  }
  const ownCpu = process.cpuUsage(clientCpu);
  const machineCpu = busyShare(machineFrom, machineCpuTimes());
  const last = await system.usage();
  usage.push(last);
  neo4j.push(await sampleNeo4j(options.driver, options.database));
  const elapsedMs = performance.now() - startedAt;
  const cores = (micros: number) => micros / 1000 / elapsedMs;
  return {
    run,
    usage,
    cpuCores: cores(last.cpuMicros - (usage[0] as Usage).cpuMicros),
    // The load generator's own CPU (for the hand-written client it runs in the child).
    benchCpuCores: cores(ownCpu.user + ownCpu.system),
    machineCpu,
    neo4j,
    running,
  };
}
