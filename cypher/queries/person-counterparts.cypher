// name: person-counterparts
// question: Whom did a person meet, and how often?
// params: person (id of a person)
// example: npm run query -- person-counterparts person=person:ryan-crocker
//
// Counterparts are the other named people who took part in the same meetings. Only HELD
// meetings count (a planned or declined meeting is not an encounter). `representing` is
// what the counterpart stood for in those meetings (ids; empty when the text does not say).
//
// `m` has no :Meeting label on purpose (PARTICIPATED_IN only leads to meetings): with the
// label, the planner could start from the status index, i.e. from every held meeting,
// instead of walking from the person.
MATCH (p:Person {id: $person})-[:PARTICIPATED_IN]->(m)<-[r:PARTICIPATED_IN]-(other:Person)
WHERE m.status = "HELD" AND other <> p
WITH other, m, r
ORDER BY m.dateStart IS NULL, m.dateStart, m.id
WITH other,
     count(DISTINCT m) AS meetings,
     collect(DISTINCT m.title) AS meetingTitles,
     collect(DISTINCT r.representing) AS representing,
     collect(DISTINCT r.role) AS roles
RETURN other.id AS counterpart,
       other.name AS name,
       meetings,
       [x IN representing WHERE x IS NOT NULL] AS representing,
       roles,
       meetingTitles
ORDER BY meetings DESC, name
