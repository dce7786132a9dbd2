/**
 * A child process that is one system of the load bench, so that its memory and its CPU
 * (and a CPU profile of it) are its own and not the load generator's: this API or
 * @neo4j/graphql serving HTTP, or the hand-written client, which runs its virtual clients
 * here over its own driver (it has no server to put in between). Driven over IPC by
 * server-process.ts; the Neo4j credentials come over IPC too, never on the command line.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import type { Neo4jTarget } from "../../src/db/resolve.ts";
import { handWrittenClient, startApi, startNeo4jGraphql } from "../scale/systems.ts";
import { runClients } from "./clients.ts";
import type { Command, HandWrittenCase, Reply } from "./protocol.ts";

const send = (reply: Reply) => process.send?.(reply);

let stop: () => Promise<void> = async () => {};
let cases: HandWrittenCase[] = [];
let runCase: ((item: HandWrittenCase) => Promise<unknown>) | undefined;
let timeoutMs = 10_000;
const session = new Session();

async function start(system: Command & { type: "start" }): Promise<string | null> {
  const target: Neo4jTarget = { ...system.target, httpUrl: undefined, stop: async () => {} };
  timeoutMs = system.timeoutMs;
  if (system.system === "api") {
    const api = await startApi(target, system.env);
    stop = () => api.stop();
    return `${api.url}/graphql`;
  }
  if (system.system === "neo4j-graphql") {
    const server = await startNeo4jGraphql(target, timeoutMs);
    stop = () => server.stop();
    return server.url;
  }
  const client = handWrittenClient(target, timeoutMs);
  stop = () => client.driver.close();
  runCase = (item) => client.run(item.cypher, item.params);
  return null;
}

async function handle(command: Command): Promise<void> {
  switch (command.type) {
    case "start":
      send({ type: "ready", id: command.id, url: await start(command) });
      return;
    case "cases":
      cases = command.cases;
      send({ type: "done", id: command.id });
      return;
    case "run": {
      const run = runCase;
      if (!run) throw new Error("run: this process is not the hand-written client");
      const level = await runClients({
        clients: command.clients,
        durationMs: command.durationMs,
        sequence: command.sequence,
        send: async (index) => {
          await run(cases[index] as HandWrittenCase);
          return null;
        },
      });
      send({ type: "ran", id: command.id, level });
      return;
    }
    case "usage": {
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      send({
        type: "usage",
        id: command.id,
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        heapTotalBytes: memory.heapTotal,
        cpuMicros: cpu.user + cpu.system,
      });
      return;
    }
    case "profile-start":
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
      send({ type: "done", id: command.id });
      return;
    case "profile-stop": {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      writeFileSync(command.file, JSON.stringify(profile));
      send({ type: "done", id: command.id });
      return;
    }
    case "stop":
      await stop();
      send({ type: "done", id: command.id });
      process.disconnect?.();
      return;
  }
}

process.on("message", (command: Command) => {
  handle(command).catch((error: unknown) =>
    send({
      type: "failed",
      id: command.id,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }),
  );
});
// The parent gone (a crash, Ctrl-C): nothing is left to serve.
process.on("disconnect", () => {
  stop().finally(() => process.exit(0));
});
