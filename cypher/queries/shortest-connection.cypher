// name: shortest-connection
// question: What is the shortest chain of meetings, statements and positions connecting two actors?
// params: a (id of a person, organization or country), b (same)
// example: npm run query -- shortest-connection a=person:mohammad-khatami b=person:ryan-crocker
//
// Walks relationships in either direction, at most 6 hops, through:
//   TOOK_PART_IN, HOSTED_BY (meetings that took place), SAID, ON_BEHALF_OF, DIRECTED_AT, RELAYED_BY
//   (statements), HELD_POSITION, OF (positions and memberships), PART_OF, BELONGS_TO
//   (organizations and their countries).
// The same list as the API's shortestConnection: it is defined in src/data/connections.ts
// and cypher/queries/analysts.test.ts fails if this pattern walks a different set.
// Deliberately not through REPORTED_BY/PUBLISHED_BY (two facts in one article are not
// connected by that), ABOUT (topics), HELD_AT/LOCATED_IN (places) or MENTIONS (a name
// dropped in passing), which would make everything a few hops from everything.
// Wrong but obvious: shortestPath((a)-[*]-(b)) from Kofi Annan to Ryan Crocker runs
// through one of those (a MENTIONS edge, a shared article or place), a "connection" that
// says nothing.
// Returns the shortest paths (ties included, at most 10), each as steps "A —TYPE→ B" or
// "A ←TYPE— B" (arrow = the stored direction); no row = not connected.
// Which ties, when there are more than 10 (between a minister in tens of thousands of
// meetings and someone who met a delegation of his country there are tens of thousands):
// the first 10 in the lexicographic order of the ids of the nodes along the path, read from
// a to b (ids compared as strings; the same order as the API's shortestConnections). So the
// same paths in the same order on every run, after a restart, whatever plan Neo4j chooses.
// Two paths through the same nodes (a host who also took part: HOSTED_BY and TOOK_PART_IN
// join the same two nodes) are told apart at that step by the relationship's type, then its
// direction (against the walk first). Found without listing every tie: the length comes from
// shortestPath, then layers telling which nodes are still on a shortest path, built from the
// end with fewer relationships, then a walk from a that goes one step at a time, keeping only
// neighbours still on a shortest path (one step closer to b), smallest ids first, never more
// than 10 partial paths. The same text as the API's (src/data/tied-paths.ts;
// cypher/queries/analysts.test.ts fails when they differ). Its cost grows with what lies
// within hops - 2 of the quieter end, never with the number of ties: from a minister in tens
// of thousands of meetings to the median person, the minister's neighbours read for the thousand
// smallest ids.
MATCH (x:Person|Organization|Country {id: $a})
MATCH (y:Person|Organization|Country {id: $b})
WHERE x <> y
// The length of the shortest connection (Neo4j's bidirectional search).
MATCH path = shortestPath((x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO*..6]-(y))
WITH x, y, length(path) AS hops, COUNT { (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } AS dx, COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } AS dy
// Layers from the quieter end e: dist[k + 1] holds the nodes k steps from e (k <= hops - 2).
WITH *, dx < dy AS fromX
WITH *, reduce(dist = [[], [CASE WHEN fromX THEN x ELSE y END]], k IN range(1, hops - 2) |
  dist + [COLLECT { UNWIND dist[-1] AS u
    MATCH (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) WHERE NOT w IN dist[-1] AND NOT w IN dist[-2]
    RETURN DISTINCT w }]) AS dist
// layers[k]: nodes k steps from y. From x (y the busier end) only those on a shortest
// path, back from y: layer 2 those hops - 2 steps from x with a neighbour next to y,
// layer k those hops - k steps from x next to one in layer k - 1; layer 1 left empty.
WITH x, y, dx, dy, hops, fromX, CASE WHEN NOT fromX THEN dist[1..] ELSE
  reduce(back = [[y], []], k IN range(2, hops - 2) | back + [CASE k WHEN 2
    THEN COLLECT { UNWIND dist[hops - 1] AS u
      CALL (u, y, dy) {
        WITH * WHERE COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= dy
          AND EXISTS { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) } }
        RETURN u AS kept
        UNION ALL
        WITH * WHERE COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > dy
          // u among v's few neighbours: read from v (an Expand(Into) may read u's million).
          AND EXISTS { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE u IN [(v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) | w] }
        RETURN u AS kept
      }
      RETURN kept }
    ELSE COLLECT { UNWIND back[-1] AS v
      CALL (v, dist, hops, k) {
        // From the smaller side: v's neighbours, or x's layer's nodes next to v (a hub).
        WITH *, dist[hops - k + 1] AS inner
        WITH * WHERE COUNT { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(inner)
        MATCH (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(u) WHERE u IN inner
        RETURN u
        UNION ALL
        WITH *, dist[hops - k + 1] AS inner
        WITH * WHERE COUNT { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(inner)
        UNWIND inner AS u
        WITH * WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(u) }
        RETURN u
      }
      RETURN DISTINCT u } END]) END AS layers
