/**
 * SIGTERM to a running `npm start` while requests are in flight: every accepted request
 * gets its complete answer, new connections are refused, and the process exits 0.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { paths } from "../../src/config/paths.ts";
import { freePort } from "../../src/db/embedded/launcher.ts";
import { neo4jConnection } from "../support/neo4j.ts";

const ACTOR_PAGE = `{ person(id: "person:ryan-crocker") {
  name
  meetings { edges { node { id participants { person { name } } statements { text sources { excerpt } } } } }
} }`;

describe("graceful shutdown", () => {
  it("answers every request in flight during SIGTERM, then refuses new ones and exits 0", async () => {
    const c = neo4jConnection();
    const port = await freePort();
    const api = spawn(process.execPath, ["src/main.ts"], {
      cwd: paths.root,
      env: {
        ...process.env,
        NEO4J_URI: c.uri,
        NEO4J_USERNAME: c.username,
        NEO4J_PASSWORD: c.password,
        SEED_ON_START: "false",
        PORT: String(port),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => api.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: api.stdout }).on("line", (line) => {
        if (line.includes("GraphQL API ready")) resolve();
      });
      void exited.then((code) => reject(new Error(`API exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;

    let completed = 0;
    const requests = Array.from({ length: 30 }, () =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: ACTOR_PAGE }),
      }).then(async (response) => {
        const body: unknown = await response.json();
        completed++;
        return { status: response.status, body };
      }),
    );
    // Signal as soon as the first answer arrives: the server is working on the others then,
    // however fast the machine is.
    await Promise.race(requests);
    api.kill("SIGTERM");
    const inFlightAtSignal = 30 - completed;

    const answers = await Promise.all(requests);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).not.toHaveProperty("errors");
      expect(answer.body).toMatchObject({ data: { person: { name: "Ryan Crocker" } } });
    }
    expect(inFlightAtSignal).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    await expect(fetch(url, { method: "POST" })).rejects.toThrow();
  }, 60_000);
});
