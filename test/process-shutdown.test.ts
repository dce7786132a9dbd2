/**
 * `npm start` as a user runs it: a real child process with its own embedded Neo4j.
 * Stopping it must leave no Java process behind, whether it is asked to stop (SIGTERM,
 * Ctrl-C) or dies abruptly (SIGKILL).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { paths } from "../src/config/paths.ts";
import { freePort } from "../src/db/embedded/launcher.ts";

interface Started {
  api: ChildProcess;
  javaPid: number;
  url: string;
  exited: Promise<number | null>;
}

/** Starts `npm start` and waits until its Neo4j runs, or until the API is ready to serve. */
async function startApi(until: "neo4j" | "ready"): Promise<Started> {
  const port = await freePort();
  const api = spawn(process.execPath, ["src/main.ts"], {
    cwd: paths.root,
    env: {
      ...process.env,
      NEO4J_URI: "",
      NEO4J_PROVIDER: "embedded",
      NEO4J_BOLT_PORT: "0",
      NEO4J_HTTP_PORT: "0",
      NEO4J_DATA_DIR: mkdtempSync(join(tmpdir(), "drg-shutdown-")),
      NEO4J_PASSWORD: "shutdown-test",
      SEED_ON_START: "false",
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => api.on("exit", (code) => resolve(code)));
  let javaPid = 0;
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: api.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const pid = /embedded .* \(pid (\d+)\)/.exec(line);
      if (pid?.[1]) javaPid = Number(pid[1]);
      if (until === "neo4j" ? javaPid > 0 : line.includes("GraphQL API ready")) resolve();
    });
    void exited.then((code) => reject(new Error(`API exited with ${code} before it was ready`)));
  });
  return { api, javaPid, url: `http://127.0.0.1:${port}`, exited };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

// The two cases start an API and a Neo4j each: they run side by side (most of each is waiting
// for its Neo4j to start).
describe.concurrent("stopping npm start", () => {
  it("SIGTERM stops the API and the embedded Neo4j it started, exit code 0", async () => {
    const { api, javaPid, url, exited } = await startApi("ready");
    expect(javaPid).toBeGreaterThan(0);
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    api.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(isAlive(javaPid)).toBe(false);
  }, 120_000);

  // Killed as soon as its Neo4j runs: what dies with the API is the Java process, whatever
  // the API was doing (here, applying seeds and planning queries).
  it("an API killed outright (SIGKILL) still leaves no Java process behind", async () => {
    const { api, javaPid, exited } = await startApi("neo4j");
    expect(isAlive(javaPid)).toBe(true);
    api.kill("SIGKILL");
    await exited;
    expect(await waitUntilGone(javaPid, 30_000)).toBe(true);
  }, 120_000);
});
