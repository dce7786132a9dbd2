/**
 * A database outage under a running API: Neo4j (our own embedded one, so the test can stop
 * it) goes away and comes back on the same port. The API stays up, says 503 /
 * SERVICE_UNAVAILABLE within a bounded time, and serves again without a restart.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningApplication, startApplication } from "../../src/application.ts";
import { loadConfig } from "../../src/config/index.ts";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../../src/db/embedded/launcher.ts";
import { createLogger } from "../../src/log/logger.ts";

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
  const dataDir = mkdtempSync(join(tmpdir(), "drg-outage-"));
  let neo4j: EmbeddedNeo4j | undefined;
  let app: RunningApplication | undefined;
  afterAll(async () => {
    await app?.stop();
    await neo4j?.stop();
  });

  it("degrades to 503 / SERVICE_UNAVAILABLE and recovers by itself when Neo4j returns", async () => {
    const start = () =>
      // No password given: the data directory's generated one, the same on the restart.
      startEmbeddedNeo4j({ boltPort, httpPort: 0, dataDir, heap: "512m", log: () => {} });
    let boltPort = 0;
    neo4j = await start();
    boltPort = Number(new URL(neo4j.boltUri).port);
    const config = loadConfig({
      NODE_ENV: "test",
      PORT: "0",
      NEO4J_URI: neo4j.boltUri,
      NEO4J_PASSWORD: neo4j.password,
      SEED_ON_START: "true",
    });
    app = await startApplication(config, createLogger("silent"));
    const url = app.url;
    expect(await ask(url)).toEqual({
      data: { person: { name: "Ryan Crocker" } },
      extensions: expect.anything(),
    });

    await neo4j.stop();

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
    neo4j = await start();
    const backAt = Date.now();
    await until(async () => (await fetch(`${url}/health/ready`)).status === 200, 30_000);
    await until(async () => JSON.stringify(await ask(url)).includes("Ryan Crocker"), 30_000);
    const recoveredIn = Date.now() - backAt;
    console.log(
      `[outage] ready→503 in ${readyDown} ms; SERVICE_UNAVAILABLE answered in ${answeredIn} ms; ` +
        `serving again ${recoveredIn} ms after Neo4j was back`,
    );
    // The budget is for the set-up, not the behaviour (bounded above): two cold starts of a
    // Neo4j of its own, seeding it, and planning the API's longest queries before serving,
    // beside the rest of the suite on two cores.
  }, 240_000);
});