// Step 1: x's neighbours next to layer hops - 2, in order, from the smaller side.
CALL (x, y, dx, hops, fromX, layers) {
  WITH *, layers[hops - 2] AS layer WHERE hops > 1
  WITH *, fromX OR dx <= reduce(s = 0, w IN layer | s + COUNT { (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }) AS sorted
  CALL (x, y, dx, hops, layer, sorted) {
    WITH * WHERE sorted
    // Sorted on the id and the step (x is the same for all), then checked until enough:
    // first among the 1000 smallest (a Top), and only when fewer pass there, among all.
    WITH *, COLLECT {
      MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
      WITH x, y, hops, layer, r, v ORDER BY v.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END LIMIT 1000
      CALL (y, hops, layer, v) {
        WITH * WHERE v <> y
          // Next to layer 1 (never held): next to a neighbour of y. A CASE runs one check.
          AND CASE WHEN hops = 3
            THEN EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) WHERE EXISTS { (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) } }
            ELSE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) WHERE w IN layer } END
        RETURN true AS passed
      }
      RETURN {r: r, v: v} LIMIT 10
    } AS early
    UNWIND CASE WHEN size(early) = 10 OR dx <= 1000 THEN early
      ELSE COLLECT {
      MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
      WITH x, y, hops, layer, r, v ORDER BY v.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END
      CALL (y, hops, layer, v) {
        WITH * WHERE v <> y
          // Next to layer 1 (never held): next to a neighbour of y. A CASE runs one check.
          AND CASE WHEN hops = 3
            THEN EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) WHERE EXISTS { (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) } }
            ELSE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) WHERE w IN layer } END
        RETURN true AS passed
      }
      RETURN {r: r, v: v} LIMIT 10
    } END AS kept
    RETURN kept.r AS r, kept.v AS v
    UNION ALL
    WITH * WHERE NOT sorted
    WITH *, COLLECT { UNWIND layer AS w
      MATCH (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v <> x AND v <> y RETURN DISTINCT v } AS near
    // Joined to x: each candidate's edges to x (few candidates), or x's edges kept when
    // they reach one (two hubs: reading x's edges once beats a check per candidate).
    CALL (x, dx, near) {
      WITH * WHERE size(near) * 20 <= dx
      UNWIND near AS v
      MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
      RETURN r, v
      UNION ALL
      WITH * WHERE size(near) * 20 > dx
      MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v IN near
      RETURN r, v
    }
    RETURN r, v ORDER BY v.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END LIMIT 10
  }
  RETURN collect({nodes: [x, v], rels: [r], key: [x.id, v.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END]}) AS first
}
// Layer 1 is left behind: the step into it checks against y itself.
WITH y, dy, hops, [layers[0], []] + layers[2..] AS layers,
  CASE hops WHEN 1 THEN [{nodes: [x], rels: [], key: [x.id]}] ELSE first END AS start
// Steps 2 .. hops (step 1 too for one hop): each partial path, in order, extended into
// layer k = hops - size(p.nodes) from the smaller side; the first 10 kept, so the
// partial paths after them are not extended.
UNWIND reduce(walk = start, i IN range(size(start[0].nodes), hops) | COLLECT {
  UNWIND walk AS p
  CALL (p, y, dy, hops, layers) {
    WITH *, last(p.nodes) AS u, hops - size(p.nodes) AS k
    // From the smaller side: u's neighbours in the layer, or the layer's nodes next to u (a
    // hub); into layer 1 (not held), u's neighbours next to y, or y's next to u (two hubs).
    WITH *, layers[k] AS layer, COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= CASE k WHEN 1 THEN dy ELSE size(layers[k]) END AS fromU
    CALL (u, y, k, layer, fromU) {
      WITH * WHERE fromU
      MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE CASE k WHEN 1 THEN EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) } ELSE v IN layer END
      RETURN r, v
      UNION ALL
      WITH * WHERE NOT fromU AND k <> 1
      UNWIND layer AS v
      MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
      RETURN r, v
      UNION ALL
      // Streamed, not collected: y's neighbours are a hub's meetings.
      WITH * WHERE NOT fromU AND k = 1
      MATCH (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v <> u
      WITH DISTINCT u, v
      MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
      RETURN r, v
    }
    WITH p, r, v, p.key + [v.id, type(r) + CASE WHEN startNode(r) = u THEN ">" ELSE "<" END] AS key ORDER BY key LIMIT 10
    RETURN {nodes: p.nodes + v, rels: p.rels + r, key: key} AS longer
  }
  RETURN longer LIMIT 10
}) AS p
WITH hops, p.nodes AS nodes, p.rels AS rels, p.key AS key ORDER BY key
WITH hops, nodes, rels, key,
     [n IN nodes |
       coalesce(
         n.name,
         CASE WHEN n:Position
           THEN "position “" + n.title + "”"
           ELSE n.title
         END,
         "statement “" + left(coalesce(n.translation, n.text), 70)
           + CASE WHEN size(coalesce(n.translation, n.text)) > 70 THEN "…" ELSE "" END + "”"
       )
     ] AS labels
RETURN hops,
       [i IN range(0, size(rels) - 1) |
         CASE WHEN startNode(rels[i]) = nodes[i]
           THEN labels[i] + " —" + type(rels[i]) + "→ " + labels[i + 1]
           ELSE labels[i] + " ←" + type(rels[i]) + "— " + labels[i + 1]
         END
       ] AS steps,
       [n IN nodes | n.id] AS nodeIds
ORDER BY key
