import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/index.ts";
import { dataDirPassword } from "./password.ts";
import { resolveNeo4j } from "./resolve.ts";

const settings = (env: Record<string, string>) => loadConfig(env).neo4j;
const quiet = () => {};

describe("NEO4J_URI without NEO4J_PASSWORD", () => {
  it("is refused for a server elsewhere: there is no default password to send it", async () => {
    await expect(
      resolveNeo4j(settings({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }), quiet),
    ).rejects.toThrowError(/NEO4J_PASSWORD: required with NEO4J_URI/);
  });

  it("on this machine uses the password of the embedded Neo4j's data directory", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "drg-resolve-")), "neo4j");
    const env = { NEO4J_URI: "bolt://127.0.0.1:7687", NEO4J_DATA_DIR: dataDir };
    await expect(resolveNeo4j(settings(env), quiet)).rejects.toThrowError(
      new RegExp(`${join(dataDir, "neo4j-password")} .* does not exist`),
    );
    const password = dataDirPassword(dataDir, quiet);
    const target = await resolveNeo4j(settings(env), quiet);
    expect(target.password).toBe(password);
    expect(
      (await resolveNeo4j(settings({ ...env, NEO4J_PASSWORD: "given-123" }), quiet)).password,
    ).toBe("given-123");
  });
});
