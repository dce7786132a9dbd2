/**
 * A database outage under a running API: Neo4j goes away and comes back on the same port.
 * The API stays up, says 503 / SERVICE_UNAVAILABLE within a bounded time, and serves again
 * without a restart. The API reaches the run's Neo4j through a TCP proxy
 * (test/support/tcp-proxy.ts) that the test takes down, refusing connections and cutting
 * every open one as a stopped server does, and brings back on the same port: the outage
 * without two cold starts and a seeding of a Neo4j of its own.
 */
import { afterAll, describe, expect, it } from "vitest";
import { type RunningApplication, startApplication } from "../../src/application.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/log/logger.ts";
import { neo4jConnection } from "../support/neo4j.ts";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";

const QUERY = '{ person(id: "person:ryan-crocker") { name } }';

async function ask(url: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await condition()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe("Neo4j outage under a running API", () => {
  let proxy: TcpProxy | undefined;
  let app: RunningApplication | undefined;
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
  });

  it("degrades to 503 / SERVICE_UNAVAILABLE and recovers by itself when Neo4j returns", async () => {
    const neo4j = neo4jConnection();
    const server = new URL(neo4j.uri);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port) });
    const config = loadConfig({
      NODE_ENV: "test",
      PORT: "0",
      NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
      // The run's graph is seeded: the start checks the files and finds nothing to do.
      SEED_ON_START: "true",
    });
    app = await startApplication(config, createLogger("silent"));
    const url = app.url;
    expect(await ask(url)).toEqual({
      data: { person: { name: "Ryan Crocker" } },
      extensions: expect.anything(),
    });

    await proxy.down();

    // The API is still up and says why it cannot answer, quickly.
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    const readyDown = await until(
      async () => (await fetch(`${url}/health/ready`)).status === 503,
      10_000,
    );
    const started = Date.now();
    const down = await ask(url);
    const answeredIn = Date.now() - started;
    expect(down.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(answeredIn).toBeLessThan(10_000);

    // Neo4j comes back on the same port with the same data.
    await proxy.up();
    const backAt = Date.now();
    await until(async () => (await fetch(`${url}/health/ready`)).status === 200, 30_000);
    await until(async () => JSON.stringify(await ask(url)).includes("Ryan Crocker"), 30_000);
    const recoveredIn = Date.now() - backAt;
    console.log(
      `[outage] ready→503 in ${readyDown} ms; SERVICE_UNAVAILABLE answered in ${answeredIn} ms; ` +
        `serving again ${recoveredIn} ms after Neo4j was back`,
    );
  }, 120_000);
});
