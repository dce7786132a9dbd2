// =====================================================================================
// Derived data: the keys that let Neo4j serve every list of the API one page at a time.
// Applied after the seeds (src/db/apply-scripts.ts); every statement is idempotent. The
// scale generator (src/generate/) writes the same properties directly, and a test checks
// that applying this file to generated data changes nothing.
//
// Why: a page of "a hub's meetings in date order" must cost one page, not a sort of the
// hub's 28k meetings. A range index can only serve an order that is stored, so each list's
// order is stored as a string `sortKey`, and each per-parent list's relationships carry the
// parent's id (`ownerId`) so that one composite index seek (ownerId = $id AND sortKey > $after,
// ORDER BY ownerId, sortKey) yields the page in order. Documented in docs/graph-model.md.
// =====================================================================================


// ─── Sort keys of listed nodes ─────────────────────────────────────────────────────────
// Chronological: ISO start date (undated last), then the id. Name order: lower-cased
// name, then the id. Strings compare as the API orders, so a key is also a cursor.

MATCH (m:Meeting)
SET m.sortKey = coalesce(toString(m.dateStart), '9999-12-31') + '|' + m.id;

MATCH (s:Statement)
SET s.sortKey = coalesce(toString(s.dateStart), '9999-12-31') + '|' + s.id;

MATCH (n:Person|Organization)
SET n.nameKey = toLower(n.name) + '|' + n.id;


// ─── TOOK_PART_IN: the one definition of "took part in" ───────────────────────────────
// An actor (person, organization or country) took part in a meeting when it has a
// PARTICIPATED_IN edge to it, or when a participant's PARTICIPATED_IN says it was
// `representing` that actor. One TOOK_PART_IN edge per actor and meeting, however many
// of its people were there. Stale edges (their participation removed) go first.

MATCH (a)-[t:TOOK_PART_IN]->(m:Meeting)
WHERE NOT EXISTS {
  MATCH (x)-[r:PARTICIPATED_IN]->(m) WHERE x = a OR r.representing = a.id
}
DELETE t;

MATCH (x)-[r:PARTICIPATED_IN]->(m:Meeting)
UNWIND [x.id, r.representing] AS actorId
WITH DISTINCT m, actorId
WHERE actorId IS NOT NULL
MATCH (a:Person|Organization|Country {id: actorId})
MERGE (a)-[t:TOOK_PART_IN]->(m)
SET t.ownerId = a.id, t.sortKey = m.sortKey;


// ─── Per-parent list keys on the relationships the API lists ───────────────────────────

// A person's statements.
MATCH (p:Person)-[r:SAID]->(s:Statement)
SET r.ownerId = p.id, r.sortKey = s.sortKey;

// Statements made on an actor's behalf.
MATCH (s:Statement)-[r:ON_BEHALF_OF]->(a)
SET r.ownerId = a.id, r.sortKey = s.sortKey;

// A topic's meetings and statements.
MATCH (x:Meeting|Statement)-[r:ABOUT]->(t:Topic)
SET r.ownerId = t.id, r.sortKey = x.sortKey;
