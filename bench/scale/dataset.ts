/**
 * Opens a generated scale dataset (src/generate/dataset.ts), optionally under another data
 * root: the datasets are large (3.4 GB at 1M meetings) and may live in another checkout.
 */
import { basename, join } from "node:path";
import { datasetDataDir, openScaleDataset } from "../../src/generate/dataset.ts";

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

export function openDataset(options: OpenOptions) {
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
