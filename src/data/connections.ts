/**
 * The relationship types that count as a connection between two actors: taking part in a
 * meeting that took place (TOOK_PART_IN: never a planned, proposed or declined one, issue 20)
 * or hosting one, making a statement, speaking for or being addressed by one, relaying
 * it, holding a position of a body, being part of an organization or belonging to a
 * country. Left out on purpose: REPORTED_BY/PUBLISHED_BY (two facts in one article are not
 * connected by that), ABOUT (topics), HELD_AT/LOCATED_IN (places), MENTIONS (a name
 * dropped in passing), TO_TAKE_PART_IN (a meeting that did not happen connects nobody),
 * ALLEGEDLY_HELD and CLAIMS (a claim is no link), and the structural TOOK_PART_AS, AT,
 * REPRESENTING, JOINT_WITH (they restate what TOOK_PART_IN and SAID already connect).
 *
 * Defined once: the API's shortestConnection (src/data/paths.ts) builds its pattern from
 * this list, and cypher/queries/analysts.test.ts fails when the library's
 * shortest-connection.cypher walks a different set.
 */
export const CONNECTING_TYPES = [
  "TOOK_PART_IN",
  "HOSTED_BY",
  "SAID",
  "ON_BEHALF_OF",
  "DIRECTED_AT",
  "RELAYED_BY",
  "HELD_POSITION",
  "OF",
  "PART_OF",
  "BELONGS_TO",
] as const;

/** The types as a Cypher relationship-type alternation: `TOOK_PART_IN|HOSTED_BY|…`. */
export const CONNECTING_PATTERN = CONNECTING_TYPES.join("|");
