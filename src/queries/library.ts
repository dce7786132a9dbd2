/**
 * The analyst query library: one parameterized query per file in cypher/queries/, with a
 * header the tools read:
 *   // name: meetings-between
 *   // question: Which meetings did two actors both take part in?
 *   // params: a (id of a person, organization or country), b (same)
 *   // example: npm run query -- meetings-between a=person:ryan-crocker b=...
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../config/paths.ts";

export interface LibraryQuery {
  name: string;
  question: string;
  params: Array<{ name: string; description: string }>;
  example: string;
  cypher: string;
  file: string;
}

export class LibraryError extends Error {
  override name = "LibraryError";
}

export function loadLibrary(directory = paths.queries): LibraryQuery[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) =>
      parseQueryFile(join(directory, file), readFileSync(join(directory, file), "utf8")),
    );
}

export function parseQueryFile(file: string, text: string): LibraryQuery {
  const header = (key: string) => {
    const match = new RegExp(`^//\\s*${key}:\\s*(.+)$`, "m").exec(text);
    if (!match?.[1]) throw new LibraryError(`${file}:1: the header has no "// ${key}:" line`);
    return match[1].trim();
  };
  const name = header("name");
  const expected = file
    .split("/")
    .at(-1)
    ?.replace(/\.cypher$/, "");
  if (name !== expected)
    throw new LibraryError(`${file}:1: name "${name}" does not match the file name`);
  const paramsLine = header("params");
  return {
    name,
    question: header("question"),
    params: paramsLine === "none" ? [] : splitTopLevel(paramsLine).map(parseParam(file)),
    example: header("example"),
    cypher: text,
    file,
  };
}

/** "a (id, or b), b (same)" → ["a (id, or b)", "b (same)"]: commas inside parentheses stay. */
function splitTopLevel(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of line) {
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else {
      current += char;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function parseParam(file: string) {
  return (part: string) => {
    const match = /^([A-Za-z_]\w*)\s*(?:\((.*)\))?$/.exec(part);
    if (!match?.[1])
      throw new LibraryError(`${file}: cannot read the parameter "${part}" in the params line`);
    return { name: match[1], description: match[2] ?? "" };
  };
}

/** Checks `key=value` arguments against the query's parameters; all are strings. */
export function bindParams(query: LibraryQuery, args: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new LibraryError(`"${arg}" is not key=value`);
    params[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  const known = new Set(query.params.map((param) => param.name));
  const unknown = Object.keys(params).filter((key) => !known.has(key));
  if (unknown.length) {
    throw new LibraryError(
      `${query.name} has no parameter ${unknown.join(", ")}; it takes: ${describeParams(query)}\nexample: ${query.example}`,
    );
  }
  const missing = query.params.filter((param) => !(param.name in params));
  if (missing.length) {
    throw new LibraryError(
      `${query.name} needs ${missing.map((param) => `${param.name} (${param.description})`).join(", ")}\nexample: ${query.example}`,
    );
  }
  return params;
}

function describeParams(query: LibraryQuery): string {
  return query.params.length ? query.params.map((param) => param.name).join(", ") : "no parameters";
}

/** The parameters the header's example passes (`key=value` after the query's name). */
export function exampleParams(query: LibraryQuery): Record<string, string> {
  const [, args = ""] = query.example.split(`npm run query -- ${query.name}`);
  return bindParams(query, args.trim().split(/\s+/).filter(Boolean));
}
