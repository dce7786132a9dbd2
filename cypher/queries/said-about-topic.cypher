// name: said-about-topic
// question: Everything said about a topic: who said it, for whom, who relayed it, and where it was reported?
// params: topic (id of a topic, e.g. topic:iraq-security)
// example: npm run query -- said-about-topic topic=topic:iran-us-talks-on-iraq
//
// One row per statement, oldest first, undated last. `text` is verbatim in the article's
// language; `translation` is our English rendering (Persian statements only). `sources`
// lists "article id: excerpt" for every report of the statement.
MATCH (t:Topic {id: $topic})<-[:ABOUT]-(s:Statement)
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
