/**
 * Splits a Cypher script into statements with Neo4j's own Cypher lexer (from
 * @neo4j-cypher/language-support, the library behind Neo4j's editors), so semicolons inside
 * strings, comments and backticks never split a statement. Each statement keeps the line it
 * starts on, for error messages that point into the file.
 */
import { parseStatementsStrs } from "@neo4j-cypher/language-support";

export interface ScriptStatement {
  cypher: string;
  /** 1-based line of the statement's first token that is not a comment or blank. */
  line: number;
}

export function splitCypherScript(text: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let offset = 0;
  for (const chunk of parseStatementsStrs(text)) {
    const chunkStart = text.indexOf(chunk, offset);
    const start = chunkStart === -1 ? offset : chunkStart;
    offset = start + chunk.length;
    const body = stripComments(chunk).trim().replace(/;$/, "").trim();
    if (!body) continue;
    const firstCode = start + firstCodeOffset(chunk);
    statements.push({ cypher: chunk.trim().replace(/;$/, ""), line: lineAt(text, firstCode) });
  }
  return statements;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Offset of the first character that is neither white space nor inside a comment. */
function firstCodeOffset(chunk: string): number {
  let i = 0;
  while (i < chunk.length) {
    if (/\s/.test(chunk.charAt(i))) i++;
    else if (chunk.startsWith("//", i)) i = nextLine(chunk, i);
    else if (chunk.startsWith("/*", i))
      i = chunk.indexOf("*/", i + 2) === -1 ? chunk.length : chunk.indexOf("*/", i + 2) + 2;
    else return i;
  }
  return i;
}

function nextLine(chunk: string, from: number): number {
  const end = chunk.indexOf("\n", from);
  return end === -1 ? chunk.length : end + 1;
}

function stripComments(chunk: string): string {
  return chunk.slice(firstCodeOffset(chunk));
}
