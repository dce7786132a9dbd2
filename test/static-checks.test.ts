/**
 * The code's own hygiene is part of the suite, so CI fails on it: Biome (lint + format, one
 * config) and a strict TypeScript check of every file.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../src/config/paths.ts";

/** The application's sources (src/ and the explorer's web/src/), tests and generated files aside. */
function sourceFiles(): string[] {
  return ["src", "web/src"]
    .flatMap((folder) =>
      readdirSync(join(paths.root, folder), { recursive: true, encoding: "utf8" }).map((file) =>
        join(paths.root, folder, file),
      ),
    )
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|__generated__/.test(file));
}

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

  it("comments in the sources carry no measured figures (they go stale; bench/*/README.md keeps them)", () => {
    const measured = /\b\d[\d,.]*\s?ms\b|\b\d+k\b/;
    const found: string[] = [];
    for (const file of sourceFiles()) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, index) => {
          const comment =
            /^\s*(?:\/\/|\/?\*)(.*)$/.exec(line)?.[1] ?? /\s\/\/(.*)$/.exec(line)?.[1];
          if (comment !== undefined && measured.test(comment))
            found.push(`${relative(paths.root, file)}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("tsc --noEmit passes in strict mode", () => {
    const result = run("tsc", ["--noEmit", "-p", "."]);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);
});
