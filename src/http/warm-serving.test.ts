import { Writable } from "node:stream";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { database, testDriver, testExecutor } from "../../test/support/neo4j.ts";
import { loadConfig } from "../config/index.ts";
import { CypherExecutor } from "../db/executor.ts";
import { loadExampleOperations, operationsDirectory } from "../graphql/operations.ts";
import { warmUp } from "../graphql/warm-up.ts";
import { createLogger } from "../log/logger.ts";
import { type RunningHttpServer, startHttpServer } from "./app.ts";

const shipped = loadExampleOperations(operationsDirectory).length;

/** A logger whose JSON lines are kept. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger("info", sink), lines };
}

describe("the serving path's warm-up before ready", () => {
  // As the API starts: Neo4j's plans first, with the warm-up's patient timeout.
  beforeAll(async () => {
    await warmUp(
      new CypherExecutor(testDriver(), { database: database(), timeoutMs: 120_000 }),
      createLogger("silent"),
    );
  }, 300_000);

  let http: RunningHttpServer | undefined;
  afterEach(() => http?.close());

  it("answers every shipped operation once as text and once by its trusted id, without an error", async () => {
    const { logger, lines } = capturingLogger();
    http = await startHttpServer({
      executor: testExecutor(),
      logger,
      host: "127.0.0.1",
      port: 0,
      settings: loadConfig({ NODE_ENV: "test", RATE_LIMIT_PER_MINUTE: "0" }).http,
    });
    expect(await http.warmUp()).toEqual({ requests: 2 * shipped, failed: 0 });
    // Told apart in the request log.
    const logged = lines.filter((line) => (line.req as { id?: string } | undefined)?.id);
    expect(logged.map((line) => (line.req as { id: string }).id)).toEqual(
      Array(2 * shipped).fill("warm-up"),
    );
  });

  it("sends only ids where only trusted documents are accepted", async () => {
    http = await startHttpServer({
      executor: testExecutor(),
      logger: createLogger("silent"),
      host: "127.0.0.1",
      port: 0,
      settings: loadConfig({
        NODE_ENV: "test",
        RATE_LIMIT_PER_MINUTE: "0",
        TRUSTED_DOCUMENTS_ONLY: "true",
      }).http,
    });
    expect(await http.warmUp()).toEqual({ requests: shipped, failed: 0 });
  });
});
