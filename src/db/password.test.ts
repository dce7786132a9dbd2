import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDirPassword, passwordFile, readPassword } from "./password.ts";

const freshDir = () => join(mkdtempSync(join(tmpdir(), "drg-password-")), "neo4j");

describe("a data directory's Neo4j password", () => {
  it("is generated on first use, kept readable by its owner only, and logged once", () => {
    const dir = freshDir();
    const lines: string[] = [];
    expect(readPassword(dir)).toBeUndefined();
    const password = dataDirPassword(dir, (line) => lines.push(line));
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(passwordFile(dir), "utf8")).toBe(`${password}\n`);
    expect(statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
    expect(lines.join("\n")).toContain(password);
    expect(lines.join("\n")).toContain(`cat ${passwordFile(dir)}`);

    expect(dataDirPassword(dir, (line) => lines.push(line))).toBe(password);
    expect(readPassword(dir)).toBe(password);
    expect(lines).toHaveLength(1);
  });

  it("differs from one data directory to the next", () => {
    const passwords = new Set(
      Array.from({ length: 5 }, () => dataDirPassword(freshDir(), () => {})),
    );
    expect(passwords.size).toBe(5);
  });
});
