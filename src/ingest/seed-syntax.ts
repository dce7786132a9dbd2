/**
 * The syntax of a seed file: Cypher restricted to what states facts, so that every fact a
 * file states can be read off the file, attributed to it (file:line) and checked before it
 * reaches the graph (docs/analysts.md, "Adding an article").
 *
 *   statement := clause+ ";"
 *   clause    := MERGE node | MERGE (a)-[r:TYPE {key: value}]->(b) | SET v.key = value, …
 *              | WITH v, …
 *   node      := (v:Label {id: "<prefix>:<slug>"})
 *   value     := "string" | 'string' | 12 | 2.5 | -0.3 | true | false | null
 *              | [value, …] | date("2007-05-28")
 *
 * A seed file stays valid Cypher that Neo4j runs as it is (cypher-shell or Browser); this
 * module only refuses what is not a statement of facts (MATCH, DELETE, expressions,
 * parameters), each with the line it is on.
 */

export class SeedSyntaxError extends Error {
  override name = "SeedSyntaxError";
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

type TokenKind = "word" | "string" | "number" | "punct" | "end";

interface Token {
  kind: TokenKind;
  text: string;
  /** For strings: the decoded value. */
  value?: string;
  line: number;
}

export type Literal =
  | { type: "string"; value: string }
  | { type: "integer"; value: bigint }
  | { type: "float"; value: number }
  | { type: "boolean"; value: boolean }
  | { type: "null" }
  | { type: "date"; value: string }
  | { type: "list"; items: Literal[] };

export interface NodePattern {
  variable?: string;
  label?: string;
  properties: PropertyEntry[];
  line: number;
}

export interface PropertyEntry {
  key: string;
  value: Literal;
  line: number;
}

export type Clause =
  | { kind: "mergeNode"; node: NodePattern; line: number }
  | {
      kind: "mergeRelationship";
      from: NodePattern;
      to: NodePattern;
      variable?: string;
      type: string;
      properties: PropertyEntry[];
      line: number;
    }
  | { kind: "set"; items: SetItem[]; line: number }
  | { kind: "with"; variables: string[]; line: number };

export interface SetItem {
  variable: string;
  key: string;
  value: Literal;
  line: number;
}

export interface SeedStatement {
  clauses: Clause[];
  line: number;
}

/** Parses a whole seed file; the first syntax error stops it, with its line. */
export function parseSeedFile(text: string): SeedStatement[] {
  const parser = new Parser(tokenize(text));
  const statements: SeedStatement[] = [];
  while (!parser.atEnd()) {
    const statement = parser.statement();
    if (statement) statements.push(statement);
  }
  return statements;
}

const PUNCTUATION = new Set([
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  ".",
  "=",
  ";",
  "-",
  ">",
  "<",
  "+",
  "$",
]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const length = text.length;
  while (i < length) {
    const c = text.charAt(i);
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (text.startsWith("//", i)) {
      while (i < length && text.charAt(i) !== "\n") i++;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) throw new SeedSyntaxError(line, "a /* comment is never closed");
      for (let j = i; j < end; j++) if (text.charAt(j) === "\n") line++;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const start = line;
      const [value, next, lines] = readString(text, i, start);
      tokens.push({ kind: "string", text: text.slice(i, next), value, line: start });
      line += lines;
      i = next;
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 64));
      const number = match?.[0] ?? c;
      tokens.push({ kind: "number", text: number, line });
      i += number.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256));
      const word = match?.[0] ?? c;
      tokens.push({ kind: "word", text: word, line });
      i += word.length;
    } else if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end === -1) throw new SeedSyntaxError(line, "a `quoted name` is never closed");
      tokens.push({ kind: "word", text: text.slice(i + 1, end), line });
      i = end + 1;
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ kind: "punct", text: c, line });
      i++;
    } else {
      throw new SeedSyntaxError(line, `unexpected character "${c}"`);
    }
  }
  tokens.push({ kind: "end", text: "end of file", line });
  return tokens;
}

const ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
};

/** Reads a Cypher string literal at `start`: its value, the index after it, newlines in it. */
function readString(text: string, start: number, line: number): [string, number, number] {
  const quote = text.charAt(start);
  let value = "";
  let lines = 0;
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === quote) return [value, i + 1, lines];
    if (c === "\n") lines++;
    if (c === "\\") {
      const next = text.charAt(i + 1);
      if (next === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex))
          throw new SeedSyntaxError(line + lines, `bad escape \\u${hex}`);
        value += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) throw new SeedSyntaxError(line + lines, `bad escape \\${next}`);
      value += escaped;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw new SeedSyntaxError(line, "a string is never closed");
}

const NOT_A_FACT =
  "a seed file states facts with MERGE, SET and WITH only (one-off changes of the model are migrations: cypher/migrations/)";

class Parser {
  private readonly tokens: Token[];
  private position = 0;

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  atEnd(): boolean {
    return this.peek().kind === "end";
  }

  /** One statement up to its `;` (or the end of the file); null for a lone `;`. */
  statement(): SeedStatement | null {
    if (this.takePunct(";")) return null;
    const line = this.peek().line;
    const clauses: Clause[] = [];
    while (!this.atEnd() && !this.isPunct(";")) clauses.push(this.clause());
    this.takePunct(";");
    return { clauses, line };
  }

