// name: said-about-topic
// question: Everything said about a topic: who said it, for whom, who relayed it, and where it was reported?
// params: topic (id of a topic, e.g. topic:iraq-security), after? (the last statement of the previous page; leave out for the first), limit? (statements per page, 100 unless given, at most 1000)
// example: npm run query -- said-about-topic topic=topic:iran-us-talks-on-iraq
// pages: after=statement limit=100
//
// One row per statement, oldest first, undated last. `text` is verbatim in the article's
// language; `translation` is our English rendering (Persian statements only). `sources`
// lists "article id: excerpt" for every report of the statement.
//
// A page at a time (a busy topic has thousands of statements): the topic's ABOUT
// relationships carry its id and the statement's sortKey (date, then id), so one index seek
// past the previous page's last statement (`after`) reads the page in order and stops.
// Wrong but slow: MATCH (t:Topic {id: $topic})<-[:ABOUT]-(s:Statement) ... ORDER BY date
// reads and sorts every statement about the topic to show the first hundred.
OPTIONAL MATCH (last:Statement {id: $after})
WITH last
WHERE $after IS NULL OR last IS NOT NULL
MATCH (s:Statement)-[about:ABOUT]->()
USING INDEX SEEK about:ABOUT(ownerId, sortKey)
WHERE about.ownerId = $topic AND about.sortKey > coalesce(last.sortKey, "")
WITH s, about
ORDER BY about.ownerId, about.sortKey
LIMIT toInteger(coalesce($limit, "100"))
RETURN s.id AS statement,
       s.date AS date,
       s.datePrecision AS datePrecision,
       s.dateText AS dateText,
       s.kind AS kind,
       s.text AS text,
       s.language AS language,
       s.translation AS translation,
       COLLECT { MATCH (sp:Person)-[:SAID]->(s) RETURN sp.name AS n ORDER BY n } AS speakers,
       COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(pr) RETURN pr.name AS n ORDER BY n } AS onBehalfOf,
       COLLECT { MATCH (s)-[:RELAYED_BY]->(re) RETURN re.name AS n ORDER BY n } AS relayedBy,
       COLLECT { MATCH (s)-[:DIRECTED_AT]->(ta) RETURN ta.name AS n ORDER BY n } AS directedAt,
       s.cameo AS cameo,
       s.cameoName AS cameoName,
       s.goldstein AS goldstein,
       COLLECT {
         MATCH (s)-[r:REPORTED_BY]->(a:Article)
         RETURN a.id + ": " + r.excerpt AS source ORDER BY source
       } AS sources
ORDER BY s.dateStart IS NULL, s.dateStart, s.id
