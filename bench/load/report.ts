/**
 * The load bench's summaries, tables and JSON: per system and level, throughput, p50/p95/p99,
 * errors, the system process's memory and CPU, Neo4j's heap and CPU and the queries it was
 * seen running; where each system saturates; the issue's targets at 32 clients.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Machine } from "../scale/report.ts";
import { mb } from "../support.ts";
import { type Latency, summarizeSamples } from "./clients.ts";
import type { LevelSamples } from "./level.ts";
import { type LoadCase, OPERATIONS, SUBJECT_KINDS } from "./mix.ts";
import { type QueryShare, topQueries } from "./neo4j-stats.ts";
import type { SystemName } from "./protocol.ts";

export interface LevelResult extends Latency {
  clients: number;
  elapsedMs: number;
  /** Requests answered without error, a second: what saturation and the targets read. */
  throughput: number;
  /** Every request answered a second, failed ones included. */
  answeredPerSecond: number;
  byOperation: Record<string, Latency>;
  bySubject: Record<string, Latency>;
  /** The system's process: this API, @neo4j/graphql's server, or the hand-written client. */
  process: { peakRssBytes: number; peakHeapUsedBytes: number; cpuCores: number };
  /** The bench process's CPU: the load generator of the two GraphQL servers. */
  benchCpuCores: number;
  /** Heap of Neo4j's JVM; CPU of its process, 0–1 of all the machine's cores. */
  neo4j: {
    peakHeapUsedBytes: number | null;
    heapMaxBytes: number | null;
    meanCpuLoad: number | null;
  };
  /** The whole machine's CPU over the level, 0–1 of all its cores (Linux only). */
  machineCpu: number | null;
  /** What Neo4j was running, sampled over the level. */
  topQueries: QueryShare[];
}

export interface SystemResult {
  system: SystemName;
  label: string;
  pid: number;
  levels: LevelResult[];
  /** The fewest clients at which it reached 90% of its best throughput. */
  saturatesAt: { clients: number; throughput: number } | null;
  /** The CPU profile of its process, taken at `profiledClients`, and its heaviest functions. */
  profile: ProfileSummary | null;
}

export interface ProfileSummary {
  clients: number;
  file: string;
  /** Self time by function, heaviest first: share of the profile's samples. */
  top: Array<{ function: string; where: string; share: number }>;
  /** Share of samples the process was idle (nothing on its thread). */
  idle: number;
  /** Share in garbage collection. */
  gc: number;
}

const maxOf = (values: number[]) => (values.length === 0 ? null : Math.max(...values));

export function levelResult(samples: LevelSamples, cases: LoadCase[]): LevelResult {
  const { run } = samples;
  const latency = summarizeSamples(run.samples);
  const perSecond = (count: number) => Math.round((count / run.elapsedMs) * 1000 * 10) / 10;
  const group = (key: (item: LoadCase) => string, keys: readonly string[]) =>
    Object.fromEntries(
      keys.map((name) => [
        name,
        summarizeSamples(
          run.samples.filter((sample) => key(cases[sample.case] as LoadCase) === name),
        ),
      ]),
    );
  const usedOperations = OPERATIONS.filter((op) => cases.some((item) => item.operation === op));
  const mean = (values: number[]) => {
    const known = values.filter((value) => value >= 0);
    return known.length === 0
      ? null
      : Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100;
  };
  return {
    clients: run.clients,
    elapsedMs: Math.round(run.elapsedMs),
    ...latency,
    throughput: perSecond(latency.requests - latency.errors),
    answeredPerSecond: perSecond(latency.requests),
    byOperation: group((item) => item.operation, usedOperations),
    bySubject: group((item) => item.subject, SUBJECT_KINDS),
    process: {
      peakRssBytes: maxOf(samples.usage.map((u) => u.rssBytes)) ?? 0,
      peakHeapUsedBytes: maxOf(samples.usage.map((u) => u.heapUsedBytes)) ?? 0,
      cpuCores: Math.round(samples.cpuCores * 100) / 100,
    },
    benchCpuCores: Math.round(samples.benchCpuCores * 100) / 100,
    machineCpu: samples.machineCpu,
    neo4j: {
      peakHeapUsedBytes: maxOf(samples.neo4j.map((s) => s.heapUsedBytes)),
      heapMaxBytes: maxOf(samples.neo4j.map((s) => s.heapMaxBytes)),
      // The first sample, taken before the clients start, shows the load before them.
      meanCpuLoad: mean(samples.neo4j.slice(1).map((s) => s.processCpuLoad)),
    },
    topQueries: topQueries(samples.running),
  };
}

export function saturation(levels: LevelResult[]): SystemResult["saturatesAt"] {
  const best = maxOf(levels.map((level) => level.throughput));
  if (best === null || best === 0) return null;
  const first = levels.find((level) => level.throughput >= 0.9 * best);
  return first ? { clients: first.clients, throughput: first.throughput } : null;
}

export interface Targets {
  clients: number;
  /** This API's throughput / @neo4j/graphql's, at 32 clients: ≥ 2 wanted. */
  throughputRatio: number | null;
  apiP99: number | null;
  apiErrors: number | null;
  met: boolean | null;
}

export function targets(systems: SystemResult[], clients = 32): Targets | null {
  const at = (name: SystemName) =>
    systems.find((s) => s.system === name)?.levels.find((l) => l.clients === clients);
  const api = at("api");
  if (!api) return null;
  const library = at("neo4j-graphql");
  const throughputRatio =
    library && library.throughput > 0
      ? Math.round((api.throughput / library.throughput) * 100) / 100
      : null;
  return {
    clients,
    throughputRatio,
    apiP99: api.p99,
    apiErrors: api.errors,
    // Unknown without @neo4j/graphql at the same level: the first target compares with it.
    met:
      throughputRatio === null
        ? null
        : throughputRatio >= 2 && api.p99 !== null && api.p99 <= 250 && api.errors === 0,
  };
}

