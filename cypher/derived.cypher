// =====================================================================================
// Derived data: the keys that let Neo4j serve every list of the API one page at a time.
//
// Each rule below computes the derived data of ONE node, bound as `node`, from the facts
// around it; `// for each:` names the labels it runs for. src/ingest/derive.ts runs a rule
//   * for the nodes an applied seed file touched (UNWIND $ids … CALL (node) { rule }), in
//     the same transaction as the facts, so a reader never sees facts without their keys;
//   * for every node of its labels, in batches of their own transactions, when a rule
//     changes (`npm run seed -- --rebuild-derived`; also at start when this file's hash
//     differs from the one recorded in the graph).
// One text for both, so an incremental update and a rebuild cannot disagree (a test compares
// them). A rule reads and writes only its node and that node's own relationships: its cost
// is the node's degree, never the graph's size. The scale generator (src/generate/) writes
// the same values directly; a test checks that a rebuild of generated data changes nothing.
//
// Why: a page of "a hub's meetings in date order" must cost one page, not a sort of the
// hub's 28k meetings. A range index can only serve an order that is stored, so each list's
// order is stored as a string `sortKey`, and each per-parent list's relationships carry the
// parent's id (`ownerId`) so that one composite index seek (ownerId = $id AND sortKey > $after,
// ORDER BY ownerId, sortKey) yields the page in order. Documented in docs/graph-model.md.
//
// Aggregates (issue 24): counts and ranks that would otherwise walk a hub (the meetings two
// actors shared: MET_WITH) are kept by delta, which a rule of one node's facts cannot
// express alone. So a rule's header may say when it runs besides `for each`:
//   `for each: L` — on an applied change (after the facts) and in a rebuild;
//   `before a change, for each: L` — on an applied change, for the touched nodes, BEFORE the
//     facts change (what the node counted so far is taken away);
//   `after a change, for each: L` — on an applied change only, after the facts, in order;
//   `in a rebuild, for each: L` — in a rebuild only: from scratch, per node.
// The delta rules cost the touched node's own neighbourhood (a meeting's attendees squared)
// and the aggregate edges they touch, found by index, never a hub's degree; the rebuild rule
// costs its node's degree. A test applies, corrects and retracts the articles in every order
// and compares the aggregates with a plain recount and with a rebuild.
// =====================================================================================


// ─── Meetings ─────────────────────────────────────────────────────────────────────────
// sortKey: ISO start date (undated last), then the id; a key is also a cursor.
// searchTitle: the title lower-cased, every dash (hyphen, en dash, em dash, minus…) as "-"
// and every quote as ' or ". Normalize what you search for the same way (the library's
// find-meetings does): WHERE m.searchTitle CONTAINS <normalized text>. Served by the text
// index meeting_search_title. The generator computes the same (src/generate/search-title.ts).

// for each: Meeting
SET node.sortKey = coalesce(toString(node.dateStart), '9999-12-31') + '|' + node.id,
    node.searchTitle =
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    toLower(node.title),
    '\u2010', '-'), '\u2011', '-'), '\u2012', '-'), '\u2013', '-'), '\u2014', '-'), '\u2015', '-'),
    '\u2212', '-'), '\u2018', "'"), '\u2019', "'"), '\u201C', '"'), '\u201D', '"'), '\u00B4', "'");

// TOOK_PART_IN: the one definition of "took part in", and TO_TAKE_PART_IN, its counterpart
// for a meeting that did not take place (issue 20). An actor (person, organization or
// country) takes part in a meeting through a Participation at it: its own (it TOOK_PART_AS
// it: a person, or a body or state attending as such) or one REPRESENTING it (a person
// attended on its behalf):
//   (actor)-[:TOOK_PART_AS]->(:Participation)-[:AT]->(m)
//   (:Participation)-[:AT]->(m), (:Participation)-[:REPRESENTING]->(actor)
// On a HELD meeting that is attendance: TOOK_PART_IN. On a PLANNED, PROPOSED or DECLINED one
// it is intended participation: TO_TAKE_PART_IN, never TOOK_PART_IN, so the obvious
// (a)-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(b) never meets at talks that were refused.
// Nothing else: a country does NOT take part through its organizations (BELONGS_TO). The
// Iranian embassy attending is the embassy attending; if it went for Iran, its participation
// says REPRESENTING Iran (docs/graph-model.md, "Took part in"). One edge per actor and
// meeting, however many of its people were there. Stale edges go first (a participation
// gone, or the meeting's status changed). Every pattern is walked from the meeting, whose
// degree is small, never from an actor, whose is not.

// (The actors are collected from the meeting first: an EXISTS with both ends bound let the
// planner walk from the actor, a hub's every participation for each of its meetings.)

