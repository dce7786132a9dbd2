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
 * THE SEARCH. Neo4j's shortestPath gives the length L (a bidirectional search). Then layers
 * that tell, at step i of a walk from `a`, whether a neighbour is still on a shortest path (L - i
 * steps from `b`), built from the end with fewer relationships: from `b`, its distance layers
 * (layer k: the nodes k steps from `b`, k ≤ L - 2); from `a` (when `b` is the busier end),
 * `a`'s distance layers, then back from `b` only the nodes on a shortest path (layer 2: those
 * L - 2 steps from `a` with a neighbour next to `b`; layer k: those L - k steps from `a` next
 * to one of layer k - 1). Layer 1 (next to `b`) is never held through the walk: a hub's
 * neighbours in every sorted row passed a transaction's 100 MiB; the step into it checks
 * adjacency to `b` instead. The walk from `a` extends at most N partial paths one step at a
 * time: step i keeps a neighbour only if it is in layer L - i (for the first step, a
 * neighbour of layer L - 2), so every partial path kept ends on a shortest path, and the
 * first N partial paths in the order above are the beginnings of the first N whole paths.
 * The partial paths are extended in order and the extending stops once N longer ones are
 * found (the first partial path's extensions come before the second's). Each step reads from
 * the smaller side: the first sorts `a`'s neighbours by id and stops at the N-th good one (a
 * minister's hundred thousand meetings are sorted, not each checked), unless the layer's
 * neighbours are fewer (from a country with a million neighbours to a person); a later step
 * meets a hub (a country) by checking the layer's nodes against it rather than reading the
 * hub's neighbours.
 * Cost: the layers grow with what is near the quieter end (L - 2 steps from it); the ties
 * are never all listed. What still grows with a hub: sorting its neighbours when the walk
 * starts from it, and intersecting a busy node's neighbours with the hub's in the step next
 * to it when it is the far end.
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

/**
 * Lines binding `<name>1` … `<name><deepest>`: the nodes exactly k steps from `end` (its
 * distance layers), each empty unless hops >= k + 2.
 */
