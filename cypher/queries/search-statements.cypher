// name: search-statements
// question: Which statements contain some words, in the original text or its English translation?
// params: q (search text, Latin or Persian script, Lucene syntax: e.g. negotiations, توافق, "near future"), limit? (how many of the best matches, 100 unless given)
// example: npm run query -- search-statements q=negotiations
//
// Full-text search over Statement text and translation (index statementText). Best match
// first, with speaker and date. The best `limit` matches only: a common word is in a hundred
// thousand statements of a real corpus, and the index hands over its best first.
CALL db.index.fulltext.queryNodes("statementText", $q, {limit: toInteger(coalesce($limit, "100"))})
YIELD node AS s, score
RETURN s.id AS statement,
       s.text AS text,
       s.translation AS translation,
       COLLECT { MATCH (sp:Person)-[:SAID]->(s) RETURN sp.name AS n ORDER BY n } AS speakers,
       COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(pr) RETURN pr.name AS n ORDER BY n } AS onBehalfOf,
       s.date AS date,
       s.cameo AS cameo,
       round(score, 3) AS score
ORDER BY score DESC, statement
