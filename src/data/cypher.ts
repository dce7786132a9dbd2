/**
 * Small shared Cypher fragments. Labels here come only from the fixed set in ids.ts.
 * Chronological order is the stored `sortKey` (date, undated last, then id), name order the
 * stored `nameKey`: see cypher/derived.cypher.
 */
import { type RecordLabel, recordProperties } from "./records.ts";

/**
 * Projects a node into the map records.ts parses. Given the label(s) the query's pattern
 * guarantees, only the properties those records read: a page's maps then carry no sort keys,
 * search keys or date maps, which the driver would decode for nothing (decoding is most of a
 * page's cost: bench/scale/README.md).
 * One label also names the type (`__typename`); several send the node's labels to tell.
 * Without labels: every property (`n {.*, __labels: labels(n)}`).
 */
export function node(variable: string, labels?: RecordLabel | readonly RecordLabel[]): string;
export function node<N extends string>(
  variable: Variable<N>,
  labels?: RecordLabel | readonly RecordLabel[],
): Part<N, never>;
export function node<N extends string>(
  variable: Local<N>,
  labels?: RecordLabel | readonly RecordLabel[],
): Part<never, N>;
export function node(
  variable: string | Variable<string> | Local<string>,
  labels?: RecordLabel | readonly RecordLabel[],
): string | Part {
  if (typeof variable !== "string") {
    const text = node(variable.name, labels);
    const names = new Set([variable.name]);
    return variable.kind === "variable"
      ? { kind: "part", text, needs: names, locals: new Set() }
      : { kind: "part", text, needs: new Set(), locals: names };
  }
  if (labels === undefined) return `${variable} {.*, __labels: labels(${variable})}`;
  const all: readonly RecordLabel[] = typeof labels === "string" ? [labels] : labels;
  const properties = [...new Set(all.flatMap(recordProperties))].map((key) => `.${key}`);
  const type =
    typeof labels === "string" ? `__typename: '${labels}'` : `__labels: labels(${variable})`;
  return `${variable} {${[...properties, type].join(", ")}}`;
}

/**
 * Cypher composed from typed parts (issue 23): a part is text plus the variables it reads
 * from the scope it is put in (`Needs`) and those it binds in subqueries of its own
 * (`Locals`). Where parts are put together (./lists/keyset.ts) the types check that every
 * variable a part needs is bound there, and that no local of a part has the name of a
 * variable bound around it: Cypher would not make it local then, it would join on the outer
 * one, silently. The same checks run when a query is built, for parts whose types were
 * widened. Text that is not a variable (labels, relationship types, keywords) is fixed text
 * of the parts, never request data: values travel as parameters.
 */

/** A variable the surrounding query binds: `item`, `req`, `anchor`, `r`, … */
export interface Variable<N extends string> {
  readonly kind: "variable";
  readonly name: N;
}

/** A variable a part binds inside a subquery of its own (`EXISTS { MATCH (item)-[t]->() … }`). */
export interface Local<N extends string> {
  readonly kind: "local";
  readonly name: N;
}

export interface Part<Needs extends string = string, Locals extends string = string> {
  readonly kind: "part";
  readonly text: string;
  readonly needs: ReadonlySet<string>;
  readonly locals: ReadonlySet<string>;
  /** Type-level only. */
  readonly types?: { needs: Needs; locals: Locals };
}

export const variable = <const N extends string>(name: N): Variable<N> => ({
  kind: "variable",
  name,
});
export const local = <const N extends string>(name: N): Local<N> => ({ kind: "local", name });

/** A map's field as an expression: `req.participants`, for the keys of `T` only. */
export interface MapVariable<N extends string, T> extends Variable<N> {
  field<K extends keyof T & string>(key: K): Part<N, never>;
}

export function mapVariable<T>() {
  return <const N extends string>(name: N): MapVariable<N, T> => ({
    kind: "variable",
    name,
    field: (key) => ({
      kind: "part",
      text: `${name}.${key}`,
      needs: new Set([name]),
      locals: new Set(),
    }),
  });
}

type Piece = Variable<string> | Local<string> | Part<string, string> | string | number;

type NeedsOf<P> = P extends Variable<infer N> ? N : P extends Part<infer N, string> ? N : never;
type LocalsOf<P> = P extends Local<infer N> ? N : P extends Part<string, infer L> ? L : never;

/**
 * A part from a template: `${variable}`s are what it needs, `${local}`s what it binds inside,
 * `${part}`s bring theirs, strings and numbers are fixed text. A part that needs a variable
 * it also binds locally is refused here.
 */
export function cypher<const P extends readonly Piece[]>(
  strings: TemplateStringsArray,
  ...pieces: P
): Part<Exclude<NeedsOf<P[number]>, LocalsOf<P[number]>>, LocalsOf<P[number]>> {
  const needs = new Set<string>();
  const locals = new Set<string>();
  let text = strings[0] ?? "";
  pieces.forEach((piece, index) => {
    if (typeof piece === "string" || typeof piece === "number") text += String(piece);
    else if (piece.kind === "variable") {
      needs.add(piece.name);
      text += piece.name;
    } else if (piece.kind === "local") {
      locals.add(piece.name);
      text += piece.name;
    } else {
      for (const name of piece.needs) needs.add(name);
      for (const name of piece.locals) locals.add(name);
      text += piece.text;
    }
    text += strings[index + 1] ?? "";
  });
  for (const name of locals) needs.delete(name);
  return { kind: "part", text, needs, locals } as Part<
    Exclude<NeedsOf<P[number]>, LocalsOf<P[number]>>,
    LocalsOf<P[number]>
  >;
}

/** Parts joined by `separator`, needing and binding what they do. */
export function join<N extends string, L extends string>(
  parts: readonly Part<N, L>[],
  separator: string,
): Part<N, L> {
  return {
    kind: "part",
    text: parts.map((part) => part.text).join(separator),
    needs: new Set(parts.flatMap((part) => [...part.needs])),
    locals: new Set(parts.flatMap((part) => [...part.locals])),
  };
}

/**
 * The part, checked at run time for a scope binding `scope`: what it needs is bound there,
 * and none of its locals is. (The types check the same where parts are defined; this is for
 * the places that hold parts of widened types, and says which part and name.)
 */
export function inScope<P extends Part<string, string>>(
  scope: readonly string[],
  part: P,
  where: string,
): P {
  const bound = new Set<string>(scope);
  const missing = [...part.needs].filter((name) => !bound.has(name));
  if (missing.length > 0)
    throw new Error(`${where}: needs ${missing.join(", ")}, not bound there (${scope.join(", ")})`);
  const clashes = [...part.locals].filter((name) => bound.has(name));
  if (clashes.length > 0)
    throw new Error(
      `${where}: binds ${clashes.join(", ")} in a subquery, a name the query already binds`,
    );
  return part;
}
