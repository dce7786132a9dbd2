/**
 * The whole machine's CPU over a span, from Linux's /proc/stat: everything on it, this
 * bench, the system under test, Neo4j and whatever else runs there. (The JVM's own reading
 * of it, JMX's CpuLoad, read 0 in a container.) Null where there is no /proc/stat.
 */
import { readFileSync } from "node:fs";

export interface CpuTimes {
  busy: number;
  total: number;
}

export function machineCpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …: idle and iowait are not busy.
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return Number.isFinite(total) && total > 0 ? { busy: total - idle, total } : null;
  } catch {
    return null;
  }
}

/** The share of all cores busy between two readings, 0–1. */
export function busyShare(from: CpuTimes | null, to: CpuTimes | null): number | null {
  if (!from || !to || to.total <= from.total) return null;
  return Math.round(((to.busy - from.busy) / (to.total - from.total)) * 100) / 100;
}