// for each: Meeting
WITH node, COLLECT {
  MATCH (node)<-[:AT]-(:Participation)<-[:TOOK_PART_AS]-(a)
  RETURN a
  UNION
  MATCH (node)<-[:AT]-(:Participation)-[:REPRESENTING]->(a)
  RETURN a
} AS actors
MATCH (node)<-[t:TOOK_PART_IN|TO_TAKE_PART_IN]-(a)
WHERE type(t) <> CASE node.status WHEN "HELD" THEN "TOOK_PART_IN" ELSE "TO_TAKE_PART_IN" END
   OR NOT a IN actors
DELETE t;

// for each: Meeting
CALL (node) {
  MATCH (node)<-[:AT]-(:Participation)<-[:TOOK_PART_AS]-(a)
  RETURN a
  UNION
  MATCH (node)<-[:AT]-(:Participation)-[:REPRESENTING]->(a)
  RETURN a
}
WITH node, a
WHERE node.status = "HELD"
MERGE (a)-[t:TOOK_PART_IN]->(node)
SET t.ownerId = a.id, t.sortKey = node.sortKey;

// for each: Meeting
CALL (node) {
  MATCH (node)<-[:AT]-(:Participation)<-[:TOOK_PART_AS]-(a)
  RETURN a
  UNION
  MATCH (node)<-[:AT]-(:Participation)-[:REPRESENTING]->(a)
  RETURN a
}
WITH node, a
WHERE node.status <> "HELD"
MERGE (a)-[:TO_TAKE_PART_IN]->(node);

// ─── Aggregates: the meetings two actors shared (MET_WITH) ────────────────────────────
// (a)-[:MET_WITH {ownerId: a.id, counterpartId: b.id, meetings, rankKey}]->(b), one each way
// for every two distinct actors that both TOOK_PART_IN a meeting (the one definition above):
// `meetings` is how many they both took part in, `rankKey` orders a's counterparts of one
// label most met first, then by lower-cased name, then by id (NUL sorts before any
// character of a name):
//   <b's label> | <9999999999 - meetings, ten digits> | toLower(b.name) NUL b.id
// Index met_with_rank (ownerId, rankKey): "a's people met most" is one seek in order.
// Index met_with_pair (ownerId, counterpartId): the rules find a pair's edge by its ids (a
// MERGE or an Expand(Into) between two hubs walks one hub's MET_WITH edges), as a SEEK: a
// plain USING INDEX may also be met by a scan of the index (every edge read for each pair).
//
// A meeting's contribution is the pairs among its attendees (its TOOK_PART_IN actors).
// Before a change touching the meeting, its contribution goes: each pair loses one, an edge
// at 0 is deleted (a meeting retracted with its file is deleted with its TOOK_PART_IN edges,
// so this cannot wait for after the change).

// before a change, for each: Meeting
WITH node, COLLECT { MATCH (node)<-[:TOOK_PART_IN]-(a) RETURN a } AS attendees
UNWIND attendees AS a
UNWIND attendees AS b
WITH a, b
WHERE a <> b
MATCH ()-[r:MET_WITH]->()
USING INDEX SEEK r:MET_WITH(ownerId, counterpartId)
WHERE r.ownerId = a.id AND r.counterpartId = b.id
WITH b, r, r.meetings - 1 AS n
CALL (r, n) {
  WITH r, n WHERE n <= 0
  DELETE r
}
CALL (b, r, n) {
  WITH b, r, n WHERE n > 0
  SET r.meetings = n,
      r.rankKey = head([l IN labels(b) WHERE l IN ['Person', 'Organization', 'Country']]) + '|' +
      right('000000000' + toString(9999999999 - n), 10) + '|' + toLower(b.name) + '\u0000' + b.id
};

// After the TOOK_PART_IN rules above: the meeting's contribution as it is now, each pair among
// its attendees gains one (a new pair's edge is created).

// after a change, for each: Meeting
WITH node, COLLECT { MATCH (node)<-[:TOOK_PART_IN]-(a) RETURN a } AS attendees
UNWIND attendees AS a
UNWIND attendees AS b
WITH a, b
WHERE a <> b
OPTIONAL MATCH ()-[r:MET_WITH]->()
USING INDEX SEEK r:MET_WITH(ownerId, counterpartId)
WHERE r.ownerId = a.id AND r.counterpartId = b.id
WITH a, b, r, coalesce(r.meetings, 0) + 1 AS n
CALL (a, b, r, n) {
  WITH a, b, r, n WHERE r IS NULL
  CREATE (a)-[:MET_WITH {ownerId: a.id, counterpartId: b.id, meetings: n,
    rankKey: head([l IN labels(b) WHERE l IN ['Person', 'Organization', 'Country']]) + '|' +
      right('000000000' + toString(9999999999 - n), 10) + '|' + toLower(b.name) + '\u0000' + b.id}]->(b)
}
CALL (b, r, n) {
  WITH b, r, n WHERE r IS NOT NULL
  SET r.meetings = n,
      r.rankKey = head([l IN labels(b) WHERE l IN ['Person', 'Organization', 'Country']]) + '|' +
      right('000000000' + toString(9999999999 - n), 10) + '|' + toLower(b.name) + '\u0000' + b.id
};

