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
// `m` has no :Meeting label on purpose (TOOK_PART_IN only leads to meetings): with the label,
// the planner could start from a meeting index instead of walking from the person.
MATCH (p:Person {id: $person})-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(other:Person)
WHERE other <> p
// Counted by id first, the details (titles, roles, whom they represented) gathered for the
// `limit` people met most only: a minister's counterparts share tens of thousands of meetings.
WITH p, other, count(DISTINCT m) AS meetings
ORDER BY meetings DESC, other.name
LIMIT toInteger(coalesce($limit, "100"))
WITH p, collect(other) AS top
// One more walk over the person's meetings, keeping those people's rows.
CALL (p, top) {
  MATCH (p)-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(other:Person)
  WHERE other IN top
  // From the meeting's few Participations, not from the counterpart's thousands.
  OPTIONAL MATCH (m)<-[:AT]-(x:Participation) WHERE EXISTS { (other)-[:TOOK_PART_AS]->(x) }
  OPTIONAL MATCH (x)-[:REPRESENTING]->(represented)
  WITH other, m, x, represented
  ORDER BY m.dateStart IS NULL, m.dateStart, m.id
  RETURN other,
         count(DISTINCT m) AS meetings,
         collect(DISTINCT m.title) AS meetingTitles,
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
