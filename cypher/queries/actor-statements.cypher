// name: actor-statements
// question: What did an actor say, what was said on its behalf, and what was said to or about it?
// params: actor (id of a person, organization or country)
// example: npm run query -- actor-statements actor=country:IRN
//
// `role` is how the actor relates to the statement: SAID (speaker), ON_BEHALF_OF
// (principal: the state, organization or person the speaker spoke for), DIRECTED_AT
// (target) or MENTIONS (named in passing). A statement appears once per role.
MATCH (x:Person|Organization|Country {id: $actor})
CALL (x) {
  MATCH (x)-[r:SAID]->(s:Statement) RETURN s, type(r) AS role
  UNION
  MATCH (s:Statement)-[r:ON_BEHALF_OF|DIRECTED_AT|MENTIONS]->(x) RETURN s, type(r) AS role
}
RETURN role,
       s.id AS statement,
       s.date AS date,
       s.datePrecision AS datePrecision,
       s.kind AS kind,
       s.text AS text,
       s.translation AS translation,
       COLLECT { MATCH (sp:Person)-[:SAID]->(s) RETURN sp.name AS n ORDER BY n } AS speakers,
       COLLECT { MATCH (s)-[:DIRECTED_AT]->(t) RETURN t.name AS n ORDER BY n } AS directedAt,
       s.cameo AS cameo,
       s.goldstein AS goldstein
ORDER BY role, s.dateStart IS NULL, s.dateStart, statement
