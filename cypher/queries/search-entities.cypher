// name: search-entities
// question: Which people, organizations, countries and places match a name, in any spelling or script?
// params: q (search text, Latin or Persian script, Lucene syntax: e.g. Qomi, Teheran, ظریف, "Kazemi Qomi")
// example: npm run query -- search-entities q=ظریف
//
// Full-text search over name and aliases (index entityNames, Persian analyzer: case- and
// Arabic/Persian-letter-variant-insensitive). Best match first.
CALL db.index.fulltext.queryNodes("entityNames", $q) YIELD node, score
RETURN node.id AS id,
       head(labels(node)) AS type,
       node.name AS name,
       node.aliases AS aliases,
       node.kind AS kind,
       round(score, 3) AS score
ORDER BY score DESC, id
