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
//
// Written to stay fast on a graph of millions of meetings: it looks both actors up by id,
// walks the meetings of the one that took part in fewer (a degree lookup decides, no
// counting of rows), and only checks the other actor on each of those meetings. TOOK_PART_IN
// is the derived edge for the first two ways of taking part (docs/graph-model.md).
MATCH (x:Person|Organization|Country {id: $a})
MATCH (y:Person|Organization|Country {id: $b})
WHERE x <> y
WITH CASE
       WHEN COUNT { (x)-[:TOOK_PART_IN]->() } <= COUNT { (y)-[:TOOK_PART_IN]->() } THEN [x, y]
       ELSE [y, x]
     END AS actors
WITH actors[0] AS walked, actors[1] AS checked
// The other actor takes part as itself or through any of its organizations: listed once,
// then each meeting's participants are compared with the list.
WITH walked, [checked] + COLLECT { MATCH (checked)<-[:BELONGS_TO]-(o:Organization) RETURN o } AS checkedActors
CALL (walked) {
  MATCH (walked)-[:TOOK_PART_IN]->(m:Meeting)
  RETURN m
  UNION
  MATCH (walked)<-[:BELONGS_TO]-(:Organization)-[:TOOK_PART_IN]->(m:Meeting)
  RETURN m
}
WITH checkedActors, m
WHERE EXISTS { MATCH (m)<-[:TOOK_PART_IN]-(actor) WHERE actor IN checkedActors }
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
