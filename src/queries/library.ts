/**
 * The analyst query library: one parameterized query per file in cypher/queries/, with a
 * header the tools read:
 *   // name: meetings-between
 *   // question: Which meetings did two actors both take part in?
 *   // params: a (id of a person, organization or country), b (same)
 *   // example: npm run query -- meetings-between a=person:ryan-crocker b=...
 * A parameter written `name?` may be left out (it is then null). A query whose answer grows
 * with the corpus comes a page at a time, as the API's lists do, and says so:
 *   // pages: after=meeting limit=100
 * (optional `after` and `limit` parameters; the next page starts after the last row's
 * `meeting`; 100 rows unless `limit` says otherwise, at most MAX_PAGE).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../config/paths.ts";

export interface LibraryQuery {
  name: string;
  question: string;
  params: Array<{ name: string; description: string; optional: boolean }>;
  example: string;
  cypher: string;
  file: string;
  /** For a paged query: the column whose last value starts the next page, and the page size. */
  pages?: { after: string; limit: number };
}

/** The largest page a library query returns (`limit`), as the API caps `first`. */
export const MAX_PAGE = 1000;

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
  const params = paramsLine === "none" ? [] : splitTopLevel(paramsLine).map(parseParam(file));
  const pagesLine = /^\/\/\s*pages:\s*(.+)$/m.exec(text)?.[1]?.trim();
  const query: LibraryQuery = {
    name,
    question: header("question"),
    params,
    example: header("example"),
    cypher: text,
    file,
  };
  if (pagesLine === undefined) return query;
  const pages = /^after=(\w+)\s+limit=(\d+)$/.exec(pagesLine);
  if (!pages?.[1] || !pages[2])
    throw new LibraryError(
      `${file}: the pages line must read "// pages: after=<column> limit=<n>"`,
    );
  for (const needed of ["after", "limit"]) {
    if (!params.some((param) => param.name === needed && param.optional))
      throw new LibraryError(`${file}: a paged query takes an optional "${needed}?" parameter`);
  }
  return { ...query, pages: { after: pages[1], limit: Number(pages[2]) } };
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
    const match = /^([A-Za-z_]\w*)(\?)?\s*(?:\((.*)\))?$/.exec(part);
    if (!match?.[1])
      throw new LibraryError(`${file}: cannot read the parameter "${part}" in the params line`);
    return { name: match[1], description: match[3] ?? "", optional: match[2] === "?" };
  };
}

/**
 * Checks `key=value` arguments against the query's parameters; all are strings, and an
 * optional parameter left out is null (Neo4j needs every parameter a query names).
 */
export function bindParams(query: LibraryQuery, args: string[]): Record<string, string | null> {
  const params: Record<string, string | null> = {};
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
  const limit = params.limit;
  if (query.pages && limit !== undefined && limit !== null) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE)
      throw new LibraryError(
        `${query.name}: limit=${limit.slice(0, 20)} is not a whole number from 1 to ${MAX_PAGE}`,
      );
  }
  Object.assign(params, withOptionalParams(query, params));
  const missing = query.params.filter((param) => !(param.name in params));
  if (missing.length) {
    throw new LibraryError(
      `${query.name} needs ${missing.map((param) => `${param.name} (${param.description})`).join(", ")}\nexample: ${query.example}`,
    );
  }
  return params;
}

/** The parameters with every optional one the caller left out set to null. */
export function withOptionalParams<Value>(
  query: LibraryQuery,
  params: Record<string, Value>,
): Record<string, Value | null> {
  const all: Record<string, Value | null> = { ...params };
  for (const param of query.params) {
    if (param.optional && !(param.name in all)) all[param.name] = null;
  }
  return all;
}

function describeParams(query: LibraryQuery): string {
  return query.params.length ? query.params.map((param) => param.name).join(", ") : "no parameters";
}

/** The parameters the header's example passes (`key=value` after the query's name). */
export function exampleParams(query: LibraryQuery): Record<string, string | null> {
  const [, args = ""] = query.example.split(`npm run query -- ${query.name}`);
  return bindParams(query, args.trim().split(/\s+/).filter(Boolean));
}
