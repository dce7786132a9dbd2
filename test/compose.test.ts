/**
 * docker-compose.yml cannot run here (no Docker engine), so a real compose implementation
 * validates it and we check the wiring: the pinned image, the health check, NEO4J_URI, the
 * non-root Neo4j and its generated password (the one-shot service's script runs here, in sh).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
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
    env: withoutPassword(),
  });
}

function withoutPassword(): NodeJS.ProcessEnv {
  const { NEO4J_PASSWORD: _ignored, ...env } = process.env;
  return env;
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
      expect(config).toMatch(
        /healthcheck:[\s\S]*NEO4J_PASSWORD="\$\$\(cat \/auth\/neo4j-password\)" cypher-shell -u neo4j/,
      );
      expect(config).toMatch(/NEO4J_URI: bolt:\/\/neo4j:7687/);
      expect(config).toMatch(/condition: service_healthy/);
    });
  },
);

describe("docker-compose.yml's Neo4j password and user", () => {
  const file = readFileSync(join(paths.root, "docker-compose.yml"), "utf8");
  /** The neo4j-password service's script, as compose hands it to sh. */
  const script = (/^ {6}- \|\n((?: {8}.*\n|\n)+)/m.exec(file)?.[1] ?? "")
    .replace(/^ {8}/gm, "")
    .replaceAll("$$", "$");

  function runScript(dir: string, password?: string) {
    const result = spawnSync("sh", ["-c", script.replace("cd /data", `cd '${dir}'`)], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, NEO4J_PASSWORD: password ?? "" },
    });
    return { status: result.status, out: result.stdout + result.stderr };
  }
  const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

  it("has no default password and runs Neo4j as the image's non-root user", () => {
    expect(file).not.toMatch(/\$\{NEO4J_PASSWORD:-[^}]/); // no fallback value
    expect(file).not.toMatch(/NEO4J_AUTH:/);
    expect(file).toMatch(/NEO4J_AUTH_PATH: \/auth\/neo4j-auth/);
    expect(file).toMatch(/NEO4J_PASSWORD_FILE: \/auth\/neo4j-password/);
    const neo4j = /^ {2}neo4j:\n((?: {4}.*\n|\n)+)/m.exec(file)?.[1] ?? "";
    expect(neo4j).toMatch(/^ {4}user: "7474:7474"$/m);
    expect(neo4j).toMatch(/neo4j-password:\n\s+condition: service_completed_successfully/);
  });

  it("generates a password per volume, keeps it, and prints it once with how to read it again", () => {
    const first = mkdtempSync(join(tmpdir(), "drg-compose-auth-"));
    const created = runScript(first);
    expect(created.status).toBe(0);
    const password = read(first, "neo4j-password").trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(read(first, "neo4j-auth")).toBe(`neo4j/${password}`);
    expect(statSync(join(first, "neo4j-password")).mode & 0o777).toBe(0o440);
    expect(created.out).toContain(password);
    expect(created.out).toContain("docker compose exec neo4j cat /auth/neo4j-password");

    const again = runScript(first);
    expect(again.status).toBe(0);
    expect(read(first, "neo4j-password").trim()).toBe(password);
    expect(again.out).not.toContain(password);

    const second = mkdtempSync(join(tmpdir(), "drg-compose-auth-"));
    expect(runScript(second).status).toBe(0);
    expect(read(second, "neo4j-password").trim()).not.toBe(password);
  });

  it("takes NEO4J_PASSWORD for a new volume, and refuses a different one later", () => {
    const dir = mkdtempSync(join(tmpdir(), "drg-compose-auth-"));
    const given = "given-by-the-operator-1";
    const created = runScript(dir, given);
    expect(created.status).toBe(0);
    expect(read(dir, "neo4j-auth")).toBe(`neo4j/${given}`);
    expect(created.out).not.toContain(given);
    expect(runScript(dir, given).status).toBe(0);
    const other = runScript(dir, "another-password-2");
    expect(other.status).toBe(1);
    expect(other.out).toMatch(/docker compose down -v/);
    expect(runScript(mkdtempSync(join(tmpdir(), "drg-compose-auth-")), "short").status).toBe(1);
  });
});

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