function distanceLayers(
  end: string,
  name: string,
  deepest: number,
  T: string,
  middle: ((n: string) => string) | undefined,
): string[] {
  const lines: string[] = [];
  const previous: string[] = [];
  for (let k = 1; k <= deepest; k++) {
    if (k === 1)
      lines.push(
        `CALL (${end}, hops) {`,
        "  WITH * WHERE hops >= 3",
        `  MATCH (${end})-[:${T}]-(w)${middle ? ` WHERE ${middle("w")}` : ""}`,
        `  RETURN collect(DISTINCT w) AS ${name}1`,
        "}",
      );
    else
      lines.push(
        `CALL (${end}, hops, ${previous.join(", ")}) {`,
        `  WITH * WHERE hops >= ${k + 2}`,
        `  UNWIND ${name}${k - 1} AS u`,
        `  MATCH (u)-[:${T}]-(w)`,
        `  WHERE w <> ${end}${previous.map((layer) => ` AND NOT w IN ${layer}`).join("")}${middle ? ` AND ${middle("w")}` : ""}`,
        `  RETURN collect(DISTINCT w) AS ${name}${k}`,
        "}",
      );
    previous.push(`${name}${k}`);
  }
  return lines;
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
  const deepest = maxHops - 2;
  const names = (name: string) => Array.from({ length: deepest }, (_, k) => `${name}${k + 1}`);
  const list = (items: string[]) => `[${items.join(", ")}]`;
  const degree = (n: string) => `COUNT { (${n})-[:${T}]-() }`;
  // layers[k] (k = 1 .. hops - 2): nodes k steps from y, enough of them for the walk to
  // tell, at step i, whether a neighbour is hops - i steps from y. Built from the end with
  // fewer relationships: around a hub its neighbours' neighbours pass a transaction's memory.
  lines.push(
    "// Layers: layers[k] holds nodes k steps from y (k up to hops - 2), built from the end",
    "// with fewer relationships.",
    "CALL (x, y, hops) {",
    "  // From y: every node k steps from y.",
    `  WITH * WHERE ${degree("x")} >= ${degree("y")}`,
    ...distanceLayers("y", "layer", deepest, T, middle).map((line) => `  ${line}`),
    `  RETURN ${list(names("layer"))} AS rest, false AS fromX`,
    "  UNION ALL",
    "  // From x (y is the busier end): the nodes k steps from x, then back from y only those",
    "  // on a shortest path: layers[1] the nodes next to y and to the nodes hops - 2 steps",
    "  // from x, layers[k] those hops - k steps from x next to one in layers[k - 1].",
    `  WITH * WHERE ${degree("x")} < ${degree("y")}`,
    ...distanceLayers("x", "ahead", deepest, T, middle).map((line) => `  ${line}`),
    `  WITH y, hops, ${list(["[x]", ...names("ahead")])} AS ahead`,
  );
  for (let k = 1; k <= deepest; k++) {
    if (k === 1) continue;
    if (k === 2)
      lines.push(
        "  // Layer 2: the nodes hops - 2 steps from x with a neighbour next to y, from the",
        "  // smaller side of each (y's neighbours, a hub's meetings, are never held).",
        "  CALL (y, hops, ahead) {",
        "    WITH *, ahead[hops - 2] AS inner WHERE hops >= 4",
        "    UNWIND inner AS u",
        "    CALL (y, u) {",
        `      WITH * WHERE ${degree("u")} <= ${degree("y")}`,
        `        AND EXISTS { (u)-[:${T}]-(v) WHERE EXISTS { (v)-[:${T}]-(y) }${mid("v")} }`,
        "      RETURN u AS kept",
        "      UNION ALL",
        `      WITH * WHERE ${degree("u")} > ${degree("y")}`,
        "        // u among v's few neighbours: read from v (an Expand(Into) may read u's million).",
        `        AND EXISTS { (y)-[:${T}]-(v) WHERE u IN [(v)-[:${T}]-(w) | w]${mid("v")} }`,
        "      RETURN u AS kept",
        "    }",
        "    RETURN collect(DISTINCT kept) AS back2",
        "  }",
      );
    else
      lines.push(
        `  CALL (hops, ahead, back${k - 1}) {`,
        `    WITH *, ahead[hops - ${k}] AS inner WHERE hops >= ${k + 2}`,
        `    UNWIND back${k - 1} AS v`,
        "    CALL (v, inner) {",
        "      // From the smaller side: v's neighbours, or inner's nodes next to v (a hub).",
        `      WITH * WHERE ${degree("v")} <= size(inner)`,
        `      MATCH (v)-[:${T}]-(u) WHERE u IN inner`,
        "      RETURN u",
        "      UNION ALL",
        `      WITH * WHERE ${degree("v")} > size(inner)`,
        "      UNWIND inner AS u",
        `      WITH * WHERE EXISTS { (v)-[:${T}]-(u) }`,
        "      RETURN u",
        "    }",
        `    RETURN collect(DISTINCT u) AS back${k}`,
        "  }",
      );
  }
  lines.push(
    `  RETURN ${list(names("back").map((name, k) => (k === 0 ? "[]" : name)))} AS rest, true AS fromX`,
    "}",
    "WITH x, y, hops, fromX, [[y]] + rest AS layers",
  );
  // Step 1: x's neighbours that are next to layer hops - 2 (or are y), in order. Read from
  // the smaller side: x's neighbours sorted by id, each checked until `limit` are kept (a
  // hub to a quiet actor), or the layer's neighbours that are next to x, sorted (a country,
  // whose neighbours are a million, to a person).
  lines.push(
    "// Step 1: x's neighbours next to layer hops - 2, in order, from the smaller side.",
    "CALL (x, y, hops, layers, fromX) {",
    "  WITH * WHERE hops = 1",
    `  MATCH (x)-[r:${T}]-(y)`,
    `  WITH x, r, y AS v, [x.id, y.id, ${step("r", "x")}] AS key ORDER BY key LIMIT ${limit}`,
    "  RETURN [x, v] AS nodes, [r] AS rels, key",
    "  UNION ALL",
    "  WITH *, layers[hops - 2] AS layer WHERE hops > 1",
    `  CALL (layer) { UNWIND layer AS w RETURN sum(COUNT { (w)-[:${T}]-() }) AS around }`,
    `  WITH * WHERE fromX OR COUNT { (x)-[:${T}]-() } <= around`,
    `  MATCH (x)-[r:${T}]-(v)`,
    "  // Sorted on the id and the step, not on a key list made for each of a hub's neighbours",
    "  // (the same order: x is the same for all).",
    `  WITH x, y, hops, layer, r, v ORDER BY v.id, ${step("r", "x")}`,
    "  CALL (y, hops, layer, v) {",
    `    WITH * WHERE v <> y${mid("v")}`,
    "      // Next to layer 1 (not held when built from x): next to a neighbour of y.",
    "      // (A CASE: only the check that applies is run.)",
    `      AND CASE WHEN hops = 3`,
    `        THEN EXISTS { (v)-[:${T}]-(w) WHERE ${middle ? `${middle("w")} AND ` : ""}EXISTS { (w)-[:${T}]-(y) } }`,
    `        ELSE EXISTS { (v)-[:${T}]-(w) WHERE w IN layer } END`,
    "    RETURN true AS kept",
    "  }",
    `  RETURN [x, v] AS nodes, [r] AS rels, [x.id, v.id, ${step("r", "x")}] AS key LIMIT ${limit}`,
    "  UNION ALL",
    "  WITH *, layers[hops - 2] AS layer WHERE hops > 1",
    `  CALL (layer) { UNWIND layer AS w RETURN sum(COUNT { (w)-[:${T}]-() }) AS around }`,
    `  WITH * WHERE NOT fromX AND COUNT { (x)-[:${T}]-() } > around`,
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
  // Layer 1 (next to y) is not carried through the walk: the rows each step sorts would
  // each count it against the transaction's memory (a hub's meetings). The step into it
  // checks the neighbour against y instead: one step from y is what layer 1 holds.
  lines.push(
    "// Layer 1 is left behind: the step into it checks against y itself.",
    "WITH y, hops, [layers[0], []] + layers[2..] AS layers, nodes, rels, key ORDER BY key",
  );
  // Steps 2 .. hops: each partial path's neighbours in the layer hops - i steps from y.
  for (let i = 2; i <= maxHops; i++) {
    lines.push(
      `// Step ${i}: each partial path extended into layer hops - ${i}; the first ${limit} kept.`,
      `CALL (y, hops, layers, nodes, rels, key) {`,
      `  WITH * WHERE hops < ${i}`,
      `  RETURN nodes AS longer, rels AS longerRels, key AS longerKey`,
      `  UNION ALL`,
      `  WITH y, hops, layers, nodes, rels, key, last(nodes) AS u, layers[hops - ${i}] AS layer`,
      `  WHERE hops >= ${i}`,
      `  CALL (u, y, hops, layer) {`,
      `    // From the smaller side: u's neighbours, or the layer's nodes next to u (a hub).`,
      `    WITH * WHERE hops <> ${i + 1} AND ${degree("u")} <= size(layer)`,
      `    MATCH (u)-[r:${T}]-(v) WHERE v IN layer`,
      `    RETURN r, v`,
      `    UNION ALL`,
      `    WITH * WHERE hops <> ${i + 1} AND ${degree("u")} > size(layer)`,
      `    UNWIND layer AS v`,
      `    MATCH (u)-[r:${T}]-(v)`,
      `    RETURN r, v`,
      `    UNION ALL`,
      `    // Into layer 1 (not held): u's neighbours next to y, or y's next to u (two hubs).`,
      `    WITH * WHERE hops = ${i + 1} AND ${degree("u")} <= ${degree("y")}`,
      `    MATCH (u)-[r:${T}]-(v) WHERE EXISTS { (v)-[:${T}]-(y) }${mid("v")}`,
      `    RETURN r, v`,
      `    UNION ALL`,
      `    WITH * WHERE hops = ${i + 1} AND ${degree("u")} > ${degree("y")}`,
      `    MATCH (y)-[:${T}]-(v) WHERE v <> u${mid("v")}`,
      `    WITH DISTINCT u, v`,
      `    MATCH (u)-[r:${T}]-(v)`,
      `    RETURN r, v`,
      `  }`,
      `  WITH nodes, rels, key + [v.id, ${step("r", "u")}] AS longerKey, r, v`,
      `  ORDER BY longerKey LIMIT ${limit}`,
      `  RETURN nodes + v AS longer, rels + r AS longerRels, longerKey`,
      `}`,
      `// In order already (the partial paths came in order, each one's extensions in order):`,
      `// the first ${limit} are taken without extending the partial paths after them.`,
      `WITH y, hops, layers, longer AS nodes, longerRels AS rels, longerKey AS key`,
      `LIMIT ${limit}`,
    );
  }
  lines.push("WITH hops, nodes, rels, key ORDER BY key");
  return lines.join("\n");
}