  private clause(): Clause {
    const token = this.peek();
    const keyword = token.kind === "word" ? token.text.toUpperCase() : "";
    if (keyword === "MERGE") {
      this.next();
      return this.merge(token.line);
    }
    if (keyword === "SET") {
      this.next();
      const items = [this.setItem()];
      while (this.takePunct(",")) items.push(this.setItem());
      return { kind: "set", items, line: token.line };
    }
    if (keyword === "WITH") {
      this.next();
      const variables = [this.name("a variable")];
      while (this.takePunct(",")) variables.push(this.name("a variable"));
      return { kind: "with", variables, line: token.line };
    }
    if (token.kind === "word")
      throw new SeedSyntaxError(token.line, `${token.text}: ${NOT_A_FACT}`);
    throw new SeedSyntaxError(token.line, `expected MERGE, SET or WITH, found "${token.text}"`);
  }

  private merge(line: number): Clause {
    const from = this.nodePattern();
    if (this.isPunct("-") || this.isPunct("<")) {
      const incoming = this.takePunct("<");
      this.expectPunct("-");
      this.expectPunct("[");
      let variable: string | undefined;
      if (this.peek().kind === "word") variable = this.name("a variable");
      this.expectPunct(":");
      const type = this.name("a relationship type");
      const properties = this.isPunct("{") ? this.map() : [];
      this.expectPunct("]");
      this.expectPunct("-");
      if (!incoming) this.expectPunct(">");
      else if (this.isPunct(">"))
        throw new SeedSyntaxError(this.peek().line, "a relationship has one direction");
      const to = this.nodePattern();
      if (this.isPunct("-") || this.isPunct("<"))
        throw new SeedSyntaxError(this.peek().line, "MERGE one relationship at a time");
      return incoming
        ? { kind: "mergeRelationship", from: to, to: from, variable, type, properties, line }
        : { kind: "mergeRelationship", from, to, variable, type, properties, line };
    }
    return { kind: "mergeNode", node: from, line };
  }

  private nodePattern(): NodePattern {
    const line = this.expectPunct("(").line;
    const node: NodePattern = { properties: [], line };
    if (this.peek().kind === "word") node.variable = this.name("a variable");
    if (this.takePunct(":")) {
      node.label = this.name("a label");
      if (this.isPunct(":"))
        throw new SeedSyntaxError(this.peek().line, "a node has one label in a seed file");
    }
    if (this.isPunct("{")) node.properties = this.map();
    this.expectPunct(")");
    return node;
  }

  private map(): PropertyEntry[] {
    this.expectPunct("{");
    const entries: PropertyEntry[] = [];
    if (!this.isPunct("}")) {
      do {
        const line = this.peek().line;
        const key = this.name("a property name");
        this.expectPunct(":");
        entries.push({ key, value: this.literal(), line });
      } while (this.takePunct(","));
    }
    this.expectPunct("}");
    return entries;
  }

  private setItem(): SetItem {
    const line = this.peek().line;
    const variable = this.name("a variable");
    if (this.isPunct("+") || this.isPunct("="))
      throw new SeedSyntaxError(line, "SET one property at a time: v.key = value");
    this.expectPunct(".");
    const key = this.name("a property name");
    this.expectPunct("=");
    return { variable, key, value: this.literal(), line };
  }

  private literal(): Literal {
    const token = this.next();
    if (token.kind === "string") return { type: "string", value: token.value ?? "" };
    if (token.kind === "number") return numberLiteral(token.text, false);
    if (token.kind === "punct" && token.text === "-") {
      const number = this.next();
      if (number.kind !== "number")
        throw new SeedSyntaxError(token.line, "expected a number after -");
      return numberLiteral(number.text, true);
    }
    if (token.kind === "punct" && token.text === "[") {
      const items: Literal[] = [];
      if (!this.isPunct("]")) {
        do items.push(this.literal());
        while (this.takePunct(","));
      }
      this.expectPunct("]");
      return { type: "list", items };
    }
    if (token.kind === "word") {
      const word = token.text.toLowerCase();
      if (word === "true" || word === "false") return { type: "boolean", value: word === "true" };
      if (word === "null") return { type: "null" };
      if (word === "date") {
        this.expectPunct("(");
        const argument = this.next();
        if (argument.kind !== "string")
          throw new SeedSyntaxError(
            argument.line,
            'date() takes one ISO date string: date("2007-05-28")',
          );
        this.expectPunct(")");
        return { type: "date", value: argument.value ?? "" };
      }
    }
    throw new SeedSyntaxError(
      token.line,
      `expected a value (string, number, true, false, null, [list] or date("…")), found "${token.text}"`,
    );
  }

  private name(what: string): string {
    const token = this.next();
    if (token.kind !== "word")
      throw new SeedSyntaxError(token.line, `expected ${what}, found "${token.text}"`);
    return token.text;
  }

  private peek(): Token {
    return this.tokens[this.position] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.position++;
    return token;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === "punct" && token.text === text;
  }

  private takePunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.position++;
    return true;
  }

  private expectPunct(text: string): Token {
    const token = this.peek();
    if (!this.isPunct(text))
      throw new SeedSyntaxError(token.line, `expected "${text}", found "${token.text}"`);
    this.position++;
    return token;
  }
}

function numberLiteral(text: string, negative: boolean): Literal {
  if (/^[0-9]+$/.test(text)) {
    const value = BigInt(text);
    return { type: "integer", value: negative ? -value : value };
  }
  const value = Number(text);
  return { type: "float", value: negative ? -value : value };
}
