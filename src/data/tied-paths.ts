/**
 * Which of the tied shortest connections between two actors are returned, and the Cypher
 * that finds them without listing every tie. Written once: the API's shortestConnection(s)
 * (./paths.ts) run this text with the bound and the weak links as parameters, and the
 * library's cypher/queries/shortest-connection.cypher holds it for 6 hops and 10 paths
 * (cypher/queries/analysts.test.ts fails when they differ; shortest-ties.test.ts checks that
 * both give the same paths).
 *
 * THE DEFINITION. Of all the shortest paths from `a` to `b` (the fewest hops through the
 * connecting relationships, within the bound, with the weak links a reader left out), the
 * first N in this order: read both paths from `a`, step by step; at the first step where they
 * differ, the one whose step reaches the smaller node id comes first, and between two
 * relationships joining the same two nodes (a host who also took part) the smaller
 * relationship type, then the one stored against the walking direction. Ids are compared as strings (they are ASCII). So the same N paths in the
 * same order on every call and after a restart, whatever plan Neo4j picks, and the first N
 * of a larger N.
 *
 * THE SEARCH. Neo4j's shortestPath gives the length L (a bidirectional search). Then the
 * distance layers from `b` (layer k: the nodes k steps from `b`, k ≤ L - 2), and a walk from
 * `a` that extends at most N partial paths one step at a time: step i keeps a neighbour only
 * if it is L - i steps from `b` (in layer L - i; for the first step, a neighbour of layer
 * L - 2), so every partial path kept ends on a shortest path, and the first N partial paths
 * in the order above are the beginnings of the first N whole paths. Each step reads from the
 * smaller side: the first reads `a`'s neighbours in id order and stops at the N-th good one
 * (a minister's hundred thousand meetings are sorted by id, not checked), unless the layer's
 * neighbours are fewer (from a country with a million neighbours to a person); a later step
 * meets a hub (a country) by checking the layer's nodes against it rather than reading the
 * hub's neighbours.
 * Cost: the layers grow with what is near `b` (L - 2 steps from it), so a long path to a hub
 * costs more than one from it; the ties are never all listed.
 */
import { CONNECTING_PATTERN } from "./connections.ts";

/** At most this many hops: the layers below are written out for it. */
export const TIED_PATHS_MAX_HOPS = 6;

export interface TiedPathsOptions {
  /** The longest connection looked for (1 to TIED_PATHS_MAX_HOPS): a literal in the text. */
  maxHops: number;
  /** How many paths: a literal ("10") or a parameter ("$first"). */
  limit: string;
  /** A predicate every node in the middle of a path must satisfy, on variable `n`. */
  middle?: (n: string) => string;
  /** The same, as a predicate on shortestPath's `path` (whose ends are x and y). */
  pathPredicate?: string;
  /** A smaller bound given as a parameter ("$maxHops"): one text for every bound. */
  hopsBound?: string;
}

/** How a step sorts among parallel relationships: its type, then `<` (against) before `>`. */
const step = (r: string, from: string) =>
  `type(${r}) + CASE WHEN startNode(${r}) = ${from} THEN ">" ELSE "<" END`;

/**
 * Cypher that, with `x` and `y` bound (two different nodes), yields at most `limit` rows
 * `hops`, `nodes`, `rels` and `key` (ORDER BY it to keep the order), in the order of the definition above; no row when no path of at
 * most `maxHops` exists. Fixed parts only.
 */