export interface LoadReport {
  startedAt: string;
  machine: Machine;
  options: {
    meetings: number;
    seed: number;
    clients: number[];
    durationS: number;
    warmupS: number;
    timeoutMs: number;
    operations: string[];
    randomDraws: number;
    /** The API's environment over its defaults for the run. */
    apiEnv: Record<string, string>;
  };
  dataset: {
    meetings: number;
    seed: number | null;
    counts: Record<string, number>;
    neo4jVersion: string;
    hub: { id: string; degree: number };
    median: { id: string; degree: number };
    partyHub: { id: string; degree: number };
    countryHub: { ids: string[] };
  };
  cases: Array<Pick<LoadCase, "operation" | "subject" | "about">>;
  systems: SystemResult[];
  targets: Targets | null;
  errors: number;
}

const fixed = (value: number | null, digits = 1) => (value === null ? "—" : value.toFixed(digits));

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  return rows
    .map(
      (row) =>
        `  ${row.map((text, c) => text.padStart(c === 0 ? 0 : (widths[c] ?? 0)).padEnd(widths[c] ?? 0)).join("  ")}`,
    )
    .join("\n");
}

const errorText = (level: Latency) =>
  level.errors === 0
    ? "0"
    : `${level.errors} (${Object.entries(level.errorCodes)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([code, n]) => `${code.slice(0, 40)} ×${n}`)
        .join(", ")})`;

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/**
 * One system's curve, a row per level: CPU in cores of its process (1.00 = one core, all a
 * Node process's JavaScript can use) and of the bench's load generator, Neo4j's process and
 * the whole machine in shares of all its cores.
 */
export function formatSystem(result: SystemResult): string {
  const rows = [
    [
      "clients",
      "req/s",
      "p50 ms",
      "p95",
      "p99",
      "errors",
      "RSS",
      "heap",
      "CPU",
      "bench CPU",
      "Neo4j heap",
      "Neo4j CPU",
      "machine",
    ],
    ...result.levels.map((level) => [
      String(level.clients),
      fixed(level.throughput),
      fixed(level.p50),
      fixed(level.p95),
      fixed(level.p99),
      errorText(level),
      mb(level.process.peakRssBytes),
      mb(level.process.peakHeapUsedBytes),
      fixed(level.process.cpuCores, 2),
      fixed(level.benchCpuCores, 2),
      level.neo4j.peakHeapUsedBytes === null ? "—" : mb(level.neo4j.peakHeapUsedBytes),
      percent(level.neo4j.meanCpuLoad),
      percent(level.machineCpu),
    ]),
  ];
  const saturated = result.saturatesAt
    ? `saturates at ${result.saturatesAt.clients} clients (${fixed(result.saturatesAt.throughput)} req/s)`
    : "no answers";
  const lines = [`\n${result.label} (pid ${result.pid}): ${saturated}`, table(rows)];
  const at = result.levels.find((level) => level.clients === result.saturatesAt?.clients);
  if (at && at.topQueries.length > 0) {
    lines.push(`  Neo4j was seen running, at ${at.clients} clients:`);
    for (const query of at.topQueries.slice(0, 3))
      lines.push(
        `    ${percent(query.share)} (up to ${query.maxElapsedMs} ms) ${query.query.slice(0, 110)}`,
      );
  }
  const { profile } = result;
  if (profile) {
    const top = profile.top
      .filter((entry) => !entry.function.startsWith("("))
      .slice(0, 5)
      .map((entry) => `${entry.function} ${percent(entry.share)}`);
    lines.push(
      `  CPU profile at ${profile.clients} clients: idle ${percent(profile.idle)}, GC ${percent(profile.gc)}; ${top.join(", ")}`,
      `    ${profile.file}`,
    );
  }
  return lines.join("\n");
}

/** p50 / p99 of each operation at one level, a column per system. */
export function formatOperations(systems: SystemResult[], clients: number): string {
  const levels = systems.map((s) => s.levels.find((l) => l.clients === clients));
  const operations = Object.keys(levels.find((l) => l)?.byOperation ?? {});
  const rows = [
    [`at ${clients} clients, p50 / p99 ms`, ...systems.map((s) => s.label)],
    ...operations.map((op) => [
      op,
      ...levels.map((level) => {
        const latency = level?.byOperation[op];
        if (!latency || latency.requests === 0) return "—";
        const errors = latency.errors > 0 ? ` (${latency.errors} errors)` : "";
        return `${fixed(latency.p50)} / ${fixed(latency.p99)}${errors}`;
      }),
    ]),
  ];
  return `\n${table(rows)}`;
}

export function formatTargets(result: Targets | null): string {
  if (!result) return "";
  return (
    `\ntargets at ${result.clients} clients: this API / @neo4j/graphql throughput ` +
    `${result.throughputRatio === null ? "—" : `${result.throughputRatio}×`} (≥ 2×), ` +
    `p99 ${fixed(result.apiP99)} ms (≤ 250), errors ${result.apiErrors} (0): ` +
    `${result.met === null ? "not known without @neo4j/graphql" : result.met ? "met" : "NOT met"}`
  );
}

/** Writes `load-<timestamp>.json` and returns its path. */
export function writeLoadReport(directory: string, report: LoadReport): string {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `load-${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
