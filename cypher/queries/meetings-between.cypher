// name: meetings-between
// question: Which meetings did two actors both take part in?
// params: a (id of a person, organization or country), b (same)
// example: npm run query -- meetings-between a=person:ryan-crocker b=person:hassan-kazemi-qomi
//
// An actor takes part in a meeting
//   * directly: (actor)-[:PARTICIPATED_IN]->(meeting) — a person, or an organization or
//     country that took part without a named person;
//   * through a person who represented it: PARTICIPATED_IN {representing: actor.id};
//   * for a country, also through one of its organizations (BELONGS_TO) taking part
//     in either of those ways.
// Every status is listed (HELD, PLANNED, PROPOSED, DECLINED): for meetings that were not
// held, "taking part" means being an intended participant. Undated meetings come last.
MATCH (x:Person|Organization|Country {id: $a})
MATCH (y:Person|Organization|Country {id: $b})
MATCH (m:Meeting)
WHERE x <> y
  AND (
    EXISTS { (x)-[:PARTICIPATED_IN]->(m) }
    OR EXISTS { MATCH (:Person)-[r:PARTICIPATED_IN]->(m) WHERE r.representing = x.id }
    OR EXISTS {
      MATCH (o:Organization)-[:BELONGS_TO]->(x)
      WHERE EXISTS { (o)-[:PARTICIPATED_IN]->(m) }
         OR EXISTS { MATCH (:Person)-[r:PARTICIPATED_IN]->(m) WHERE r.representing = o.id }
    }
  )
  AND (
    EXISTS { (y)-[:PARTICIPATED_IN]->(m) }
    OR EXISTS { MATCH (:Person)-[r:PARTICIPATED_IN]->(m) WHERE r.representing = y.id }
    OR EXISTS {
      MATCH (o:Organization)-[:BELONGS_TO]->(y)
      WHERE EXISTS { (o)-[:PARTICIPATED_IN]->(m) }
         OR EXISTS { MATCH (:Person)-[r:PARTICIPATED_IN]->(m) WHERE r.representing = o.id }
    }
  )
RETURN m.id AS meeting,
       m.title AS title,
       m.status AS status,
       m.date AS date,
       m.datePrecision AS datePrecision,
       m.dateText AS dateText,
       m.round AS round,
       head(COLLECT { MATCH (m)-[:HELD_AT]->(pl:Place) RETURN pl.name ORDER BY pl.name }) AS place,
       COLLECT {
         MATCH (who)-[r:PARTICIPATED_IN]->(m)
         RETURN who.name + coalesce(" (" + r.role + ")", "") AS participant
         ORDER BY participant
       } AS participants,
       m.cameo AS cameo,
       m.goldstein AS goldstein
ORDER BY m.dateStart IS NULL, m.dateStart, m.id
