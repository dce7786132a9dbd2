/**
 * `npm run generate -- --meetings N [--seed S]`: a synthetic graph that follows
 * docs/graph-model.md at scale, for benchmarks. With NEO4J_URI it loads into that Neo4j
 * (only if it is empty or holds an earlier generated dataset); otherwise into an embedded
 * Neo4j on the dataset's own directory, .data/scale/meetings-N-seed-S.
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config/index.ts";
import { createDriver, verifyDriver } from "../db/driver.ts";
import { resolveNeo4j } from "../db/resolve.ts";
import { DatasetRefusedError, generateInto } from "../generate/load.ts";
import { DEFAULT_SEED, datasetDataDir, openScaleDataset } from "../generate/scale-dataset.ts";

const usage = "usage: npm run generate -- --meetings N [--seed S] [--pagecache 4g] [--heap 2g]";

function positiveInteger(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < (name === "seed" ? 0 : 1)) {
    throw new ConfigError(
      `--${name} must be a ${name === "seed" ? "non-negative" : "positive"} integer, got ${value ?? "nothing"}\n${usage}`,
    );
  }
  return number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

try {
  const { values } = parseArgs({
    options: {
      meetings: { type: "string" },
      seed: { type: "string" },
      pagecache: { type: "string" },
      heap: { type: "string" },
    },
  });
  const meetings = positiveInteger("meetings", values.meetings);
  const seed = positiveInteger("seed", values.seed, DEFAULT_SEED);
  const config = loadConfig();
  const started = performance.now();
  if (config.neo4j.uri) {
    const target = await resolveNeo4j({ ...config.neo4j, provider: "uri" }, log);
    // A load has no client waiting: a transient failure is worth retrying for longer.
    const driver = createDriver(target, { ...config.neo4j, maxRetryMs: 30_000 });
    try {
      await verifyDriver(driver, target.database);
      const info = await generateInto(driver, target.database, { meetings, seed, log });
      console.table(info.counts);
    } finally {
      await driver.close();
    }
  } else {
    const { target, info, generatedNow } = await openScaleDataset({
      meetings,
      seed,
      ...(values.pagecache ? { pageCache: values.pagecache } : {}),
      ...(values.heap ? { heap: values.heap } : {}),
      log,
    });
    await target.stop();
    console.table(info.counts);
    log(`${generatedNow ? "generated" : "already present"}: ${datasetDataDir(meetings, seed)}`);
  }
  log(`generate: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
} catch (error) {
  process.exitCode = 1;
  if (error instanceof ConfigError || error instanceof DatasetRefusedError) log(error.message);
  else log(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
