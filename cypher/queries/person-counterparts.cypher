// name: person-counterparts
// question: Whom did a person meet, how often, and whom did each counterpart represent?
// params: person (id of a person), limit? (how many of the people met most, 100 unless given)
// example: npm run query -- person-counterparts person=person:ryan-crocker
//
// Counterparts are the other named people at the same meetings: TOOK_PART_IN holds only for
// meetings that took place (a planned, proposed or declined meeting is no encounter: its
// intended participants are TO_TAKE_PART_IN it). The API's Person.counterparts follows the
// same rule (a parity test pins the two). `representing` and `roles` come from the
// counterpart's Participation at those meetings (names, not ids; empty when the text does
// not say). Without `other:Person`, the states represented there would count as "people met".
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
// Their shared meetings, from one walk over the person's meetings keeping those people's
// rows (each meeting's few Participations give the counterpart's roles and whom they
// represented there): every shared meeting's title is in the answer, so this walk stays;
// the count that ranked them no longer needs one.
WITH p, collect({other: other, meetings: meetings}) AS ranked
CALL (p, ranked) {
  WITH p, [c IN ranked | c.other] AS top
  // `m` has no :Meeting label on purpose (TOOK_PART_IN only leads to meetings): with the
  // label, the planner could start from a meeting index instead of walking from the person.
  MATCH (p)-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(other:Person)
  WHERE other IN top
  // From the meeting's few Participations, not from the counterpart's thousands.
  OPTIONAL MATCH (m)<-[:AT]-(x:Participation) WHERE EXISTS { (other)-[:TOOK_PART_AS]->(x) }
  OPTIONAL MATCH (x)-[:REPRESENTING]->(represented)
  WITH other, m, x, represented
  ORDER BY m.dateStart IS NULL, m.dateStart, m.id
  RETURN other,
         collect(DISTINCT m.title) AS meetingTitles,
         collect(DISTINCT represented.name) AS representing,
         collect(DISTINCT x.role) AS roles
}
RETURN other.id AS counterpart,
       other.name AS name,
       head([c IN ranked WHERE c.other = other | c.meetings]) AS meetings,
       representing,
       roles,
       meetingTitles
ORDER BY meetings DESC, name
