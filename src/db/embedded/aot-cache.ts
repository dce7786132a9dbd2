/**
 * The JVM's ahead-of-time cache for the embedded Neo4j (JDK 25+: JEP 483 and 514). A JVM
 * started with it finds Neo4j's classes already loaded and linked, as a training run left
 * them: every start after the cache is made takes markedly less CPU and time (the commit that
 * added it says how much). The cache is made once per launcher build (its stamp) and JDK,
 * beside the build in neo4j-launcher/target/aot/: a start on an empty data directory, stopped
 * at once, records what it loaded, and a second short JVM assembles the cache from that.
 * A JDK before 25 has no such cache; the JVM checks that a cache matches its class path and
 * ignores one that does not, so a stale one costs nothing but its disk space.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { LauncherBuild } from "./build.ts";

const STALE_LOCK_MS = 10 * 60_000;

/** The first JDK with a one-file AOT cache made by -XX:AOTMode=record and =create. */
const AOT_JAVA = 25;

export interface AotCache {
  /** The cache file, present once made. */
  file: string;
  /** Made by whoever holds this directory (created atomically) while it exists. */
  lock: string;
}

/** Where this build's cache lives, or undefined when the JDK cannot use one. */
export function aotCacheFor(build: LauncherBuild, targetDir: string): AotCache | undefined {
  if (build.jdk.version < AOT_JAVA) return undefined;
  // The build's stamp too: a rebuilt launcher jar keeps its path, and the JVM ignores a cache
  // made from the jar before (every start then went without one until it was made again).
  // The module options too: a cache made with other ones is only partly used.
  const key = createHash("sha256")
    .update(
      [
        build.classpath,
        build.jdk.home,
        build.jdk.version,
        build.stamp,
        ...build.moduleOptions,
      ].join("\n"),
    )
    .digest("hex")
    .slice(0, 16);
  const dir = join(targetDir, "aot");
  return { file: join(dir, `neo4j-${key}.aot`), lock: join(dir, `neo4j-${key}.lock`) };
}

/** The JVM options that use the cache, when it has been made. */
export function aotOptions(cache: AotCache | undefined): string[] {
  return cache && existsSync(cache.file) ? [`-XX:AOTCache=${cache.file}`] : [];
}

/** A training start: runs Neo4j with `jvmOptions` on `dataDir` and stops it once ready. */
export type TrainingRun = (jvmOptions: string[], dataDir: string) => Promise<void>;

/**
 * Makes the cache if it is missing and no other process is making it; never fails a start
 * (a failed training is logged and the start goes on without a cache).
 */
export async function ensureAotCache(
  cache: AotCache | undefined,
  build: LauncherBuild,
  train: TrainingRun,
  log: (line: string) => void,
  /** Abandons the cache (the process is stopping): nothing is made, nothing is marked. */
  signal?: AbortSignal,
): Promise<void> {
  const failed = `${cache?.file}.failed`;
  if (!cache || existsSync(cache.file) || existsSync(failed)) return;
  mkdirSync(join(cache.file, ".."), { recursive: true });
  // A lock left by a process that died while training is taken over after a while.
  if (existsSync(cache.lock) && Date.now() - statSync(cache.lock).mtimeMs > STALE_LOCK_MS)
    rmSync(cache.lock, { recursive: true, force: true });
  try {
    mkdirSync(cache.lock);
  } catch {
    return; // another process is making it: this start goes without
  }
  const work = mkdtempSync(join(tmpdir(), "drg-aot-"));
  const made = `${cache.file}.${process.pid}.tmp`;
  const started = Date.now();
  try {
    log("neo4j-launcher: making the JVM's ahead-of-time cache for Neo4j's start (once per build)");
    const configuration = join(work, "neo4j.aotconf");
    await train(
      ["-XX:AOTMode=record", `-XX:AOTConfiguration=${configuration}`],
      join(work, "data"),
    );
    signal?.throwIfAborted();
    await promisify(execFile)(
      build.jdk.java,
      [
        "-XX:AOTMode=create",
        `-XX:AOTConfiguration=${configuration}`,
        `-XX:AOTCache=${made}`,
        // Classes loaded, not linked ahead of time: with them linked Neo4j was ready sooner but
        // planned the API's queries slower, and the start as a whole took longer
        // (bench/scale/README.md, "Measurements behind choices in the code").
        "-XX:-AOTClassLinking",
        // The start's own module options: with others the JVM uses less of the cache.
        ...build.moduleOptions,
        "-cp",
        build.classpath,
      ],
      { maxBuffer: 16 * 1024 * 1024, ...(signal ? { signal } : {}) },
    );
    for (const old of readdirSync(join(cache.file, "..")))
      if (/\.aot(\.failed)?$/.test(old)) rmSync(join(cache.file, "..", old), { force: true });
    renameSync(made, cache.file);
    log(
      `neo4j-launcher: ahead-of-time cache made in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    if (signal?.aborted) return;
    // Not again on every start: a new build or JDK tries afresh.
    writeFileSync(failed, String(error));
    log(
      `neo4j-launcher: no ahead-of-time cache (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); Neo4j starts without one`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(made, { force: true });
    rmSync(cache.lock, { recursive: true, force: true });
  }
}
