/**
 * The scale bench, one scale after another: open (or generate) the dataset, measure, stop
 * its Neo4j before the next one starts, so two stores never compete for memory.
 */
import type { Neo4jTarget } from "../../src/db/resolve.ts";
import { openScaleDataset, pageCacheFor } from "../../src/generate/scale-dataset.ts";
import {
  type BenchReport,
  describeMachine,
  formatGrowth,
  formatScale,
  growth,
  writeReport,
} from "./report.ts";
import { runScale, type ScaleResult } from "./run-scale.ts";

export interface BenchOptions {
  scales: number[];
  seed: number;
  requests: number;
  warmup: number;
  timeoutMs: number;
  /** Page cache for every scale, e.g. "4g"; by default sized for each store by the generator. */
  pageCache?: string;
  heap: string;
  dataRoot?: string;
  /** One data directory for a single scale (the tiny test's temp directory). */
  dataDir?: string;
  /** A running, empty Neo4j for a single scale instead of one on a data directory (the tiny
   * test's scratch server). */
  server?: Neo4jTarget;
  /** Rows per write transaction when generating (a scratch server's small memory limit). */
  chunkRows?: number;
  resultsDir: string;
  print: (text: string) => void;
  log: (line: string) => void;
}

export async function runBench(
  options: BenchOptions,
): Promise<{ report: BenchReport; file: string }> {
  const startedAt = new Date().toISOString();
  const pageCaches: Record<string, string> = {};
  const scales: ScaleResult[] = [];
  for (const meetings of options.scales) {
    const pageCache = options.pageCache ?? pageCacheFor(meetings);
    pageCaches[meetings] = pageCache;
    options.log(
      `scale ${meetings}: opening the dataset (page cache ${pageCache}, heap ${options.heap})`,
    );
    const opened = await openScaleDataset({
      meetings,
      seed: options.seed,
      pageCache,
      heap: options.heap,
      dataRoot: options.dataRoot,
      dataDir: options.dataDir,
      server: options.server,
      chunkRows: options.chunkRows,
      log: options.log,
    });
    try {
      if (opened.generatedNow) options.log(`scale ${meetings}: generated now`);
      const scale = await runScale(
        { target: opened.target, meetings, seed: opened.info.seed, counts: opened.info.counts },
        {
          requests: options.requests,
          warmup: options.warmup,
          timeoutMs: options.timeoutMs,
          log: options.log,
        },
      );
      scales.push(scale);
      options.print(formatScale(scale));
    } finally {
      await opened.target.stop();
    }
  }
  const growthRows = growth(scales);
  if (growthRows.length > 0) options.print(formatGrowth(growthRows));
  const report: BenchReport = {
    startedAt,
    machine: describeMachine(pageCaches, options.heap),
    options: { requests: options.requests, warmup: options.warmup, timeoutMs: options.timeoutMs },
    scales,
    growth: growthRows,
    mismatches: scales.flatMap((scale) =>
      scale.operations.flatMap((op) => op.mismatches.map((m) => `${scale.meetings}: ${m}`)),
    ),
  };
  const file = writeReport(options.resultsDir, report);
  return { report, file };
}
