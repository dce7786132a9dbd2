/**
 * The analysts' command-line tools, run as analysts run them (a child process, Node 24)
 * against the run's seeded Neo4j through NEO4J_URI.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neo4jConnection } from "../../test/support/neo4j.ts";
import { paths } from "../config/paths.ts";
import { loadLibrary } from "../queries/library.ts";

function cli(script: string, args: string[], input?: string) {
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
    input,
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
    expect(result.stdout).toContain("Which meetings did two actors both take part in");
    expect(result.stdout).toContain("meeting:us-iran-iraq-talks-round-1");
    expect(result.stdout).toMatch(/\(3 rows\)/);
  });

  it("prints JSON with --json", () => {
    const result = cli("query", ["person-counterparts", "person=person:ryan-crocker", "--json"]);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(JSON.stringify(rows[0])).toContain("Hassan Kazemi Qomi");
  });

  it("prints RFC 4180 CSV with --csv that a CSV parser reads back column for column", () => {
    const result = cli("query", ["meetings-between", "a=country:USA", "b=country:IRN", "--csv"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\uFEFFmeeting,title,status,dateStart,dateEnd,datePrecision,/);
    expect(result.stdout).toContain("\r\n");
    const records = parse(result.stdout, { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    expect(Object.keys(records[0] ?? {})).toEqual([
      "meeting",
      "title",
      "status",
      "dateStart",
      "dateEnd",
      "datePrecision",
      "dateText",
      "round",
      "place",
      "participants",
      "cameo",
      "goldstein",
    ]);
    expect(records).toHaveLength(4);
    // Commas in a title and in a flattened list survive the round trip; en dashes stay UTF-8;
    // a code keeps its leading zero as the text formula ="044".
    expect(records[0]?.title).toBe("US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi");
    expect(records[0]?.participants?.split(" | ")).toContain(
      "Ryan Crocker (United States ambassador to Iraq) for United States",
    );
    expect(records[0]?.cameo).toBe('="044"');
    expect([records[1]?.dateStart, records[1]?.dateEnd]).toEqual(["2007-07-01", "2007-07-31"]);
  });

  it("prints whole values with --full, cut ones without", () => {
    const args = ["shortest-connection", "a=person:mohammad-khatami", "b=person:ryan-crocker"];
    const cut = cli("query", args);
    const full = cli("query", [...args, "--full"]);
    expect(full.status).toBe(0);
    expect(cut.stdout).toContain("…");
    expect(full.stdout).toContain("position “President of Iran”");
    const fullRows = full.stdout.split("\n").filter((line) => line.includes("HELD_POSITION"));
    expect(new Set(fullRows).size).toBe(fullRows.length);
  });

  it("runs one query per stdin line over one connection, naming the line of a bad one", () => {
    const ok = cli(
      "query",
      ["--stdin", "--json", "--timing"],
      "find-meetings q=US-Iran\n# a comment\nstatements-for actor=country:IRN\n",
    );
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/query find-meetings \(4 rows\)/);
    expect(ok.stderr).toMatch(/resolving and connecting to Neo4j/);
    const bad = cli("query", ["--stdin"], "find-meetings q=x\nno-such-query\n");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/stdin:2: No query named "no-such-query"/);
  });

  it("names the query, its stdin line and Neo4j's reason when Neo4j refuses a parameter", () => {
    const alone = cli("query", ["positions-at", "person=person:ryan-crocker", "at=garbage"]);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toMatch(/^positions-at: .*\nText cannot be parsed to a Date\n"garbage"/m);
    const lines = cli(
      "query",
      ["--stdin", "--json"],
      "talks-rounds meeting=meeting:us-iran-iraq-talks-round-1\npositions-at person=person:ryan-crocker at=garbage\n",
    );
    expect(lines.status).toBe(1);
    expect(JSON.parse(lines.stdout.slice(0, lines.stdout.lastIndexOf("]") + 1))).not.toEqual([]);
    expect(lines.stderr).toMatch(/^stdin:2: positions-at: .*\nText cannot be parsed to a Date/m);
  });

  it("names the missing parameter and shows the example", () => {
    const result = cli("query", ["meetings-between", "a=person:ryan-crocker"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/meetings-between needs b/);
    expect(result.stderr).toMatch(/example: npm run query -- meetings-between a=/);
  });

  it("says how to ask for the next page after a full page, and refuses a limit out of range", () => {
    const full = cli("query", ["meetings-between", "a=country:USA", "b=country:IRN", "limit=2"]);
    expect(full.status).toBe(0);
    expect(full.stderr).toMatch(
      /a full page of 2 rows: more may follow; the next page: add after=meeting:[\w-]+/,
    );
    const next = /after=(meeting:[\w-]+)/.exec(full.stderr)?.[1] ?? "";
    const second = cli("query", [
      "meetings-between",
      "a=country:USA",
      "b=country:IRN",
      `after=${next}`,
      "--json",
    ]);
    expect(second.status).toBe(0);
    const rows = JSON.parse(second.stdout) as Array<{ meeting: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.meeting)).not.toContain(next);

    const bad = cli("query", ["meetings-between", "a=country:USA", "b=country:IRN", "limit=0"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/limit=0 is not a whole number from 1 to 1000/);
  });

  it("rejects an unknown query name and lists the available ones", () => {
    const result = cli("query", ["no-such-query"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/No query named "no-such-query"\. Available: .*meetings-between/);
  });

  it("rejects a parameter the query does not take", () => {
    // (relayed-statements, the example here before, now takes after and limit.)
    const result = cli("query", ["relayed-statements", "x=1"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/relayed-statements has no parameter x; it takes: after, limit/);
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
        // An optional parameter (a page's after and limit) may be left out of the example.
        if (!param.optional)
          expect(query.example, `${query.name}: example sets ${param.name}`).toContain(
            `${param.name}=`,
          );
        expect(query.cypher, `${query.name}: uses $${param.name}`).toContain(`$${param.name}`);
      }
    }
  });
});

describe("npm run seed", () => {
  it("applies only what changed (nothing on the seeded graph) and prints counts by label and type", () => {
    const result = cli("seed", []);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("seeds: every file is applied; nothing to do");
    expect(result.stdout).toContain("Nodes by label");
    expect(result.stdout).toMatch(/Person\s*│\s*13/);
    expect(result.stdout).toContain("Relationships by type");
    expect(result.stdout).toMatch(/REPORTED_BY/);
  });

  it("--status lists every seed file with its state, when and by whom it was applied", () => {
    const result = cli("seed", ["--status"]);
    expect(result.status).toBe(0);
    for (const file of readdirSync(paths.seeds).filter((name) => name.endsWith(".cypher")))
      expect(result.stdout).toMatch(
        new RegExp(`${file.replaceAll(".", "\\.")}'\\s*│\\s*'applied'`),
      );
    expect(result.stdout).toContain("every seed file is applied");
  });

  it("--check passes the project's files and names file:line and rule of a broken one, exit 1", () => {
    const ok = cli("seed", ["--check"]);
    expect(ok.stderr).not.toMatch(/\[\w+(-\w+)*\]$/m);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/\d+ file\(s\) checked: no problems/);

    const dir = mkdtempSync(join(tmpdir(), "drg-seed-check-"));
    mkdirSync(join(dir, "articles"));
    cpSync(join(paths.seeds, "articles"), join(dir, "articles"), { recursive: true });
    const name = "04-article-003-zarif-kerry.cypher";
    const text = readFileSync(join(paths.seeds, name), "utf8");
    const broken = text.replace(
      'REPORTED_BY {excerpt: "به گزارش عصرایران، این دیدار در محل اقامتگاه',
      'REPORTED_BY {excerpt: "به گزارش عصرایران، این دیدار در محل اقامتگاهِ',
    );
    expect(broken).not.toBe(text);
    writeFileSync(join(dir, name), broken);
    const line = broken.split("\n").findIndex((l) => l.includes("اقامتگاهِ")) + 1;
    const result = cli("seed", ["--check", join(dir, name)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `${name.replaceAll(".", "\\.")}:${line}: the excerpt is not verbatim in 003_068be423bd4cb168\\.txt.*\\[excerpt\\]`,
      ),
    );
    expect(result.stderr).toContain("1 problem(s) in 1 file(s)");
  });

  it("--dry-run on an applied graph has nothing to do and writes nothing", () => {
    const result = cli("seed", ["--dry-run"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("nothing to do");
    expect(result.stdout).toContain("nothing was written");
  });
});
