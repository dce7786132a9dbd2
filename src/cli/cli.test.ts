/**
 * The analysts' command-line tools, run as analysts run them (a child process, Node 24)
 * against the run's seeded Neo4j through NEO4J_URI.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { neo4jConnection } from "../../test/support/neo4j.ts";
import { paths } from "../config/paths.ts";
import { loadLibrary } from "../queries/library.ts";

function cli(script: string, args: string[]) {
  const c = neo4jConnection();
  const result = spawnSync(process.execPath, [`src/cli/${script}.ts`, ...args], {
    cwd: paths.root,
    encoding: "utf8",
    env: {
      ...process.env,
      NEO4J_URI: c.uri,
      NEO4J_USERNAME: c.username,
      NEO4J_PASSWORD: c.password,
      ...(c.database ? { NEO4J_DATABASE: c.database } : {}),
    },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run query", () => {
  it("prints a library query's rows as a table", () => {
    const result = cli("query", [
      "meetings-between",
      "a=person:ryan-crocker",
      "b=person:hassan-kazemi-qomi",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Which meetings did two actors both take part in?");
    expect(result.stdout).toContain("meeting:us-iran-iraq-talks-round-1");
    expect(result.stdout).toMatch(/\(2 rows\)/);
  });

  it("prints JSON with --json", () => {
    const result = cli("query", ["person-counterparts", "person=person:ryan-crocker", "--json"]);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(JSON.stringify(rows[0])).toContain("Hassan Kazemi Qomi");
  });

  it("names the missing parameter and shows the example", () => {
    const result = cli("query", ["meetings-between", "a=person:ryan-crocker"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/meetings-between needs b/);
    expect(result.stderr).toMatch(/example: npm run query -- meetings-between a=/);
  });

  it("rejects an unknown query name and lists the available ones", () => {
    const result = cli("query", ["no-such-query"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/No query named "no-such-query"\. Available: .*meetings-between/);
  });

  it("rejects a parameter the query does not take", () => {
    const result = cli("query", ["relayed-statements", "x=1"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/relayed-statements has no parameter x; it takes: no parameters/);
  });

  it("lists the library when called without a name", () => {
    const result = cli("query", []);
    expect(result.status).toBe(0);
    for (const query of loadLibrary()) expect(result.stdout).toContain(query.name);
  });
});

describe("the query library headers", () => {
  it("every file has a name matching the file, a question, parameters and a runnable example", () => {
    const library = loadLibrary();
    expect(library.length).toBeGreaterThanOrEqual(8);
    for (const query of library) {
      expect(query.question).toMatch(/\?$/);
      expect(query.example.startsWith(`npm run query -- ${query.name}`)).toBe(true);
      for (const param of query.params) {
        expect(query.example, `${query.name}: example sets ${param.name}`).toContain(
          `${param.name}=`,
        );
        expect(query.cypher, `${query.name}: uses $${param.name}`).toContain(`$${param.name}`);
      }
    }
  });
});

describe("npm run seed", () => {
  it("applies schema and seeds with progress and prints counts by label and type", () => {
    const result = cli("seed", []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/applied cypher\/schema\.cypher/);
    expect(result.stdout).toMatch(/applied seeds\/05-article-004/);
    expect(result.stdout).toContain("Nodes by label");
    expect(result.stdout).toMatch(/Person\s*│\s*13/);
    expect(result.stdout).toContain("Relationships by type");
    expect(result.stdout).toMatch(/REPORTED_BY/);
  });
});
