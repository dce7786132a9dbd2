/**
 * Generated types must match the SDL contract and the operations: the project's codegen.yml
 * run in check mode (`graphql-codegen --check`: generates in memory, writes nothing, fails
 * naming every stale file). In a process of its own: the test run shares modules between
 * files (vitest.config.ts, isolate: false), and codegen must see graphql exactly as
 * `npm run codegen` does.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../config/paths.ts";

describe("generated code", () => {
  it("is what `npm run codegen` produces from schema/ and operations/ (run it if this fails)", () => {
    const check = spawnSync(
      process.execPath,
      [
        join(paths.root, "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js"),
        "--config",
        "codegen.yml",
        "--check",
      ],
      { cwd: paths.root, encoding: "utf8", timeout: 60_000 },
    );
    const output = `${check.stdout}${check.stderr}`;
    expect(output, "stale generated files: run npm run codegen").not.toContain(
      "stale files were detected",
    );
    expect(check.status, output).toBe(0);
  }, 60_000);
});
