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
// after the previous page's last cursor. Each role's list is read in date order past the
// cursor and stops at `limit` rows, each from its (ownerId, sortKey) index (a statement's
// SAID, ON_BEHALF_OF, DIRECTED_AT and MENTIONS edges carry the actor's id and the
// statement's sortKey: cypher/derived.cypher), already in order, so no role's list is
// sorted however long it is; the page is the first `limit` of those, and a role before the
// cursor's is not read at all. Speakers and targets are looked up for the page's rows alone.
MATCH (x:Person|Organization|Country {id: $actor})
WITH x,
     split(coalesce($after, ""), "|")[0] AS afterRole,
     substring(coalesce($after, ""), size(split(coalesce($after, ""), "|")[0]) + 1) AS afterKey
CALL (x, afterRole, afterKey) {
  // Rows of `role` come after the cursor when the role sorts after the cursor's, or when it
  // is the cursor's role and the key sorts after the cursor's key.
  WITH x, afterRole, afterKey WHERE "SAID" >= afterRole
  CALL (x, afterRole, afterKey) {
    MATCH ()-[r:SAID]->(s:Statement)
    USING INDEX SEEK r:SAID(ownerId, sortKey)
    WHERE r.ownerId = x.id AND r.sortKey > CASE afterRole WHEN "SAID" THEN afterKey ELSE "" END
    WITH s, r ORDER BY r.ownerId, r.sortKey LIMIT toInteger(coalesce($limit, "100"))
    RETURN s, r.sortKey AS key
  }
  RETURN s, "SAID" AS role, key
  UNION
  WITH x, afterRole, afterKey WHERE "ON_BEHALF_OF" >= afterRole
  CALL (x, afterRole, afterKey) {
    MATCH (s:Statement)-[r:ON_BEHALF_OF]->()
    USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
    WHERE r.ownerId = x.id
      AND r.sortKey > CASE afterRole WHEN "ON_BEHALF_OF" THEN afterKey ELSE "" END
    WITH s, r ORDER BY r.ownerId, r.sortKey LIMIT toInteger(coalesce($limit, "100"))
    RETURN s, r.sortKey AS key
  }
  RETURN s, "ON_BEHALF_OF" AS role, key
  UNION
  WITH x, afterRole, afterKey WHERE "DIRECTED_AT" >= afterRole
  CALL (x, afterRole, afterKey) {
    MATCH (s:Statement)-[r:DIRECTED_AT]->()
    USING INDEX SEEK r:DIRECTED_AT(ownerId, sortKey)
    WHERE r.ownerId = x.id
      AND r.sortKey > CASE afterRole WHEN "DIRECTED_AT" THEN afterKey ELSE "" END
    WITH s, r ORDER BY r.ownerId, r.sortKey LIMIT toInteger(coalesce($limit, "100"))
    RETURN s, r.sortKey AS key
  }
  RETURN s, "DIRECTED_AT" AS role, key
  UNION
  WITH x, afterRole, afterKey WHERE "MENTIONS" >= afterRole
  CALL (x, afterRole, afterKey) {
    MATCH (s:Statement)-[r:MENTIONS]->()
    USING INDEX SEEK r:MENTIONS(ownerId, sortKey)
    WHERE r.ownerId = x.id
      AND r.sortKey > CASE afterRole WHEN "MENTIONS" THEN afterKey ELSE "" END
    WITH s, r ORDER BY r.ownerId, r.sortKey LIMIT toInteger(coalesce($limit, "100"))
    RETURN s, r.sortKey AS key
  }
  RETURN s, "MENTIONS" AS role, key
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
