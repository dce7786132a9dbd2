/**
 * The code's own hygiene is part of the suite, so CI fails on it: Biome (lint + format, one
 * config) and a strict TypeScript check of every file.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../src/config/paths.ts";

function run(bin: string, args: string[]) {
  return spawnSync(join(paths.root, "node_modules", ".bin", bin), args, {
    cwd: paths.root,
    encoding: "utf8",
  });
}

describe("static checks", () => {
  it("biome finds no lint or format problems (fix with npm run format)", () => {
    const result = run("biome", ["check", "--reporter=summary", "."]);
    expect(result.stdout + result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  }, 60_000);

  it("tsc --noEmit passes in strict mode", () => {
    const result = run("tsc", ["--noEmit", "-p", "."]);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);
});
