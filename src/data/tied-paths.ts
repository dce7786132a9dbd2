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
 * the smaller side: the first takes `a`'s neighbours by id and stops at the N-th good one,
 * looking among the first thousand (a Top) before it sorts them all (a minister's hundred
 * thousand meetings are read once, not each checked, and rarely all sorted), unless the layer's
 * neighbours are fewer (from a country with a million neighbours to a person); a later step
 * meets a hub (a country) by checking the layer's nodes against it rather than reading the
 * hub's neighbours.
 * Cost: the layers grow with what is near the quieter end (L - 2 steps from it); the ties
 * are never all listed. What still grows with a hub: reading its neighbours when the walk
 * starts from it, and intersecting a busy node's neighbours with the hub's in the step next
 * to it when it is the far end.
 *
 * THE TEXT. The layers, the layers back from `b` and the steps after the first are loops
 * (reduce() over COLLECT subqueries), not a block per hop written out: Neo4j's time to plan
 * grows with the text, and the API plans this one on a cold start before it serves. Only
 * the first step, with its choice of side and its sort of `a`'s neighbours, stands alone: it
 * reads the layer next to `b`, which the loop's rows must not carry.
 */
import { CONNECTING_PATTERN } from "./connections.ts";

/**
 * Step 1 from a hub looks for its first paths among this many of its neighbours (the
 * smallest ids: a Top, where a sort of all of them cost most of the search from a minister's
 * hundred thousand), and sorts them all only when fewer than the paths asked for pass there.
 */
export const STEP_ONE_HEAD = 1000;

/** At most this many hops: the API's MAX_HOPS (./hops.ts) and the deepest the tests check. */
export const TIED_PATHS_MAX_HOPS = 6;

/**
 * The text's last line: the paths as lists, in order. What follows it in a query writes them
 * out; the Neo4j Browser guide cuts there to draw them (src/queries/browser-guide.ts).
 */
export const TIED_PATHS_LAST_LINE =
  "WITH hops, p.nodes AS nodes, p.rels AS rels, p.key AS key ORDER BY key";

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
  /** Step 1's first look (STEP_ONE_HEAD): smaller in tests, so that a small graph takes both ways. */
  stepOneHead?: number;
}

/** How a step sorts among parallel relationships: its type, then `<` (against) before `>`. */
const step = (r: string, from: string) =>
  `type(${r}) + CASE WHEN startNode(${r}) = ${from} THEN ">" ELSE "<" END`;

/**
 * Cypher that, with `x` and `y` bound (two different nodes), yields at most `limit` rows
 * `hops`, `nodes`, `rels` and `key` (ORDER BY it to keep the order), in the order of the
 * definition above; no row when no path of at most `maxHops` exists. Fixed parts only.
 *
 * The loops (the layers, the layers back from y, the steps after the first) are reduce()s
 * over COLLECT subqueries rather than one block per hop written out: the planner's time
 * grows with the text, and the text is planned on a cold start before the API serves.
 */
