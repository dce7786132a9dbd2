/**
 * Small shared Cypher fragments. Labels here come only from the fixed set in ids.ts.
 * Chronological order is the stored `sortKey` (date, undated last, then id), name order the
 * stored `nameKey`: see cypher/derived.cypher.
 */

/** Projects a node with its labels, the shape records.ts parses: `n {.*, __labels: labels(n)}`. */
export function node(variable: string): string {
  return `${variable} {.*, __labels: labels(${variable})}`;
}
