/** Small shared Cypher fragments. Labels here come only from the fixed set in ids.ts. */

/** Projects a node with its labels, the shape records.ts parses: `n {.*, __labels: labels(n)}`. */
export function node(variable: string): string {
  return `${variable} {.*, __labels: labels(${variable})}`;
}

/**
 * The sort key of dated things: ISO start date, undated last, then the id. Strings compare
 * the same way the dates do, so one string gives a total, stable order for cursors.
 */
export function chronologicalKey(variable: string): string {
  return `coalesce(toString(${variable}.dateStart), '9999-12-31') + '|' + ${variable}.id`;
}

/** The sort key of named things: case-folded name, then the id. */
export function nameKey(variable: string): string {
  return `toLower(${variable}.name) + '|' + ${variable}.id`;
}

/**
 * Wraps a subquery that yields `sortKey` and `node` rows for one request into a page:
 * total count, the rows after the cursor, and whether more follow. `req` must carry
 * `first` and `after` (a decoded sort key or null).
 */
export function paginate(subquery: string): string {
  return `
CALL (req) {
  CALL (req) {
    ${subquery}
  }
  WITH req, sortKey, node ORDER BY sortKey
  WITH req, collect({sortKey: sortKey, node: node}) AS rows
  WITH req, rows, [row IN rows WHERE req.after IS NULL OR row.sortKey > req.after] AS rest
  RETURN size(rows) AS totalCount, rest[0..req.first] AS page,
         size(rest) > req.first AS hasNextPage, size(rest) < size(rows) AS hasPreviousPage
}
RETURN req.key AS key, totalCount, page, hasNextPage, hasPreviousPage`;
}
