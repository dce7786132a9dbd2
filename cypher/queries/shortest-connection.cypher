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
// of thousands of meetings to the median person, a sort of the minister's neighbours by id.
MATCH (x:Person|Organization|Country {id: $a})
MATCH (y:Person|Organization|Country {id: $b})
WHERE x <> y
// The length of the shortest connection (Neo4j's bidirectional search).
MATCH path = shortestPath((x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO*..6]-(y))
WITH x, y, length(path) AS hops
// Layers: layers[k] holds nodes k steps from y (k up to hops - 2), built from the end
// with fewer relationships.
CALL (x, y, hops) {
  // From y: every node k steps from y.
  WITH * WHERE COUNT { (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } >= COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
  CALL (y, hops) {
    WITH * WHERE hops >= 3
    MATCH (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    RETURN collect(DISTINCT w) AS layer1
  }
  CALL (y, hops, layer1) {
    WITH * WHERE hops >= 4
    UNWIND layer1 AS u
    MATCH (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    WHERE w <> y AND NOT w IN layer1
    RETURN collect(DISTINCT w) AS layer2
  }
  CALL (y, hops, layer1, layer2) {
    WITH * WHERE hops >= 5
    UNWIND layer2 AS u
    MATCH (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    WHERE w <> y AND NOT w IN layer1 AND NOT w IN layer2
    RETURN collect(DISTINCT w) AS layer3
  }
  CALL (y, hops, layer1, layer2, layer3) {
    WITH * WHERE hops >= 6
    UNWIND layer3 AS u
    MATCH (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    WHERE w <> y AND NOT w IN layer1 AND NOT w IN layer2 AND NOT w IN layer3
    RETURN collect(DISTINCT w) AS layer4
  }
  RETURN [layer1, layer2, layer3, layer4] AS rest, false AS fromX
  UNION ALL
  // From x (y is the busier end): the nodes k steps from x, then back from y only those
  // on a shortest path: layers[1] the nodes next to y and to the nodes hops - 2 steps
  // from x, layers[k] those hops - k steps from x next to one in layers[k - 1].
  WITH * WHERE COUNT { (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } < COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
  CALL (x, hops) {
    WITH * WHERE hops >= 3
    MATCH (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    RETURN collect(DISTINCT w) AS ahead1
  }
  CALL (x, hops, ahead1) {
    WITH * WHERE hops >= 4
    UNWIND ahead1 AS u
    MATCH (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    WHERE w <> x AND NOT w IN ahead1
    RETURN collect(DISTINCT w) AS ahead2
  }
  CALL (x, hops, ahead1, ahead2) {
    WITH * WHERE hops >= 5
    UNWIND ahead2 AS u
    MATCH (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    WHERE w <> x AND NOT w IN ahead1 AND NOT w IN ahead2
    RETURN collect(DISTINCT w) AS ahead3
  }
  CALL (x, hops, ahead1, ahead2, ahead3) {
    WITH * WHERE hops >= 6
    UNWIND ahead3 AS u
    MATCH (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w)
    WHERE w <> x AND NOT w IN ahead1 AND NOT w IN ahead2 AND NOT w IN ahead3
    RETURN collect(DISTINCT w) AS ahead4
  }
  WITH y, hops, [[x], ahead1, ahead2, ahead3, ahead4] AS ahead
  // Layer 2: the nodes hops - 2 steps from x with a neighbour next to y, from the
  // smaller side of each (y's neighbours, a hub's meetings, are never held).
  CALL (y, hops, ahead) {
    WITH *, ahead[hops - 2] AS inner WHERE hops >= 4
    UNWIND inner AS u
    CALL (y, u) {
      WITH * WHERE COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
        AND EXISTS { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) } }
      RETURN u AS kept
      UNION ALL
      WITH * WHERE COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
        // u among v's few neighbours: read from v (an Expand(Into) may read u's million).
        AND EXISTS { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE u IN [(v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) | w] }
      RETURN u AS kept
    }
    RETURN collect(DISTINCT kept) AS back2
  }
  CALL (hops, ahead, back2) {
    WITH *, ahead[hops - 3] AS inner WHERE hops >= 5
    UNWIND back2 AS v
    CALL (v, inner) {
      // From the smaller side: v's neighbours, or inner's nodes next to v (a hub).
      WITH * WHERE COUNT { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(inner)
      MATCH (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(u) WHERE u IN inner
      RETURN u
      UNION ALL
      WITH * WHERE COUNT { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(inner)
      UNWIND inner AS u
      WITH * WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(u) }
      RETURN u
    }
    RETURN collect(DISTINCT u) AS back3
  }
  CALL (hops, ahead, back3) {
    WITH *, ahead[hops - 4] AS inner WHERE hops >= 6
    UNWIND back3 AS v
    CALL (v, inner) {
      // From the smaller side: v's neighbours, or inner's nodes next to v (a hub).
      WITH * WHERE COUNT { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(inner)
      MATCH (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(u) WHERE u IN inner
      RETURN u
      UNION ALL
      WITH * WHERE COUNT { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(inner)
      UNWIND inner AS u
      WITH * WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(u) }
      RETURN u
    }
    RETURN collect(DISTINCT u) AS back4
  }
  RETURN [[], back2, back3, back4] AS rest, true AS fromX
}
WITH x, y, hops, fromX, [[y]] + rest AS layers
// Step 1: x's neighbours next to layer hops - 2, in order, from the smaller side.
CALL (x, y, hops, layers, fromX) {
  WITH * WHERE hops = 1
  MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y)
  WITH x, r, y AS v, [x.id, y.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END] AS key ORDER BY key LIMIT 10
  RETURN [x, v] AS nodes, [r] AS rels, key
  UNION ALL
  WITH *, layers[hops - 2] AS layer WHERE hops > 1
  CALL (layer) { UNWIND layer AS w RETURN sum(COUNT { (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }) AS around }
  WITH * WHERE fromX OR COUNT { (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= around
  MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
  // Sorted on the id and the step, not on a key list made for each of a hub's neighbours
  // (the same order: x is the same for all).
  WITH x, y, hops, layer, r, v ORDER BY v.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END
  CALL (y, hops, layer, v) {
    WITH * WHERE v <> y
      // Next to layer 1 (not held when built from x): next to a neighbour of y.
      // (A CASE: only the check that applies is run.)
      AND CASE WHEN hops = 3
        THEN EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) WHERE EXISTS { (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) } }
        ELSE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(w) WHERE w IN layer } END
    RETURN true AS kept
  }
  RETURN [x, v] AS nodes, [r] AS rels, [x.id, v.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END] AS key LIMIT 10
  UNION ALL
  WITH *, layers[hops - 2] AS layer WHERE hops > 1
  CALL (layer) { UNWIND layer AS w RETURN sum(COUNT { (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }) AS around }
  WITH * WHERE NOT fromX AND COUNT { (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > around
  CALL (x, y, layer) {
    UNWIND layer AS w
    MATCH (w)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    WHERE v <> x AND v <> y
    RETURN collect(DISTINCT v) AS near
  }
  // Joined to x: each candidate's edges to x (few candidates), or x's edges kept when
  // they reach one (two hubs: reading x's edges once beats a check per candidate).
  CALL (x, near) {
    WITH * WHERE size(near) * 20 <= COUNT { (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    UNWIND near AS v
    MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
    UNION ALL
    WITH * WHERE size(near) * 20 > COUNT { (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (x)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v IN near
    RETURN r, v
  }
  WITH x, r, v, [x.id, v.id, type(r) + CASE WHEN startNode(r) = x THEN ">" ELSE "<" END] AS key ORDER BY key LIMIT 10
  RETURN [x, v] AS nodes, [r] AS rels, key
}
// Layer 1 is left behind: the step into it checks against y itself.
WITH y, hops, [layers[0], []] + layers[2..] AS layers, nodes, rels, key ORDER BY key
// Step 2: each partial path extended into layer hops - 2; the first 10 kept.
CALL (y, hops, layers, nodes, rels, key) {
  WITH * WHERE hops < 2
  RETURN nodes AS longer, rels AS longerRels, key AS longerKey
  UNION ALL
  WITH y, hops, layers, nodes, rels, key, last(nodes) AS u, layers[hops - 2] AS layer
  WHERE hops >= 2
  CALL (u, y, hops, layer) {
    // From the smaller side: u's neighbours, or the layer's nodes next to u (a hub).
    WITH * WHERE hops <> 3 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(layer)
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v IN layer
    RETURN r, v
    UNION ALL
    WITH * WHERE hops <> 3 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(layer)
    UNWIND layer AS v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
    UNION ALL
    // Into layer 1 (not held): u's neighbours next to y, or y's next to u (two hubs).
    WITH * WHERE hops = 3 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) }
    RETURN r, v
    UNION ALL
    WITH * WHERE hops = 3 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v <> u
    WITH DISTINCT u, v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
  }
  WITH nodes, rels, key + [v.id, type(r) + CASE WHEN startNode(r) = u THEN ">" ELSE "<" END] AS longerKey, r, v
  ORDER BY longerKey LIMIT 10
  RETURN nodes + v AS longer, rels + r AS longerRels, longerKey
}
// In order already (the partial paths came in order, each one's extensions in order):
// the first 10 are taken without extending the partial paths after them.
WITH y, hops, layers, longer AS nodes, longerRels AS rels, longerKey AS key
LIMIT 10
// Step 3: each partial path extended into layer hops - 3; the first 10 kept.
CALL (y, hops, layers, nodes, rels, key) {
  WITH * WHERE hops < 3
  RETURN nodes AS longer, rels AS longerRels, key AS longerKey
  UNION ALL
  WITH y, hops, layers, nodes, rels, key, last(nodes) AS u, layers[hops - 3] AS layer
  WHERE hops >= 3
  CALL (u, y, hops, layer) {
    // From the smaller side: u's neighbours, or the layer's nodes next to u (a hub).
    WITH * WHERE hops <> 4 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(layer)
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v IN layer
    RETURN r, v
    UNION ALL
    WITH * WHERE hops <> 4 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(layer)
    UNWIND layer AS v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
    UNION ALL
    // Into layer 1 (not held): u's neighbours next to y, or y's next to u (two hubs).
    WITH * WHERE hops = 4 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) }
    RETURN r, v
    UNION ALL
    WITH * WHERE hops = 4 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v <> u
    WITH DISTINCT u, v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
  }
  WITH nodes, rels, key + [v.id, type(r) + CASE WHEN startNode(r) = u THEN ">" ELSE "<" END] AS longerKey, r, v
  ORDER BY longerKey LIMIT 10
  RETURN nodes + v AS longer, rels + r AS longerRels, longerKey
}
// In order already (the partial paths came in order, each one's extensions in order):
// the first 10 are taken without extending the partial paths after them.
WITH y, hops, layers, longer AS nodes, longerRels AS rels, longerKey AS key
LIMIT 10
// Step 4: each partial path extended into layer hops - 4; the first 10 kept.
CALL (y, hops, layers, nodes, rels, key) {
  WITH * WHERE hops < 4
  RETURN nodes AS longer, rels AS longerRels, key AS longerKey
  UNION ALL
  WITH y, hops, layers, nodes, rels, key, last(nodes) AS u, layers[hops - 4] AS layer
  WHERE hops >= 4
  CALL (u, y, hops, layer) {
    // From the smaller side: u's neighbours, or the layer's nodes next to u (a hub).
    WITH * WHERE hops <> 5 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(layer)
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v IN layer
    RETURN r, v
    UNION ALL
    WITH * WHERE hops <> 5 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(layer)
    UNWIND layer AS v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
    UNION ALL
    // Into layer 1 (not held): u's neighbours next to y, or y's next to u (two hubs).
    WITH * WHERE hops = 5 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) }
    RETURN r, v
    UNION ALL
    WITH * WHERE hops = 5 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v <> u
    WITH DISTINCT u, v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
  }
  WITH nodes, rels, key + [v.id, type(r) + CASE WHEN startNode(r) = u THEN ">" ELSE "<" END] AS longerKey, r, v
  ORDER BY longerKey LIMIT 10
  RETURN nodes + v AS longer, rels + r AS longerRels, longerKey
}
// In order already (the partial paths came in order, each one's extensions in order):
// the first 10 are taken without extending the partial paths after them.
WITH y, hops, layers, longer AS nodes, longerRels AS rels, longerKey AS key
LIMIT 10
// Step 5: each partial path extended into layer hops - 5; the first 10 kept.
CALL (y, hops, layers, nodes, rels, key) {
  WITH * WHERE hops < 5
  RETURN nodes AS longer, rels AS longerRels, key AS longerKey
  UNION ALL
  WITH y, hops, layers, nodes, rels, key, last(nodes) AS u, layers[hops - 5] AS layer
  WHERE hops >= 5
  CALL (u, y, hops, layer) {
    // From the smaller side: u's neighbours, or the layer's nodes next to u (a hub).
    WITH * WHERE hops <> 6 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(layer)
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v IN layer
    RETURN r, v
    UNION ALL
    WITH * WHERE hops <> 6 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(layer)
    UNWIND layer AS v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
    UNION ALL
    // Into layer 1 (not held): u's neighbours next to y, or y's next to u (two hubs).
    WITH * WHERE hops = 6 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) }
    RETURN r, v
    UNION ALL
    WITH * WHERE hops = 6 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v <> u
    WITH DISTINCT u, v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
  }
  WITH nodes, rels, key + [v.id, type(r) + CASE WHEN startNode(r) = u THEN ">" ELSE "<" END] AS longerKey, r, v
  ORDER BY longerKey LIMIT 10
  RETURN nodes + v AS longer, rels + r AS longerRels, longerKey
}
// In order already (the partial paths came in order, each one's extensions in order):
// the first 10 are taken without extending the partial paths after them.
WITH y, hops, layers, longer AS nodes, longerRels AS rels, longerKey AS key
LIMIT 10
// Step 6: each partial path extended into layer hops - 6; the first 10 kept.
CALL (y, hops, layers, nodes, rels, key) {
  WITH * WHERE hops < 6
  RETURN nodes AS longer, rels AS longerRels, key AS longerKey
  UNION ALL
  WITH y, hops, layers, nodes, rels, key, last(nodes) AS u, layers[hops - 6] AS layer
  WHERE hops >= 6
  CALL (u, y, hops, layer) {
    // From the smaller side: u's neighbours, or the layer's nodes next to u (a hub).
    WITH * WHERE hops <> 7 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= size(layer)
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v IN layer
    RETURN r, v
    UNION ALL
    WITH * WHERE hops <> 7 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > size(layer)
    UNWIND layer AS v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
    UNION ALL
    // Into layer 1 (not held): u's neighbours next to y, or y's next to u (two hubs).
    WITH * WHERE hops = 7 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } <= COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE EXISTS { (v)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(y) }
    RETURN r, v
    UNION ALL
    WITH * WHERE hops = 7 AND COUNT { (u)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() } > COUNT { (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-() }
    MATCH (y)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v) WHERE v <> u
    WITH DISTINCT u, v
    MATCH (u)-[r:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO]-(v)
    RETURN r, v
  }
  WITH nodes, rels, key + [v.id, type(r) + CASE WHEN startNode(r) = u THEN ">" ELSE "<" END] AS longerKey, r, v
  ORDER BY longerKey LIMIT 10
  RETURN nodes + v AS longer, rels + r AS longerRels, longerKey
}
// In order already (the partial paths came in order, each one's extensions in order):
// the first 10 are taken without extending the partial paths after them.
WITH y, hops, layers, longer AS nodes, longerRels AS rels, longerKey AS key
LIMIT 10
WITH hops, nodes, rels, key ORDER BY key
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
