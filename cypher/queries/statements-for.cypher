// name: statements-for
// question: Which statements were made on behalf of an actor (a country, say), by whom, and to whom?
// params: actor (id of a country, organization or person, e.g. country:IRN), after? (the last statement of the previous page; leave out for the first), limit? (statements per page, 100 unless given, at most 1000)
// example: npm run query -- statements-for actor=country:IRN
// pages: after=statement limit=100
//
// The obvious pattern is right, because each statement has at most one speaker and its
// principals are the speaker's:
//   MATCH (p:Person)-[:SAID]->(s:Statement)-[:ON_BEHALF_OF]->(:Country {id: "country:IRN"})
// A joint act (Crocker and Kazemi Qomi agreeing in July 2007 to set up a security
// subcommittee; the US and Iraqi officials who "routinely blame Tehran") is one statement per
// party, each ON_BEHALF_OF its own side and JOINT_WITH the others both ways; `jointWith` names
// the other parties ("speaker for principal", or the principal when no speaker is named), as
// the API's Statement.jointWith leads to them. Statements with no named speaker ("Iran
// announced…") have `speaker` null.
//
// A page at a time (a country speaks thousands of times): ON_BEHALF_OF carries the
// principal's id and the statement's sortKey (date, then id), so one index seek past the
// previous page's last statement (`after`) reads the page in order and stops there.
OPTIONAL MATCH (last:Statement {id: $after})
WITH last
WHERE $after IS NULL OR last IS NOT NULL
MATCH (s:Statement)-[behalf:ON_BEHALF_OF]->()
USING INDEX SEEK behalf:ON_BEHALF_OF(ownerId, sortKey)
WHERE behalf.ownerId = $actor AND behalf.sortKey > coalesce(last.sortKey, "")
WITH s, behalf
ORDER BY behalf.ownerId, behalf.sortKey
LIMIT toInteger(coalesce($limit, "100"))
OPTIONAL MATCH (speaker:Person)-[:SAID]->(s)
RETURN s.id AS statement,
       s.date AS date,
       s.datePrecision AS datePrecision,
       s.dateText AS dateText,
       speaker.name AS speaker,
       coalesce(s.translation, s.text) AS text,
       COLLECT { MATCH (s)-[:DIRECTED_AT]->(t) RETURN t.name AS n ORDER BY n } AS directedAt,
       COLLECT {
         MATCH (s)-[:JOINT_WITH]->(other:Statement)
         OPTIONAL MATCH (partner:Person)-[:SAID]->(other)
         WITH other, partner, COLLECT { MATCH (other)-[:ON_BEHALF_OF]->(p) RETURN p.name AS n ORDER BY n } AS sides
         RETURN coalesce(partner.name + " for ", "") + reduce(acc = "", n IN sides | acc + CASE acc WHEN "" THEN "" ELSE ", " END + n) AS n
         ORDER BY n
       } AS jointWith,
       s.cameo AS cameo,
       s.goldstein AS goldstein,
       // Where it was reported: each article, and the verbatim excerpt (in the same order).
       COLLECT { MATCH (s)-[r:REPORTED_BY]->(a:Article) RETURN a.id AS a ORDER BY a, r.excerpt } AS articles,
       COLLECT { MATCH (s)-[r:REPORTED_BY]->(a:Article) RETURN r.excerpt AS e ORDER BY a.id, e } AS excerpts
ORDER BY s.dateStart IS NULL, s.dateStart, statement
