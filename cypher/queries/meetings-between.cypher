// name: meetings-between
// question: Which meetings did two actors both take part in, and who represented whom?
// params: a (id of a person, organization or country), b (same), after? (the last meeting of the previous page; leave out for the first), limit? (meetings per page, 100 unless given, at most 1000)
// example: npm run query -- meetings-between a=country:USA b=country:IRN
// pages: after=meeting limit=100
//
// "Took part in" has ONE definition, shared with the API (MeetingFilter.participants and
// .countries) and cypher/derived.cypher: the derived edge (actor)-[:TOOK_PART_IN]->(meeting),
// which exists when the actor had a Participation at a meeting that took place (HELD): its
// own, or a person's REPRESENTING it. So for two countries:
//   MATCH (:Country {code: "USA"})-[:TOOK_PART_IN]->(m)<-[:TOOK_PART_IN]-(:Country {code: "IRN"})
// A country's organizations (BELONGS_TO) do not make it take part: the Iranian embassy or
// IRNA attending is not Iran attending; a person sent by Iran says so with REPRESENTING.
// Only meetings that took place: a planned, proposed or declined meeting has intended
// participants, (actor)-[:TO_TAKE_PART_IN]->(m), and is no meeting of the two (article 002:
// "Iran announced on Sunday that it will not hold direct talks with the United States").
// Undated meetings come last.
//
// Fast on a graph of millions of meetings, whose biggest pairs share tens of thousands: both
// actors are looked up by id, the meetings of the one that took part in fewer are walked (a
// degree lookup decides) in date order, straight from the index on TOOK_PART_IN's
// (ownerId, sortKey), the other is checked on each, and the walk stops at a page (`limit`).
// The next page seeks past the `sortKey` of the previous page's last meeting (`after`): page
// 100 costs what page 1 costs. An `after` that is no meeting id gives no rows.
MATCH (x:Person|Organization|Country {id: $a})
MATCH (y:Person|Organization|Country {id: $b})
WHERE x <> y
WITH CASE
       WHEN COUNT { (x)-[:TOOK_PART_IN]->() } <= COUNT { (y)-[:TOOK_PART_IN]->() } THEN [x, y]
       ELSE [y, x]
     END AS actors
WITH actors[0] AS walked, actors[1] AS checked
OPTIONAL MATCH (last:Meeting {id: $after})
WITH walked, checked, last
WHERE $after IS NULL OR last IS NOT NULL
// In a subquery, so that Neo4j plans the walk with the index's order and stops at the page
// (at the top level it reads the whole list and sorts it). The other actor is checked from
// the meeting's side (a few participants), not from the actor's (perhaps 200k meetings).
CALL (walked, checked, last) {
  MATCH ()-[t:TOOK_PART_IN]->(m:Meeting)
  USING INDEX SEEK t:TOOK_PART_IN(ownerId, sortKey)
  WHERE t.ownerId = walked.id AND t.sortKey > coalesce(last.sortKey, "")
    AND EXISTS { MATCH (m)<-[c:TOOK_PART_IN]-() WHERE c.ownerId = checked.id }
  WITH m, t
  ORDER BY t.ownerId, t.sortKey
  LIMIT toInteger(coalesce($limit, "100"))
  RETURN m
}
RETURN m.id AS meeting,
       m.title AS title,
       m.status AS status,
       m.date AS date,
       m.datePrecision AS datePrecision,
       m.dateText AS dateText,
       m.round AS round,
       head(COLLECT { MATCH (m)-[:HELD_AT]->(pl:Place) RETURN pl.name ORDER BY pl.name }) AS place,
       // Who represented whom: each Participation at m says it (a person's, with their role;
       // a body or state taking part as such, by its name alone). From the meeting's few
       // Participations, not from a minister's tens of thousands.
       COLLECT {
         MATCH (m)<-[:AT]-(x:Participation)<-[:TOOK_PART_AS]-(who)
         OPTIONAL MATCH (x)-[:REPRESENTING]->(represented)
         RETURN who.name + coalesce(" (" + x.role + ")", "") + coalesce(" for " + represented.name, "") AS participant
         ORDER BY participant
       } AS participants,
       m.cameo AS cameo,
       m.goldstein AS goldstein
ORDER BY m.dateStart IS NULL, m.dateStart, m.id
