/**
 * Generated types must match the SDL contract and the operations: regenerate in memory with
 * the project's codegen.yml and compare with the committed files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, loadContext } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { paths } from "../config/paths.ts";

describe("generated code", () => {
  it("is what `npm run codegen` produces from schema/ and operations/ (run it if this fails)", async () => {
    const previous = process.cwd();
    process.chdir(paths.root);
    try {
      const context = await loadContext(join(paths.root, "codegen.yml"));
      const outputs = await generate(context, false);
      expect(outputs.length).toBeGreaterThanOrEqual(2);
      for (const output of outputs) {
        const committed = readFileSync(join(paths.root, output.filename), "utf8");
        expect(committed, `${output.filename} is out of date: run npm run codegen`).toBe(
          output.content,
        );
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