// A topic's meetings: the ABOUT edge carries the topic's id and the meeting's key.
// for each: Meeting
MATCH (node)-[r:ABOUT]->(t:Topic)
SET r.ownerId = t.id, r.sortKey = node.sortKey;


// ─── Statements ───────────────────────────────────────────────────────────────────────

// for each: Statement
SET node.sortKey = coalesce(toString(node.dateStart), '9999-12-31') + '|' + node.id;

// A person's statements.
// for each: Statement
MATCH (node)<-[r:SAID]-(p:Person)
SET r.ownerId = p.id, r.sortKey = node.sortKey;

// Statements made on an actor's behalf.
// for each: Statement
MATCH (node)-[r:ON_BEHALF_OF]->(a)
SET r.ownerId = a.id, r.sortKey = node.sortKey;

// Statements directed at an actor, and statements that mention one (a meeting's or a
// position's MENTIONS has no key: the lists are of statements).
// for each: Statement
MATCH (node)-[r:DIRECTED_AT|MENTIONS]->(a)
SET r.ownerId = a.id, r.sortKey = node.sortKey;

// A topic's statements.
// for each: Statement
MATCH (node)-[r:ABOUT]->(t:Topic)
SET r.ownerId = t.id, r.sortKey = node.sortKey;

// What a relay passed on (RELAYED_BY): the relay's id, the statement's key, and `sourceKey`,
// the statement's source before its key: the speaker's name, or when the text names no
// speaker the names of those it was made on behalf of (in order, ", " between), then NUL,
// then sortKey. So a relay's statements by source, each source's in date order, are one
// index seek (relayed_by_source), and a page of the library's relayed-statements reads only
// its rows' statements. A rename of a speaker or principal changes the key: below.
// for each: Statement
WITH node, coalesce(
  nullIf(COLLECT { MATCH (sp:Person)-[:SAID]->(node) RETURN sp.name AS n ORDER BY n }, []),
  COLLECT { MATCH (node)-[:ON_BEHALF_OF]->(pr) RETURN pr.name AS n ORDER BY n }
) AS names
WITH node, reduce(acc = '', n IN names | acc + CASE acc WHEN '' THEN '' ELSE ', ' END + n) AS source
MATCH (node)-[r:RELAYED_BY]->(relay)
SET r.ownerId = relay.id, r.sortKey = node.sortKey, r.sourceKey = source + '\u0000' + node.sortKey;


// ─── People and organizations in name order ───────────────────────────────────────────
// nameKey: lower-cased name, then the id.

// for each: Person, Organization
SET node.nameKey = toLower(node.name) + '|' + node.id;


// ─── Names as people type them in Persian ─────────────────────────────────────────────
// searchNames: every name and alias with Arabic letter forms folded to Persian (ي ى → ی,
// ك → ک, ة ۀ → ه), zero-width non-joiners removed (حوثی‌ها → حوثیها), and each word's
// Persian plural suffix stripped (حوثیها → حوثی, ...های → ...). Indexed by the full-text
// index entityNames beside name and aliases, so the usual spelling with a ZWNJ, the article's
// spelling without one and the singular all find the Houthis (issue 20). Latin names pass
// through unchanged (they contain none of these letters).

// for each: Person, Organization, Country, Place
WITH node, [n IN [node.name] + coalesce(node.aliases, []) |
  replace(replace(replace(replace(replace(replace(replace(
    n, '\u064A', '\u06CC'), '\u0649', '\u06CC'), '\u0643', '\u06A9'), '\u0629', '\u0647'),
    '\u06C0', '\u0647'), '\u200C', ''), '\u200F', '')] AS folded
WITH node, folded, reduce(words = [], n IN folded | words + split(n, ' ')) AS words
SET node.searchNames = folded
  + [w IN words WHERE size(w) > 5 AND w ENDS WITH '\u0647\u0627\u06CC' | left(w, size(w) - 3)]
  + [w IN words WHERE size(w) > 4 AND w ENDS WITH '\u0647\u0627' | left(w, size(w) - 2)];


