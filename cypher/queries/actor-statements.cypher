// name: actor-statements
// question: What did an actor say, what was said on its behalf, and what was said to or about it?
// params: actor (id of a person, organization or country), after? (the cursor of the previous page's last row; leave out for the first), limit? (rows per page, 100 unless given, at most 1000)
// example: npm run query -- actor-statements actor=country:IRN
// pages: after=cursor limit=100
//
// `role` is how the actor relates to the statement: SAID (speaker), ON_BEHALF_OF
// (principal: the state, organization or person the speaker spoke for), DIRECTED_AT
// (target) or MENTIONS (named in passing). A statement appears once per role.
//
// By role, then date (undated last), then id, a page at a time: a minister is in tens of
// thousands of statements. `cursor` (role|sortKey) marks a row's place; the next page starts
// after the previous page's last cursor. The rows of each role are collected with their
// sort keys only; speakers and targets are looked up for the page's rows alone.
MATCH (x:Person|Organization|Country {id: $actor})
CALL (x) {
  // SAID and ON_BEHALF_OF carry the statement's sortKey (cypher/derived.cypher): read there,
  // a minister's thousands of statements are ordered without opening each statement.
  MATCH (x)-[r:SAID]->(s:Statement) RETURN s, type(r) AS role, r.sortKey AS key
  UNION
  MATCH (s:Statement)-[r:ON_BEHALF_OF]->(x) RETURN s, type(r) AS role, r.sortKey AS key
  UNION
  MATCH (s:Statement)-[r:DIRECTED_AT|MENTIONS]->(x) RETURN s, type(r) AS role, s.sortKey AS key
}
WITH role, s, role + "|" + key AS cursor
WHERE cursor > coalesce($after, "")
WITH role, s, cursor
ORDER BY cursor
LIMIT toInteger(coalesce($limit, "100"))
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
       s.goldstein AS goldstein,
       cursor
ORDER BY cursor
