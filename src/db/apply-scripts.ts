/**
 * Applies a Cypher script file (the schema, cypher/schema.cypher) in one write transaction,
 * so a failing statement rolls back everything the file did and the error names the file
 * and line. Seed files are not scripts run as they are: src/ingest/ applies their facts.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { Driver } from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { splitCypherScript } from "./cypher-script.ts";

export class ScriptError extends Error {
  override name = "ScriptError";
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, detail: string, options?: ErrorOptions) {
    super(`${file}:${line}: ${detail}`, options);
    this.file = file;
    this.line = line;
  }
}

export interface AppliedFile {
  file: string;
  statements: number;
  ms: number;
}

/** Applies `file`, or only its statements that `only` accepts. */
export async function applyScriptFile(
  driver: Driver,
  file: string,
  database: string | undefined,
  only: (cypher: string) => boolean = () => true,
): Promise<AppliedFile> {
  const shown = relative(paths.root, file) || file;
  const statements = splitCypherScript(readFileSync(file, "utf8")).filter((statement) =>
    only(statement.cypher),
  );
  const started = performance.now();
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements) {
        try {
          await tx.run(statement.cypher);
        } catch (error) {
          const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
          throw new ScriptError(shown, statement.line, message ?? "failed", { cause: error });
        }
      }
    });
  } finally {
    await session.close();
  }
  return { file: shown, statements: statements.length, ms: performance.now() - started };
}
