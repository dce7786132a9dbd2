/**
 * Prints the scale bench's tables and writes its JSON: per scale and operation, p50/p95 of
 * the three systems, the API's round trips and its ratios to both anchors; then the growth
 * from the smallest to the largest scale that ran; and the machine it ran on.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { mb } from "../support.ts";
import { SYSTEMS, type SystemName, type SystemResult } from "./measure.ts";
import type { ScaleResult } from "./run-scale.ts";

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
  pageCache: Record<string, string>;
  heap: string;
}

export function describeMachine(pageCache: Record<string, string>, heap: string): Machine {
  return {
    cpuModel: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    pageCache,
    heap,
  };
}

const ms = (value: number | null) => (value === null ? "—" : value.toFixed(1));

function cell(result: SystemResult): string {
  if (result.p50 === null) return result.failure ?? "—";
  const timing = `${ms(result.p50)} / ${ms(result.p95)}`;
  if (!result.failure) return timing;
  return `${timing} (${result.failedRequests} ${result.failure}${result.gaveUp ? ", gave up" : ""})`;
}

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? "—" : `${(a / b).toFixed(2)}×`;

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  return rows
    .map((row) => `  ${row.map((text, c) => text.padEnd(widths[c] ?? 0)).join("  ")}`)
    .join("\n");
}

export function formatScale(scale: ScaleResult): string {
  const header = [
    "operation",
    "API p50 / p95 ms",
    "trips",
    "hand-written p50 / p95",
    "@neo4j/graphql p50 / p95",
    "API/hand",
    "API/lib",
  ];
  const rows = scale.operations.map((op) => {
    const { api, handWritten, neo4jGraphql } = op.systems;
    return [
      op.name,
      cell(api),
      api.roundTrips.join("/") || "—",
      cell(handWritten),
      cell(neo4jGraphql),
      ratio(api.p50, handWritten.p50),
      ratio(api.p50, neo4jGraphql.p50),
    ];
  });
  const { hub, median } = scale.subjects;
  return [
    `\n${scale.meetings.toLocaleString("en")} meetings (seed ${scale.seed ?? "—"}), Neo4j ${scale.neo4jVersion}; ` +
      `hub ${hub.id} (${hub.degree} meetings), median ${median.id} (${median.degree}) ` +
      `of ${scale.subjects.peopleWithMeetings} people with meetings`,
    table([header, ...rows]),
    `  API process (hosts the API and both anchors' clients): heap used ${mb(scale.memory.heapUsedBytes)} ` +
      `of ${mb(scale.memory.heapTotalBytes)}, RSS ${mb(scale.memory.rssBytes)}`,
  ].join("\n");
}

export interface Growth {
  key: string;
  from: number;
  to: number;
  /** p50 at the largest scale / p50 at the smallest, per system; null when either failed. */
  p50: Record<SystemName, number | null>;
}

export function growth(scales: ScaleResult[]): Growth[] {
  const ordered = [...scales].sort((a, b) => a.meetings - b.meetings);
  const first = ordered[0];
  const last = ordered.at(-1);
  if (!first || !last || first === last) return [];
  return first.operations.map((op) => {
    const later = last.operations.find((candidate) => candidate.key === op.key);
    const p50 = Object.fromEntries(
      SYSTEMS.map((system) => {
        const a = op.systems[system].p50;
        const b = later?.systems[system].p50 ?? null;
        return [system, a === null || b === null ? null : b / a];
      }),
    ) as Record<SystemName, number | null>;
    return { key: op.key, from: first.meetings, to: last.meetings, p50 };
  });
}

export function formatGrowth(rows: Growth[]): string {
  const first = rows[0];
  if (!first) return "";
  const x = (value: number | null) => (value === null ? "—" : `${value.toFixed(2)}×`);
  return [
    `\ngrowth of p50, ${first.from.toLocaleString("en")} → ${first.to.toLocaleString("en")} meetings`,
    table([
      ["operation", "API", "hand-written", "@neo4j/graphql"],
      ...rows.map((row) => [
        row.key,
        x(row.p50.api),
        x(row.p50.handWritten),
        x(row.p50.neo4jGraphql),
      ]),
    ]),
  ].join("\n");
}

export interface BenchReport {
  startedAt: string;
  machine: Machine;
  options: { requests: number; warmup: number; timeoutMs: number };
  scales: ScaleResult[];
  growth: Growth[];
  mismatches: string[];
}

/** Writes `scale-<timestamp>.json` (samples included) and returns its path. */
export function writeReport(directory: string, report: BenchReport): string {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `scale-${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
