/**
 * The bench's side of a system's child process (serve.ts): start it, ask it, stop it.
 */
import { type ChildProcess, fork } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import type { Neo4jTarget } from "../../src/db/resolve.ts";
import type { LevelRun } from "./clients.ts";
import type { Command, HandWrittenCase, Reply, SystemName, Usage } from "./protocol.ts";

type Payload<T extends Command["type"]> = Omit<Extract<Command, { type: T }>, "id">;

export interface SystemProcess {
  system: SystemName;
  pid: number;
  /** The GraphQL endpoint; null for the hand-written client, which has none. */
  url: string | null;
  usage(): Promise<Usage>;
  /** Hand-written client only: runs the level's virtual clients in the child. */
  run(clients: number, durationMs: number, sequence: number[]): Promise<LevelRun>;
  setCases(cases: HandWrittenCase[]): Promise<void>;
  profileStart(): Promise<void>;
  /** Writes the profile since profileStart to `file` (a .cpuprofile). */
  profileStop(file: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startSystemProcess(
  system: SystemName,
  target: Neo4jTarget,
  options: {
    timeoutMs: number;
    env: Record<string, string>;
    /** Where the process's own output goes: the API logs every shed request. */
    logFile: string;
    log: (line: string) => void;
  },
): Promise<SystemProcess> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const output = openSync(options.logFile, "a");
  const child: ChildProcess = fork(new URL("./serve.ts", import.meta.url), [], {
    stdio: ["ignore", output, output, "ipc"],
    // The child's own heap limit: Node's default, as `npm start` runs.
    execArgv: [],
  });
  closeSync(output);
  let nextId = 1;
  const waiting = new Map<number, { resolve(reply: Reply): void; reject(error: Error): void }>();
  child.on("message", (reply: Reply) => {
    const waiter = waiting.get(reply.id);
    if (!waiter) return;
    waiting.delete(reply.id);
    if (reply.type === "failed") waiter.reject(new Error(`${system}: ${reply.message}`));
    else waiter.resolve(reply);
  });
  child.on("exit", (code, signal) => {
    for (const waiter of waiting.values())
      waiter.reject(new Error(`${system}'s process exited (${signal ?? code})`));
    waiting.clear();
  });
  const call = <T extends Command["type"]>(payload: Payload<T>): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      child.send({ ...payload, id } as Command);
    });

  const started = await call<"start">({
    type: "start",
    system,
    target: {
      uri: target.uri,
      username: target.username,
      password: target.password,
      database: target.database,
      source: "uri",
    },
    timeoutMs: options.timeoutMs,
    env: options.env,
  }).catch((error: Error) => {
    child.kill();
    throw new Error(`${error.message} (its output: ${options.logFile})`);
  });
  const url = started.type === "ready" ? started.url : null;
  options.log(`  ${system}: pid ${child.pid}${url ? ` at ${url}` : ""}`);

  return {
    system,
    pid: child.pid ?? 0,
    url,
    async usage() {
      const reply = await call<"usage">({ type: "usage" });
      if (reply.type !== "usage") throw new Error(`${system}: no usage in ${reply.type}`);
      const { type: _type, id: _id, ...usage } = reply;
      return usage;
    },
    async run(clients, durationMs, sequence) {
      const reply = await call<"run">({ type: "run", clients, durationMs, sequence });
      if (reply.type !== "ran") throw new Error(`${system}: no run in ${reply.type}`);
      return reply.level;
    },
    async setCases(cases) {
      await call<"cases">({ type: "cases", cases });
    },
    async profileStart() {
      await call<"profile-start">({ type: "profile-start" });
    },
    async profileStop(file) {
      await call<"profile-stop">({ type: "profile-stop", file });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await call<"stop">({ type: "stop" }).catch(() => {});
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
