import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { probeContainerRuntime } from "./container-runtime.ts";

const runtime = await probeContainerRuntime();

describe("container runtime detection", () => {
  it("answers without hanging when DOCKER_HOST points at a socket nobody serves", async () => {
    const socketPath = join(mkdtempSync(join(tmpdir(), "docker-")), "docker.sock");
    const probe = await probeContainerRuntime({ DOCKER_HOST: `unix://${socketPath}` }, 500);
    expect(probe.available).toBe(false);
    expect(probe.detail).toContain(socketPath);
  });

  it("recognises an engine that answers the Docker ping", async () => {
    const socketPath = join(mkdtempSync(join(tmpdir(), "docker-")), "docker.sock");
    const fakeEngine = createServer((req, res) => res.end(req.url === "/_ping" ? "OK" : ""));
    await new Promise<void>((resolve) => fakeEngine.listen(socketPath, resolve));
    try {
      const probe = await probeContainerRuntime({ DOCKER_HOST: `unix://${socketPath}` }, 500);
      expect(probe).toEqual({ available: true, detail: socketPath });
    } finally {
      fakeEngine.close();
    }
  });
});

describe("the Testcontainers path", () => {
  it.skipIf(!runtime.available)(
    `starts the official Neo4j image and answers Cypher (${runtime.available ? runtime.detail : `skipped: ${runtime.detail}`})`,
    async () => {
      const { startNeo4jContainer } = await import("./containers.ts");
      const container = await startNeo4jContainer("container-pass");
      const driver = neo4j.driver(container.boltUri, neo4j.auth.basic("neo4j", "container-pass"));
      try {
        const result = await driver.executeQuery(
          "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
        );
        expect(result.records[0]?.get("v")).toMatch(/^\d{4}\.\d{2}\.\d+$/);
      } finally {
        await driver.close();
        await container.stop();
      }
    },
    180_000,
  );
});
