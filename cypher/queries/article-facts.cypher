// name: article-facts
// question: Which facts (meetings, participations, statements, positions) does one article report, and with which words?
// params: article (id of an article, e.g. article:004-iran-welcomes-fourth-round)
// example: npm run query -- article-facts article=article:001-crocker-meeting-iran-envoy
//
// One row per fact, grouped by type (Meeting, Participation, Position, Statement) then id. `fact` is a
// readable one-liner; `excerpts` are the verbatim passages of this article that report
// it; `alsoReportedBy` lists the other articles that report the same fact.
MATCH (a:Article {id: $article})<-[:REPORTED_BY]-(f)
WITH DISTINCT a, f
WITH a, f,
     CASE
       WHEN f:Meeting THEN "Meeting"
       WHEN f:Statement THEN "Statement"
       WHEN f:Position THEN "Position"
       WHEN f:Participation THEN "Participation"
     END AS type,
     // who the statement is from: its speakers, else those it was made on behalf of
     coalesce(
       nullIf(COLLECT { MATCH (sp:Person)-[:SAID]->(f) RETURN sp.name AS n ORDER BY n }, []),
       COLLECT { MATCH (f)-[:ON_BEHALF_OF]->(pr) RETURN pr.name AS n ORDER BY n }
     ) AS source
RETURN type,
       f.id AS id,
       CASE type
         WHEN "Meeting" THEN f.title + " [" + f.status + "]"
         WHEN "Statement" THEN
           reduce(acc = "", n IN source | acc + CASE acc WHEN "" THEN "" ELSE ", " END + n)
           + ": " + coalesce(f.translation, f.text)
         WHEN "Position" THEN
           head(COLLECT { MATCH (h:Person)-[:HELD_POSITION]->(f) RETURN h.name AS n ORDER BY n })
           + ": " + f.title
           + CASE f.current WHEN true THEN " (current)" WHEN false THEN " (former)" ELSE "" END
         WHEN "Participation" THEN
           head(COLLECT { MATCH (w)-[:TOOK_PART_AS]->(f) RETURN w.name AS n ORDER BY n })
           + head(COLLECT {
               MATCH (f)-[:AT]->(m:Meeting)
               RETURN CASE m.status WHEN "HELD" THEN " took part in " ELSE " was to take part in " END
                      + m.title AS n
             })
           + coalesce(" (" + f.role + ")", "")
           + coalesce(" for " + head(COLLECT { MATCH (f)-[:REPRESENTING]->(r) RETURN r.name AS n ORDER BY n }), "")
       END AS fact,
       coalesce(f.date, f.asOf) AS date,
       f.cameo AS cameo,
       COLLECT {
         MATCH (f)-[r:REPORTED_BY]->(a)
         RETURN r.excerpt AS excerpt ORDER BY excerpt
       } AS excerpts,
       COLLECT {
         MATCH (f)-[:REPORTED_BY]->(other:Article)
         WHERE other <> a
         RETURN DISTINCT other.id AS o ORDER BY o
       } AS alsoReportedBy
ORDER BY type, id
