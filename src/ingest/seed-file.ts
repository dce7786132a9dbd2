/**
 * A seed file as the applier sees it: its name (its path under the seeds folder, which is
 * its identity in the graph), its content hash, and the facts it states.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type FactSet, factsOf } from "./facts.ts";
import { parseSeedFile, SeedSyntaxError } from "./seed-syntax.ts";

export interface SeedFile {
  name: string;
  hash: string;
  facts: FactSet;
  syntaxError?: SeedSyntaxError;
  /** "// check: <new id> is distinct from <other id>" lines: namesakes the author vouches for. */
  distinct: ReadonlyMap<string, ReadonlySet<string>>;
}

export function readSeedText(name: string, text: string): SeedFile {
  const hash = createHash("sha256").update(text).digest("hex");
  const distinct = distinctDirectives(text);
  try {
    return { name, hash, facts: factsOf(parseSeedFile(text)), distinct };
  } catch (error) {
    if (!(error instanceof SeedSyntaxError)) throw error;
    return { name, hash, facts: { facts: new Map(), conflicts: [] }, syntaxError: error, distinct };
  }
}

/** The retraction of a file that is gone: it states nothing. */
export function emptySeedFile(name: string): SeedFile {
  return { name, hash: "", facts: { facts: new Map(), conflicts: [] }, distinct: new Map() };
}

function distinctDirectives(text: string): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const match of text.matchAll(/^\s*\/\/\s*check:\s*(\S+)\s+is distinct from\s+(\S+)\s*$/gm)) {
    const [, id = "", other = ""] = match;
    const set = pairs.get(id) ?? new Set<string>();
    set.add(other);
    pairs.set(id, set);
  }
  return pairs;
}

/** The seed files of a folder, in name order: `*.cypher` directly inside it. */
export function seedFilesIn(directory: string): SeedFile[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".cypher"))
    .sort()
    .map((name) => readSeedText(name, readFileSync(join(directory, name), "utf8")));
}
