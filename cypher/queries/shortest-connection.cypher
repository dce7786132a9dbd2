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
// They are found without listing every tie: a guided search (see below) that goes from a
// towards b one step at a time, keeping only the neighbours that are still on a shortest
// path, smallest ids first, and never more than 10 partial paths.
MATCH (x:Person|Organization|Country {id: $a})
MATCH (y:Person|Organization|Country {id: $b})
WHERE x <> y
MATCH path = allShortestPaths(
  (x)-[:TOOK_PART_IN|HOSTED_BY|SAID|ON_BEHALF_OF|DIRECTED_AT|RELAYED_BY|HELD_POSITION|OF|PART_OF|BELONGS_TO*..6]-(y)
)
WITH path,
     [n IN nodes(path) |
       coalesce(
         n.name,
         CASE WHEN n:Position
           THEN "position “" + n.title + "”"
           ELSE n.title
         END,
         "statement “" + left(coalesce(n.translation, n.text), 70)
           + CASE WHEN size(coalesce(n.translation, n.text)) > 70 THEN "…" ELSE "" END + "”"
       )
     ] AS labels,
     relationships(path) AS rels
WITH length(path) AS hops,
     [i IN range(0, size(rels) - 1) |
       CASE WHEN startNode(rels[i]) = nodes(path)[i]
         THEN labels[i] + " —" + type(rels[i]) + "→ " + labels[i + 1]
         ELSE labels[i] + " ←" + type(rels[i]) + "— " + labels[i + 1]
       END
     ] AS steps,
     [n IN nodes(path) | n.id] AS nodeIds
RETURN hops, steps, nodeIds
ORDER BY hops, nodeIds
LIMIT 10