export function tiedShortestPaths({
  maxHops,
  limit,
  middle,
  pathPredicate,
  hopsBound,
}: TiedPathsOptions) {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > TIED_PATHS_MAX_HOPS)
    throw new Error(`maxHops ${maxHops} is not 1 to ${TIED_PATHS_MAX_HOPS}`);
  const T = CONNECTING_PATTERN;
  const mid = (n: string) => (middle ? ` AND ${middle(n)}` : "");
  const lines: string[] = [];
  lines.push(
    "// The length of the shortest connection (Neo4j's bidirectional search).",
    `MATCH path = shortestPath((x)-[:${T}*..${maxHops}]-(y))`,
    ...(pathPredicate ? [`WHERE ${pathPredicate}`] : []),
    "WITH x, y, length(path) AS hops",
    ...(hopsBound ? [`WHERE hops <= ${hopsBound}`] : []),
  );
  // Layer k (k = 1 .. hops - 2): the nodes exactly k steps from y.
  lines.push("// Layers: layer k holds the nodes k steps from y (k up to hops - 2).");
  const layers = ["[y]"];
  for (let k = 1; k <= maxHops - 2; k++) {
    const previous = layers.slice(1);
    if (k === 1) {
      lines.push(
        `CALL (y, hops) {`,
        `  WITH * WHERE hops >= 3`,
        `  MATCH (y)-[:${T}]-(w)${middle ? ` WHERE ${middle("w")}` : ""}`,
        `  RETURN collect(DISTINCT w) AS layer1`,
        `}`,
      );
    } else {
      lines.push(
        `CALL (y, hops, ${previous.join(", ")}) {`,
        `  WITH * WHERE hops >= ${k + 2}`,
        `  UNWIND layer${k - 1} AS u`,
        `  MATCH (u)-[:${T}]-(w)`,
        `  WHERE w <> y${previous.map((layer) => ` AND NOT w IN ${layer}`).join("")}${mid("w")}`,
        `  RETURN collect(DISTINCT w) AS layer${k}`,
        `}`,
      );
    }
    layers.push(`layer${k}`);
  }
  lines.push(`WITH x, y, hops, [${layers.join(", ")}] AS layers`);
  // Step 1: x's neighbours that are next to layer hops - 2 (or are y), in order. Read from
  // the smaller side: x's neighbours sorted by id, each checked until `limit` are kept (a
  // hub to a quiet actor), or the layer's neighbours that are next to x, sorted (a country,
  // whose neighbours are a million, to a person).
  lines.push(
    "// Step 1: x's neighbours next to layer hops - 2, in order, from the smaller side.",
    "CALL (x, y, hops, layers) {",
    "  WITH * WHERE hops = 1",
    `  MATCH (x)-[r:${T}]-(y)`,
    `  WITH x, r, y AS v, [x.id, y.id, ${step("r", "x")}] AS key ORDER BY key LIMIT ${limit}`,
    "  RETURN [x, v] AS nodes, [r] AS rels, key",
    "  UNION ALL",
    "  WITH *, layers[hops - 2] AS layer WHERE hops > 1",
    `  CALL (layer) { UNWIND layer AS w RETURN sum(COUNT { (w)-[:${T}]-() }) AS around }`,
    `  WITH * WHERE COUNT { (x)-[:${T}]-() } <= around`,
    `  MATCH (x)-[r:${T}]-(v)`,
    `  WITH x, y, layer, r, v, [x.id, v.id, ${step("r", "x")}] AS key`,
    "  ORDER BY key",
    "  CALL (y, layer, v) {",
    `    WITH * WHERE v <> y${mid("v")} AND EXISTS { (v)-[:${T}]-(w) WHERE w IN layer }`,
    "    RETURN true AS kept",
    "  }",
    `  RETURN [x, v] AS nodes, [r] AS rels, key LIMIT ${limit}`,
    "  UNION ALL",
    "  WITH *, layers[hops - 2] AS layer WHERE hops > 1",
    `  CALL (layer) { UNWIND layer AS w RETURN sum(COUNT { (w)-[:${T}]-() }) AS around }`,
    `  WITH * WHERE COUNT { (x)-[:${T}]-() } > around`,
    "  CALL (x, y, layer) {",
    "    UNWIND layer AS w",
    `    MATCH (w)-[:${T}]-(v)`,
    `    WHERE v <> x AND v <> y${mid("v")}`,
    "    RETURN collect(DISTINCT v) AS near",
    "  }",
    "  // Joined to x: each candidate's edges to x (few candidates), or x's edges kept when",
    "  // they reach one (two hubs: reading x's edges once beats a check per candidate).",
    "  CALL (x, near) {",
    `    WITH * WHERE size(near) * 20 <= COUNT { (x)-[:${T}]-() }`,
    "    UNWIND near AS v",
    `    MATCH (x)-[r:${T}]-(v)`,
    "    RETURN r, v",
    "    UNION ALL",
    `    WITH * WHERE size(near) * 20 > COUNT { (x)-[:${T}]-() }`,
    `    MATCH (x)-[r:${T}]-(v) WHERE v IN near`,
    "    RETURN r, v",
    "  }",
    `  WITH x, r, v, [x.id, v.id, ${step("r", "x")}] AS key ORDER BY key LIMIT ${limit}`,
    "  RETURN [x, v] AS nodes, [r] AS rels, key",
    "}",
  );
  // Steps 2 .. hops: each partial path's neighbours in the layer hops - i steps from y.
  for (let i = 2; i <= maxHops; i++) {
    lines.push(
      `// Step ${i}: each partial path extended into layer hops - ${i}; the first ${limit} kept.`,
      `CALL (hops, layers, nodes, rels, key) {`,
      `  WITH * WHERE hops < ${i}`,
      `  RETURN nodes AS longer, rels AS longerRels, key AS longerKey`,
      `  UNION ALL`,
      `  WITH hops, layers, nodes, rels, key, last(nodes) AS u, layers[hops - ${i}] AS layer`,
      `  WHERE hops >= ${i}`,
      `  CALL (u, layer) {`,
      `    // From the smaller side: u's neighbours, or the layer's nodes next to u (a hub).`,
      `    WITH * WHERE COUNT { (u)-[:${T}]-() } <= size(layer)`,
      `    MATCH (u)-[r:${T}]-(v) WHERE v IN layer`,
      `    RETURN r, v`,
      `    UNION ALL`,
      `    WITH * WHERE COUNT { (u)-[:${T}]-() } > size(layer)`,
      `    UNWIND layer AS v`,
      `    MATCH (u)-[r:${T}]-(v)`,
      `    RETURN r, v`,
      `  }`,
      `  WITH nodes, rels, key + [v.id, ${step("r", "u")}] AS longerKey, r, v`,
      `  ORDER BY longerKey LIMIT ${limit}`,
      `  RETURN nodes + v AS longer, rels + r AS longerRels, longerKey`,
      `}`,
      `WITH hops, layers, longer AS nodes, longerRels AS rels, longerKey AS key`,
      `ORDER BY key LIMIT ${limit}`,
    );
  }
  lines.push("WITH hops, nodes, rels, key ORDER BY key");
  return lines.join("\n");
}
