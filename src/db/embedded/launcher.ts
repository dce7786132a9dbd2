/**
 * Runs the embedded Neo4j as a child Java process and waits for its ready line.
 * The child shuts down on SIGTERM and also when our end of its stdin closes, so even a
 * crash of this process leaves no Java process behind.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve as resolvePath } from "node:path";
import { createInterface } from "node:readline";
import { dataDirPassword } from "../password.ts";
import { aotCacheFor, aotOptions, ensureAotCache } from "./aot-cache.ts";
import { ensureLauncherBuilt, type LauncherBuild } from "./build.ts";

export interface EmbeddedOptions {
  /** 0 picks a free port. */
  boltPort: number;
  httpPort: number;
  dataDir: string;
  /** Absent: the data directory's own, generated on its first start (src/db/password.ts). */
  password?: string | undefined;
  heap: string;
  /** Page cache size (e.g. 4g); neo4j-launcher/neo4j.conf's 128m when absent. */
  pageCache?: string;
  /**
   * Settings that replace neo4j-launcher/neo4j.conf's for this server only (a test's
   * smaller transaction memory limit), written with the file's into a config of its own.
   */
  settings?: Record<string, string>;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
  /** Kills the server at once (SIGKILL) when it aborts, while starting too. */
  signal?: AbortSignal;
}

export interface EmbeddedNeo4j {
  boltUri: string;
  httpUrl: string;
  /** The password of user neo4j, as set on this start. */
  password: string;
  version: string;
  pid: number;
  /** Milliseconds from spawning Java to the ready line. */
  startupMs: number;
  /** Stops the database cleanly (SIGTERM), escalating to SIGKILL if it hangs. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), for a server whose data does not matter. */
  kill(): Promise<void>;
  /** Resolves when the process has exited, for whatever reason. */
  exited: Promise<number | null>;
}

interface ReadyLine {
  bolt: string;
  http: string;
  version: string;
  pid: number;
}

const READY_PREFIX = "NEO4J_READY ";

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const build = await ensureLauncherBuilt(options.log);
  return spawnNeo4j(build, options, aotOptions(aotCacheFor(build, build.targetDir)));
}

/**
 * Makes the JVM's ahead-of-time cache of this build if it is missing (aot-cache.ts): a
 * training start on an empty data directory, and a second short JVM to assemble it.
 * `npm start` runs it in the background a minute into serving, `npm run neo4j:build` ahead
 * of time; every start after uses the cache. Never throws.
 */
export async function makeAotCache(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  signal?: AbortSignal,
  /** What the training start runs before it stops: what the cache should make fast. */
  exercise?: (server: { uri: string; password: string }) => Promise<void>,
): Promise<void> {
  const build = await ensureLauncherBuilt(log);
  await ensureAotCache(
    aotCacheFor(build, build.targetDir),
    build,
    async (jvmOptions, dataDir) => {
      const training = await spawnNeo4j(
        build,
        { boltPort: 0, httpPort: 0, dataDir, heap: "512m", log: () => {}, signal },
        jvmOptions,
      );
      await exercise?.({ uri: training.boltUri, password: training.password }).catch(() => {});
      // Stopped, not killed: the JVM records what it loaded as it exits.
      await training.stop();
    },
    log,
    signal,
  );
}

async function spawnNeo4j(
  build: LauncherBuild,
  options: EmbeddedOptions,
  jvmOptions: string[],
): Promise<EmbeddedNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const boltPort = options.boltPort || (await freePort());
  const httpPort = options.httpPort || (await freePort());
  const dataDir = resolvePath(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const password = options.password ?? dataDirPassword(dataDir, log);

  const started = Date.now();
  const child = spawn(
    build.jdk.java,
    [
      `-Xms256m`,
      `-Xmx${options.heap}`,
      "-XX:+UseG1GC",
      ...jvmOptions,
      ...build.moduleOptions,
      "-cp",
      build.classpath,
      "graph.diplomacy.launcher.EmbeddedNeo4j",
      "--data-dir",
      dataDir,
      "--bolt-port",
      String(boltPort),
      "--http-port",
      String(httpPort),
      "--config",
      options.settings ? configWith(build.config, dataDir, options.settings) : build.config,
      ...(options.pageCache ? ["--pagecache", options.pageCache] : []),
      "--browser-dir",
      build.browserDir,
    ],
    {
      env: { ...process.env, NEO4J_PASSWORD: password },
      stdio: ["pipe", "pipe", "pipe"],
      // Its own process group: a terminal's Ctrl-C reaches only us, and we stop Neo4j after
      // the API has drained, not at the same moment. If we die, its stdin closes and it exits.
      detached: true,
    },
  );

  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const kill = () => child.kill("SIGKILL");
  if (options.signal?.aborted) kill();
  options.signal?.addEventListener("abort", kill, { once: true });
  void exited.then(() => options.signal?.removeEventListener("abort", kill));
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  const ready = await waitForReady(child, exited, options.readyTimeoutMs ?? 120_000).catch(
    async (error: Error) => {
      child.kill("SIGKILL");
      const detail = stderrTail.filter((line) => !line.startsWith("WARNING")).join("\n");
      throw new Error(`${error.message}\n${detail}`);
    },
  );

  let stopping: Promise<void> | undefined;
  return {
    boltUri: ready.bolt,
    httpUrl: ready.http,
    password,
    version: ready.version,
    pid: ready.pid,
    startupMs: Date.now() - started,
    exited,
    kill: async () => {
      kill();
      await exited;
    },
    stop: () => {
      stopping ??= stopChild(child, exited);
      return stopping;
    },
  };
}

/** neo4j-launcher/neo4j.conf with `settings` in place of its own, beside the data. */
function configWith(base: string, dataDir: string, settings: Record<string, string>): string {
  const kept = readFileSync(base, "utf8")
    .split("\n")
    .filter((line) => !Object.keys(settings).some((name) => line.startsWith(`${name}=`)));
  const file = join(dataDir, "launcher-overrides.conf");
  writeFileSync(
    file,
    [...kept, ...Object.entries(settings).map(([name, value]) => `${name}=${value}`), ""].join(
      "\n",
    ),
  );
  return file;
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`embedded Neo4j was not ready within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(READY_PREFIX.length)) as ReadyLine);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited with code ${code} before it was ready`));
    });
  });
}

async function stopChild(
  child: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const killTimer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(killTimer);
}

/** Asks the OS for a free port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
