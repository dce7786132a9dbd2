// name: statements-for
// question: Which statements were made on behalf of an actor (a country, say), by whom, and to whom?
// params: actor (id of a country, organization or person, e.g. country:IRN)
// example: npm run query -- statements-for actor=country:IRN
//
// The obvious pattern is right, because each statement has at most one speaker and its
// principals are the speaker's:
//   MATCH (p:Person)-[:SAID]->(s:Statement)-[:ON_BEHALF_OF]->(:Country {id: "country:IRN"})
// A joint act (Crocker and Kazemi Qomi agreeing in July 2007 to set up a security
// subcommittee) is one statement per speaker, each ON_BEHALF_OF its own government and
// linked by JOINT_WITH; `jointWith` names the partner statements' speakers. Statements with no
// named speaker ("Iran announced…") have `speaker` null.
MATCH (a:Person|Organization|Country {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)
OPTIONAL MATCH (speaker:Person)-[:SAID]->(s)
RETURN s.id AS statement,
       s.date AS date,
       s.dateText AS dateText,
       speaker.name AS speaker,
       coalesce(s.translation, s.text) AS text,
       COLLECT { MATCH (s)-[:DIRECTED_AT]->(t) RETURN t.name AS n ORDER BY n } AS directedAt,
       COLLECT {
         MATCH (s)-[:JOINT_WITH]-(:Statement)<-[:SAID]-(partner:Person)
         RETURN partner.name AS n ORDER BY n
       } AS jointWith,
       s.cameo AS cameo,
       s.goldstein AS goldstein
ORDER BY s.dateStart IS NULL, s.dateStart, statement
