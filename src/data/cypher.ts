/**
 * Small shared Cypher fragments. Labels here come only from the fixed set in ids.ts.
 * Chronological order is the stored `sortKey` (date, undated last, then id), name order the
 * stored `nameKey`: see cypher/derived.cypher.
 */
import { type RecordLabel, recordProperties } from "./records.ts";

/**
 * Projects a node into the map records.ts parses. Given the label(s) the query's pattern
 * guarantees, only the properties those records read: a page's maps then carry no sort keys,
 * search keys or date maps, which the driver would decode for nothing (a hub's page of 20
 * meetings with their statements and sources was 162 KB, and decoding is most of its cost).
 * One label also names the type (`__typename`); several send the node's labels to tell.
 * Without labels: every property (`n {.*, __labels: labels(n)}`).
 */
export function node(variable: string, labels?: RecordLabel | readonly RecordLabel[]): string {
  if (labels === undefined) return `${variable} {.*, __labels: labels(${variable})}`;
  const all: readonly RecordLabel[] = typeof labels === "string" ? [labels] : labels;
  const properties = [...new Set(all.flatMap(recordProperties))].map((key) => `.${key}`);
  const type =
    typeof labels === "string" ? `__typename: '${labels}'` : `__labels: labels(${variable})`;
  return `${variable} {${[...properties, type].join(", ")}}`;
}