export function tiedShortestPaths({
  maxHops,
  limit,
  middle,
  pathPredicate,
  hopsBound,
  stepOneHead = STEP_ONE_HEAD,
}: TiedPathsOptions) {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > TIED_PATHS_MAX_HOPS)
    throw new Error(`maxHops ${maxHops} is not 1 to ${TIED_PATHS_MAX_HOPS}`);
  const T = CONNECTING_PATTERN;
  const mid = (n: string) => (middle ? ` AND ${middle(n)}` : "");
  const degree = (n: string) => `COUNT { (${n})-[:${T}]-() }`;
  // Step 1's walk from x: its neighbours in order (`cut`: only the first few), each checked
  // for a neighbour in the layer, the first `limit` that pass.
  const firstChecked = (cut: string) =>
    [
      "",
      `      MATCH (x)-[r:${T}]-(v)`,
      `      WITH x, y, hops, layer, r, v ORDER BY v.id, ${step("r", "x")}${cut ? ` ${cut}` : ""}`,
      "      CALL (y, hops, layer, v) {",
      `        WITH * WHERE v <> y${mid("v")}`,
      "          // Next to layer 1 (never held): next to a neighbour of y. A CASE runs one check.",
      "          AND CASE WHEN hops = 3",
      `            THEN EXISTS { (v)-[:${T}]-(w) WHERE ${middle ? `${middle("w")} AND ` : ""}EXISTS { (w)-[:${T}]-(y) } }`,
      `            ELSE EXISTS { (v)-[:${T}]-(w) WHERE w IN layer } END`,
      "        RETURN true AS passed",
      "      }",
      `      RETURN {r: r, v: v} LIMIT ${limit}`,
      "    ",
    ].join("\n");
  return [
    "// The length of the shortest connection (Neo4j's bidirectional search).",
    `MATCH path = shortestPath((x)-[:${T}*..${maxHops}]-(y))`,
    ...(pathPredicate ? [`WHERE ${pathPredicate}`] : []),
    `WITH x, y, length(path) AS hops, ${degree("x")} AS dx, ${degree("y")} AS dy`,
    ...(hopsBound ? [`WHERE hops <= ${hopsBound}`] : []),
    // Around a hub its neighbours' neighbours pass a transaction's memory: the layers grow
    // from the end with fewer relationships. A neighbour of layer k - 1 is at least k - 2
    // steps from e, so only the two layers before are left out (dist starts with [] for
    // "layer -1").
    "// Layers from the quieter end e: dist[k + 1] holds the nodes k steps from e (k <= hops - 2).",
    "WITH *, dx < dy AS fromX",
    "WITH *, reduce(dist = [[], [CASE WHEN fromX THEN x ELSE y END]], k IN range(1, hops - 2) |",
    "  dist + [COLLECT { UNWIND dist[-1] AS u",
    `    MATCH (u)-[:${T}]-(w) WHERE NOT w IN dist[-1] AND NOT w IN dist[-2]${mid("w")}`,
    "    RETURN DISTINCT w }]) AS dist",
    // From x, only the nodes on a shortest path count: walked back from y, each layer those of
    // x's layer that reach the layer before. Layer 1 (y's neighbours, a hub's meetings) is
    // never held: layer 2 is checked two steps towards y instead. Its two sides are a UNION,
    // not a CASE of EXISTS: Neo4j 2026.09 fails ("VirtualNodeValue.id() ... is null") when an
    // UNWIND's node is matched in a subquery expression inside a COLLECT inside reduce().
    "// layers[k]: nodes k steps from y. From x (y the busier end) only those on a shortest",
    "// path, back from y: layer 2 those hops - 2 steps from x with a neighbour next to y,",
    "// layer k those hops - k steps from x next to one in layer k - 1; layer 1 left empty.",
    "WITH x, y, dx, dy, hops, fromX, CASE WHEN NOT fromX THEN dist[1..] ELSE",
    "  reduce(back = [[y], []], k IN range(2, hops - 2) | back + [CASE k WHEN 2",
    "    THEN COLLECT { UNWIND dist[hops - 1] AS u",
    "      CALL (u, y, dy) {",
    `        WITH * WHERE ${degree("u")} <= dy`,
    `          AND EXISTS { (u)-[:${T}]-(v) WHERE EXISTS { (v)-[:${T}]-(y) }${mid("v")} }`,
    "        RETURN u AS kept",
    "        UNION ALL",
    `        WITH * WHERE ${degree("u")} > dy`,
    "          // u among v's few neighbours: read from v (an Expand(Into) may read u's million).",
    `          AND EXISTS { (y)-[:${T}]-(v) WHERE u IN [(v)-[:${T}]-(w) | w]${mid("v")} }`,
    "        RETURN u AS kept",
    "      }",
    "      RETURN kept }",
    "    ELSE COLLECT { UNWIND back[-1] AS v",
    "      CALL (v, dist, hops, k) {",
    "        // From the smaller side: v's neighbours, or x's layer's nodes next to v (a hub).",
    "        WITH *, dist[hops - k + 1] AS inner",
    `        WITH * WHERE ${degree("v")} <= size(inner)`,
    `        MATCH (v)-[:${T}]-(u) WHERE u IN inner`,
    "        RETURN u",
    "        UNION ALL",
    "        WITH *, dist[hops - k + 1] AS inner",
    `        WITH * WHERE ${degree("v")} > size(inner)`,
    "        UNWIND inner AS u",
    `        WITH * WHERE EXISTS { (v)-[:${T}]-(u) }`,
    "        RETURN u",
    "      }",
    "      RETURN DISTINCT u } END]) END AS layers",
    // Step 1 reads from the smaller side: x's neighbours by id, each checked until `limit`
    // are kept (a hub to a quiet actor: a minister's hundred thousand meetings are read for
    // the smallest thousand ids, not each checked), or the layer's neighbours joined to x (a
    // country, whose neighbours are a million, to a person).
    "// Step 1: x's neighbours next to layer hops - 2, in order, from the smaller side.",
    "CALL (x, y, dx, hops, fromX, layers) {",
    "  WITH *, layers[hops - 2] AS layer WHERE hops > 1",
    `  WITH *, fromX OR dx <= reduce(s = 0, w IN layer | s + ${degree("w")}) AS sorted`,
    "  CALL (x, y, dx, hops, layer, sorted) {",
    "    WITH * WHERE sorted",
    "    // Sorted on the id and the step (x is the same for all), then checked until enough:",
    `    // first among the ${stepOneHead} smallest (a Top), and only when fewer pass there, among all.`,
    `    WITH *, COLLECT {${firstChecked(`LIMIT ${stepOneHead}`)}} AS early`,
    `    UNWIND CASE WHEN size(early) = ${limit} OR dx <= ${stepOneHead} THEN early`,
    `      ELSE COLLECT {${firstChecked("")}} END AS kept`,
    "    RETURN kept.r AS r, kept.v AS v",
    "    UNION ALL",
    "    WITH * WHERE NOT sorted",
    "    WITH *, COLLECT { UNWIND layer AS w",
    `      MATCH (w)-[:${T}]-(v) WHERE v <> x AND v <> y${mid("v")} RETURN DISTINCT v } AS near`,
    "    // Joined to x: each candidate's edges to x (few candidates), or x's edges kept when",
    "    // they reach one (two hubs: reading x's edges once beats a check per candidate).",
    "    CALL (x, dx, near) {",
    "      WITH * WHERE size(near) * 20 <= dx",
    "      UNWIND near AS v",
    `      MATCH (x)-[r:${T}]-(v)`,
    "      RETURN r, v",
    "      UNION ALL",
    "      WITH * WHERE size(near) * 20 > dx",
    `      MATCH (x)-[r:${T}]-(v) WHERE v IN near`,
    "      RETURN r, v",
    "    }",
    `    RETURN r, v ORDER BY v.id, ${step("r", "x")} LIMIT ${limit}`,
    "  }",
    `  RETURN collect({nodes: [x, v], rels: [r], key: [x.id, v.id, ${step("r", "x")}]}) AS first`,
    "}",
    // Layer 1 (next to y) is not carried through the walk: the rows each step sorts would
    // each count it against the transaction's memory (a hub's meetings). The step into it
    // checks the neighbour against y instead: one step from y is what layer 1 holds.
    "// Layer 1 is left behind: the step into it checks against y itself.",
    "WITH y, dy, hops, [layers[0], []] + layers[2..] AS layers,",
    "  CASE hops WHEN 1 THEN [{nodes: [x], rels: [], key: [x.id]}] ELSE first END AS start",
    "// Steps 2 .. hops (step 1 too for one hop): each partial path, in order, extended into",
    `// layer k = hops - size(p.nodes) from the smaller side; the first ${limit} kept, so the`,
    "// partial paths after them are not extended.",
    "UNWIND reduce(walk = start, i IN range(size(start[0].nodes), hops) | COLLECT {",
    "  UNWIND walk AS p",
    "  CALL (p, y, dy, hops, layers) {",
    "    WITH *, last(p.nodes) AS u, hops - size(p.nodes) AS k",
    "    // From the smaller side: u's neighbours in the layer, or the layer's nodes next to u (a",
    "    // hub); into layer 1 (not held), u's neighbours next to y, or y's next to u (two hubs).",
    `    WITH *, layers[k] AS layer, ${degree("u")} <= CASE k WHEN 1 THEN dy ELSE size(layers[k]) END AS fromU`,
    "    CALL (u, y, k, layer, fromU) {",
    "      WITH * WHERE fromU",
    `      MATCH (u)-[r:${T}]-(v) WHERE CASE k WHEN 1 THEN EXISTS { (v)-[:${T}]-(y) }${mid("v")} ELSE v IN layer END`,
    "      RETURN r, v",
    "      UNION ALL",
    "      WITH * WHERE NOT fromU AND k <> 1",
    "      UNWIND layer AS v",
    `      MATCH (u)-[r:${T}]-(v)`,
    "      RETURN r, v",
    "      UNION ALL",
    "      // Streamed, not collected: y's neighbours are a hub's meetings.",
    "      WITH * WHERE NOT fromU AND k = 1",
    `      MATCH (y)-[:${T}]-(v) WHERE v <> u${mid("v")}`,
    "      WITH DISTINCT u, v",
    `      MATCH (u)-[r:${T}]-(v)`,
    "      RETURN r, v",
    "    }",
    `    WITH p, r, v, p.key + [v.id, ${step("r", "u")}] AS key ORDER BY key LIMIT ${limit}`,
    "    RETURN {nodes: p.nodes + v, rels: p.rels + r, key: key} AS longer",
    "  }",
    `  RETURN longer LIMIT ${limit}`,
    "}) AS p",
    TIED_PATHS_LAST_LINE,
  ].join("\n");
}
