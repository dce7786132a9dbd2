/**
 * docker-compose.yml cannot run here (no Docker engine), so a real compose implementation
 * validates it and we check the wiring: the pinned image, the health check, NEO4J_URI.
 */
import { spawnSync } from "node:child_process";
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
