/**
 * One level of one system: its clients run for the level's time while the system's process
 * (memory, CPU) and Neo4j (heap, CPU, the queries it is running) are sampled beside them.
 */
import type { Driver } from "neo4j-driver";
import { type LevelRun, runClients } from "./clients.ts";
import { endpointOf, sendGraphQL } from "./http.ts";
import type { Mix } from "./mix.ts";
import { type Neo4jSample, type RunningQuery, runningQueries, sampleNeo4j } from "./neo4j-stats.ts";
import type { Usage } from "./protocol.ts";
import type { SystemProcess } from "./server-process.ts";

export interface LevelSamples {
  run: LevelRun;
  usage: Usage[];
  /** The process's CPU time over the run, in cores (1 = one core busy all the time). */
  cpuCores: number;
  neo4j: Neo4jSample[];
  running: RunningQuery[][];
}

export interface LevelOptions {
  clients: number;
  durationMs: number;
  timeoutMs: number;
  sampleEveryMs: number;
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

export async function measureLevel(
  system: SystemProcess,
  mix: Mix,
  options: LevelOptions,
): Promise<LevelSamples> {
  const usage: Usage[] = [await system.usage()];
  const neo4j: Neo4jSample[] = [];
  const running: RunningQuery[][] = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      await new Promise((resolve) => setTimeout(resolve, options.sampleEveryMs));
      if (!sampling) break;
      const [own, server, queries] = await Promise.all([
        system.usage(),
        sampleNeo4j(options.driver, options.database),
        runningQueries(options.driver, options.database),
      ]);
      usage.push(own);
      neo4j.push(server);
      running.push(queries);
    }
  })();
  const startedAt = performance.now();
  let run: LevelRun;
  try {
    run = await runLevel(system, mix, options);
  } finally {
    sampling = false;
    await sampler.catch(() => {});
  }
  const last = await system.usage();
  usage.push(last);
  const elapsedMs = performance.now() - startedAt;
  const cpuCores = (last.cpuMicros - (usage[0] as Usage).cpuMicros) / 1000 / elapsedMs;
  return { run, usage, cpuCores, neo4j, running };
}
