import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApplication } from "../src/application.ts";
import { startHttpServer } from "../src/http/app.ts";
import { createLogger } from "../src/log/logger.ts";
import { startTestApplication } from "./support/http.ts";
import { testExecutor, unreachableNeo4j } from "./support/neo4j.ts";

describe("health endpoints over real HTTP", () => {
  let app: RunningApplication;
  beforeAll(async () => {
    app = await startTestApplication();
  });
  afterAll(() => app.stop());

  it("/health/live answers 200 while the process runs", async () => {
    const response = await fetch(`${app.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/health/ready answers 200 when Neo4j answers", async () => {
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(200);
    // The test application starts with SEED_ON_START=false: seeds are not its business.
    expect(await response.json()).toEqual({
      status: "ok",
      neo4j: "up",
      seeds: { status: "not checked" },
    });
  });

  it("/graphql answers a query that reaches Neo4j", async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ status { neo4jVersion neo4jEdition } }" }),
    });
    expect(await response.json()).toMatchObject({
      data: { status: { neo4jVersion: expect.stringMatching(/^\d{4}\.\d{2}\.\d+$/) } },
    });
  });
});

describe("readiness without a database", () => {
  it("/health/ready answers 503 when Neo4j cannot be reached, while /health/live stays 200", async () => {
    const { driver, executor } = unreachableNeo4j();
    const http = await startHttpServer({
      executor,
      logger: createLogger("silent"),
      host: "127.0.0.1",
      port: 0,
    });
    try {
      const ready = await fetch(`${http.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: "unavailable",
        neo4j: "down",
        seeds: { status: "not checked" },
      });
      expect((await fetch(`${http.url}/health/live`)).status).toBe(200);
    } finally {
      await http.close();
      await driver.close();
    }
  });
});

describe("readiness after a seed file failed at start", () => {
  it("stays 200 (the graph is served as it is) and names the file, line and rule, also in metrics", async () => {
    const failure = {
      file: "06-article-005-new.cypher",
      line: 42,
      rule: "excerpt",
      message: "the excerpt is not verbatim in 005_x.txt",
    };
    const http = await startHttpServer({
      executor: testExecutor(),
      logger: createLogger("silent"),
      host: "127.0.0.1",
      port: 0,
      seeds: { checked: true, failed: [failure], changedGraph: true },
    });
    try {
      const ready = await fetch(`${http.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: "ok",
        neo4j: "up",
        seeds: { status: "failed", failed: [failure] },
      });
      const metrics = await (await fetch(`${http.url}/metrics`)).text();
      expect(metrics).toMatch(/^seed_files_failed 1$/m);
    } finally {
      await http.close();
    }
  });
});
