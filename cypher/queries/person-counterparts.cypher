// name: person-counterparts
// question: Whom did a person meet, how often, and whom did each counterpart represent?
// params: person (id of a person), limit? (how many of the people met most, 100 unless given)
// example: npm run query -- person-counterparts person=person:ryan-crocker
//
// Counterparts are the other named people at the same meetings: TOOK_PART_IN holds only for
// meetings that took place (a planned, proposed or declined meeting is no encounter: its
// intended participants are TO_TAKE_PART_IN it). The API's Person.counterparts follows the
// same rule (a parity test pins the two). Without `other:Person`, the states represented
// there would count as "people met".
//
// Each counterpart comes with the first five meetings the two shared, in date order
// (undated last): their titles (`meetingTitles`), and the counterpart's `roles` there and
// whom they represented there (`representing`: names, not ids; empty when the text does not
// say). Five, as the API's
// Counterpart.representing reads them; `meetings` counts them all, and
// meetings-between lists them all, a page at a time.
//
// Ranked by the MET_WITH aggregate (docs/graph-model.md, "Aggregates"): the person's edges
// to people, most meetings first (index met_with_rank), read up to the `limit`-th, then
// every one met as often as it (the ties at the boundary), ordered by meetings and name as
// always: a hub's counterparts cost a few hundred index entries, not its 57k meetings.
MATCH (p:Person {id: $person})
CALL (p) {
  MATCH ()-[r:MET_WITH]->(:Person)
  USING INDEX SEEK r:MET_WITH(ownerId, rankKey)
  WHERE r.ownerId = p.id AND r.rankKey STARTS WITH "Person|"
  WITH r ORDER BY r.ownerId, r.rankKey
  LIMIT toInteger(coalesce($limit, "100"))
  RETURN min(r.meetings) AS fewest
}
// rankKey's count is 9999999999 - meetings in ten digits: meetings >= fewest is a key below
// the one of fewest - 1.
MATCH ()-[r:MET_WITH]->(other:Person)
USING INDEX SEEK r:MET_WITH(ownerId, rankKey)
WHERE r.ownerId = p.id AND r.rankKey >= "Person|"
  AND r.rankKey < "Person|" + toString(10000000000 - fewest)
WITH p, other, r.meetings AS meetings
ORDER BY meetings DESC, other.name
LIMIT toInteger(coalesce($limit, "100"))
// Each one's first five shared meetings: the meetings of whichever of the two took part in
// fewer (a degree lookup decides), in date order from the index on TOOK_PART_IN's
// (ownerId, sortKey), each checked for the other by a seek of the same key in the other's
// list, until five are found: a hub's top hundred cost a few thousand index entries, not its
// tens of thousands of meetings, each walked with every counterpart's rows.
WITH p, collect({other: other, meetings: meetings}) AS ranked
UNWIND ranked AS c
WITH p, c.other AS other, c.meetings AS meetings
WITH other, meetings,
     CASE
       WHEN COUNT { (p)-[:TOOK_PART_IN]->() } <= COUNT { (other)-[:TOOK_PART_IN]->() }
       THEN [p, other]
       ELSE [other, p]
     END AS pair
CALL (other, pair) {
  WITH pair[0] AS walked, pair[1] AS checked
  MATCH ()-[t:TOOK_PART_IN]->(m)
  USING INDEX SEEK t:TOOK_PART_IN(ownerId, sortKey)
  WHERE t.ownerId = walked.id AND t.sortKey >= ""
    AND EXISTS {
      MATCH ()-[u:TOOK_PART_IN]->()
      USING INDEX SEEK u:TOOK_PART_IN(ownerId, sortKey)
      WHERE u.ownerId = checked.id AND u.sortKey = t.sortKey
    }
  WITH m, t ORDER BY t.ownerId, t.sortKey
  LIMIT 5
  // From the meeting's few Participations, not from the counterpart's thousands.
  OPTIONAL MATCH (m)<-[:AT]-(x:Participation) WHERE EXISTS { (other)-[:TOOK_PART_AS]->(x) }
  OPTIONAL MATCH (x)-[:REPRESENTING]->(represented)
  RETURN collect(DISTINCT m.title) AS meetingTitles,
         collect(DISTINCT represented.name) AS representing,
         collect(DISTINCT x.role) AS roles
}
RETURN other.id AS counterpart,
       other.name AS name,
       meetings,
       representing,
       roles,
       meetingTitles
ORDER BY meetings DESC, name
