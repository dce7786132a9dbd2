/**
 * docker-compose.yml cannot run here (no Docker engine), so a real compose implementation
 * validates it and we check the wiring: the pinned image, the health check, NEO4J_URI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { neo4jImage } from "../src/config/neo4j-version.ts";
import { paths } from "../src/config/paths.ts";

function composeCommand(): string[] | undefined {
  if (spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0)
    return ["docker", "compose"];
  if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0)
    return ["docker-compose"];
  return undefined;
}

const compose = composeCommand();

function runCompose(args: string[]) {
  const [command, ...prefix] = compose as string[];
  return spawnSync(command as string, [...prefix, ...args], {
    cwd: paths.root,
    encoding: "utf8",
    env: { ...process.env, NEO4J_PASSWORD: "compose-pass" },
  });
}

describe.skipIf(!compose)(
  `docker-compose.yml (${compose ? compose.join(" ") : "skipped: no compose implementation installed"})`,
  () => {
    it("is valid for a real compose implementation", () => {
      const result = runCompose(["config", "-q"]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    });

    it("runs the pinned Neo4j image with a health check and wires the API to it by NEO4J_URI", () => {
      const config = runCompose(["config"]).stdout;
      expect(config).toContain(`image: ${neo4jImage()}`);
      expect(config).toMatch(/healthcheck:[\s\S]*cypher-shell -u neo4j -p 'compose-pass'/);
      expect(config).toMatch(/NEO4J_URI: bolt:\/\/neo4j:7687/);
      expect(config).toMatch(/condition: service_healthy/);
    });
  },
);

describe("Dockerfile", () => {
  const dockerfile = readFileSync(join(paths.root, "Dockerfile"), "utf8");
  const instructions = dockerfile
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));

  it("is multi-stage and runs the API as a non-root user", () => {
    expect(instructions.filter((line) => line.startsWith("FROM ")).length).toBeGreaterThanOrEqual(
      2,
    );
    const lastFrom = instructions.map((line) => line.startsWith("FROM ")).lastIndexOf(true);
    const runtime = instructions.slice(lastFrom);
    expect(runtime).toContain("USER node");
    expect(runtime.at(-1)).toBe('CMD ["node", "src/main.ts"]');
  });

  it("copies only paths that exist in the repository", () => {
    const sources = instructions
      .filter((line) => line.startsWith("COPY ") && !line.includes("--from="))
      .flatMap((line) => line.slice(5).trim().split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(existsSync(join(paths.root, source)), source).toBe(true);
  });
});