// ─── Aggregates from scratch, and after a rename ──────────────────────────────────────
// A rebuild cannot replay changes: each actor's own MET_WITH edges (ownerId = its id) are
// recomputed from its TOOK_PART_IN edges, at the cost of its degree (in batches).
// $counterparts ({after, through}) is the range of counterpart ids one run rebuilds:
// after < id <= through, through null for no end. Usually everything (after '', through
// null); a hub's counterparts are more edges than one transaction may write (the busiest
// country's, bench/ingest/README.md), so a rebuild runs a hub's range in slices,
// each its own transaction (src/ingest/rebuild.ts).

// in a rebuild, for each: Person, Organization, Country
CALL (node) {
  MATCH (node)-[r:MET_WITH]->()
  WHERE r.counterpartId > $counterparts.after
    AND r.counterpartId <= coalesce($counterparts.through, r.counterpartId)
  DELETE r
}
WITH node
MATCH (node)-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(b)
WHERE b <> node AND b.id > $counterparts.after
  AND b.id <= coalesce($counterparts.through, b.id)
WITH node, b, count(m) AS n
CREATE (node)-[:MET_WITH {ownerId: node.id, counterpartId: b.id, meetings: n,
  rankKey: head([l IN labels(b) WHERE l IN ['Person', 'Organization', 'Country']]) + '|' +
      right('000000000' + toString(9999999999 - n), 10) + '|' + toLower(b.name) + '\u0000' + b.id}]->(b);

// A rename changes keys that hold the name: the rankKey of every MET_WITH edge that points
// at the actor (its counterparts' edges), and the sourceKey of what was relayed of its words
// (statements it said, or made on its behalf with no speaker named). Before a change the name
// is noted on the node (in the change's own transaction: no reader ever sees it); after it,
// an actor whose name differs is marked (RenamedActor, with how many keys may hold its name)
// and the note goes: an actor touched without a rename costs nothing more. The keys are then
// rewritten by the rules "after a rename" below, in the change's transaction when they are
// few (at most INLINE_RENAME_KEYS, src/ingest/rename.ts), else right after it, a slice per
// transaction (a hub's keys are more than one transaction may hold: bench/ingest/README.md);
// until then that actor's counterparts list it by its old name.

// A node that had no name (an article file may name an actor another file describes) or
// did not exist counts as renamed: its keys were computed without a name.

// before a change, for each: Person, Organization, Country
SET node.nameBeforeChange = coalesce(node.name, '');

// after a change, for each: Person, Organization, Country
WITH node, node.nameBeforeChange AS before
REMOVE node.nameBeforeChange
WITH node, before
WHERE before IS NULL OR before <> coalesce(node.name, '')
MERGE (k:Internal:RenamedActor {id: node.id})
SET k.label = head([l IN labels(node) WHERE l IN ['Person', 'Organization', 'Country']]),
    k.keys = COUNT { (node)<-[:MET_WITH]-() } + COUNT { (node)-[:SAID]->() } +
             COUNT { (node)<-[:ON_BEHALF_OF]-() };

// $range ({after, through}, like the rebuild's range above): the ids of the other ends whose keys one
// run rewrites, the counterparts (owners of the edges) here, the statements below.

// after a rename, for each: Person, Organization, Country
WITH node, head([l IN labels(node) WHERE l IN ['Person', 'Organization', 'Country']]) AS label
MATCH (node)<-[r:MET_WITH]-(a)
WHERE a.id > $range.after AND a.id <= coalesce($range.through, a.id)
SET r.rankKey = label + '|' + right('000000000' + toString(9999999999 - r.meetings), 10) + '|' +
    toLower(node.name) + '\u0000' + node.id;

// after a rename, for each: Person, Organization, Country
CALL (node) {
  MATCH (node)-[:SAID]->(s:Statement)
  RETURN s
  UNION
  MATCH (s:Statement)-[:ON_BEHALF_OF]->(node)
  WHERE NOT EXISTS { (:Person)-[:SAID]->(s) }
  RETURN s
}
WITH s
WHERE s.id > $range.after AND s.id <= coalesce($range.through, s.id)
WITH s, coalesce(
  nullIf(COLLECT { MATCH (sp:Person)-[:SAID]->(s) RETURN sp.name AS n ORDER BY n }, []),
  COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(pr) RETURN pr.name AS n ORDER BY n }
) AS names
WITH s, reduce(acc = '', n IN names | acc + CASE acc WHEN '' THEN '' ELSE ', ' END + n) AS source
MATCH (s)-[r:RELAYED_BY]->()
SET r.sourceKey = source + '\u0000' + s.sortKey;
