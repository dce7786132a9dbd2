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
// PARTICIPATED_IN edge to it (attended), or when a participation at the meeting was
// REPRESENTING it (a person attended on its behalf):
//   (actor)-[:PARTICIPATED_IN]->(m)  or  (:Participation)-[:AT]->(m), (:Participation)-[:REPRESENTING]->(actor)
// Nothing else: a country does NOT take part through its organizations (BELONGS_TO). The
// Iranian embassy attending is the embassy attending; if it went for Iran, its participation
// says REPRESENTING Iran (docs/graph-model.md, "Took part in"). One edge per actor and
// meeting, however many of its people were there. Stale edges go first.

MATCH (a)-[t:TOOK_PART_IN]->(m:Meeting)
WHERE NOT EXISTS { (a)-[:PARTICIPATED_IN]->(m) }
  AND NOT EXISTS { (a)<-[:REPRESENTING]-(:Participation)-[:AT]->(m) }
DELETE t;

CALL () {
  MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting) RETURN a, m
  UNION
  MATCH (a)<-[:REPRESENTING]-(:Participation)-[:AT]->(m:Meeting) RETURN a, m
}
MERGE (a)-[t:TOOK_PART_IN]->(m)
SET t.ownerId = a.id, t.sortKey = m.sortKey;


// ─── Titles findable whatever dash or quote is typed ───────────────────────────────────
// `searchTitle` = the title lower-cased, every dash (hyphen, en dash, em dash, minus…) as
// "-" and every quote as ' or ". Normalize what you search for the same way (the library's
// find-meetings does): WHERE m.searchTitle CONTAINS <normalized text>. Served by the text
// index meeting_search_title. The generator computes the same (src/generate/search-title.ts).

MATCH (m:Meeting)
SET m.searchTitle =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    toLower(m.title),
    '\u2010', '-'), '\u2011', '-'), '\u2012', '-'), '\u2013', '-'), '\u2014', '-'), '\u2015', '-'),
    '\u2212', '-'), '\u2018', "'"), '\u2019', "'"), '\u201C', '"'), '\u201D', '"'), '\u00B4', "'");


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
