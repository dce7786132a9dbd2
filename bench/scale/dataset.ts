/**
 * Opens a generated scale dataset through the generator's entry point,
 * `openScaleDataset` in src/generate/dataset.ts (branch `generator`). It is loaded when the
 * bench runs rather than imported statically so that this bench type-checks and lints on
 * its own before the two branches meet; the interface below is the generator's contract.
 */
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import type { Neo4jTarget } from "../../src/db/resolve.ts";

export interface DatasetInfo {
  meetings: number;
  seed: number;
  counts: Record<string, number>;
}

interface GeneratorModule {
  datasetDataDir(meetings: number, seed: number): string;
  openScaleDataset(options: {
    meetings: number;
    seed?: number;
    pageCache?: string;
    heap?: string;
    dataDir?: string;
    log?: (line: string) => void;
  }): Promise<{ target: Neo4jTarget; info: DatasetInfo; generatedNow: boolean }>;
}

const GENERATOR = new URL("../../src/generate/dataset.ts", import.meta.url);

async function generator(): Promise<GeneratorModule> {
  if (!existsSync(GENERATOR)) {
    throw new Error(
      "src/generate/dataset.ts is missing: the scale bench needs the data generator (branch `generator`)",
    );
  }
  return (await import(GENERATOR.href)) as GeneratorModule;
}

export interface OpenOptions {
  meetings: number;
  seed: number;
  pageCache: string;
  heap: string;
  /** Where datasets live (`<root>/meetings-<N>-seed-<S>`); the generator's default if absent. */
  dataRoot?: string;
  /** The dataset's own directory, overriding dataRoot (the tiny test uses a temp one). */
  dataDir?: string;
  log: (line: string) => void;
}

export async function openDataset(options: OpenOptions) {
  const { datasetDataDir, openScaleDataset } = await generator();
  const dataDir =
    options.dataDir ??
    (options.dataRoot
      ? join(options.dataRoot, basename(datasetDataDir(options.meetings, options.seed)))
      : undefined);
  return openScaleDataset({
    meetings: options.meetings,
    seed: options.seed,
    pageCache: options.pageCache,
    heap: options.heap,
    ...(dataDir ? { dataDir } : {}),
    log: options.log,
  });
}
