// name: meeting-details
// question: What is known about one meeting: when, where, who took part, what was said, and which articles report it?
// params: meeting (id of a meeting, e.g. meeting:us-iran-iraq-talks-round-1)
// example: npm run query -- meeting-details meeting=meeting:us-iran-iraq-talks-round-1
//
// `statements` lists what was said DURING the meeting and what was said about it
// (CONCERNS), oldest first; `sources` every article excerpt that reports the meeting.
// `participants` are who took part in a meeting that was HELD; a planned, proposed or
// declined meeting has `intendedParticipants` instead (who was to take part), never both.
MATCH (m:Meeting {id: $meeting})
// Who represented whom: each Participation at m says it (a person's, with their role; a
// body or state taking part as such, by its name alone).
WITH m, COLLECT {
  MATCH (m)<-[:AT]-(x:Participation)<-[:TOOK_PART_AS]-(who)
  OPTIONAL MATCH (x)-[:REPRESENTING]->(represented)
  RETURN who.name + coalesce(" (" + x.role + ")", "") + coalesce(" for " + represented.name, "") AS participant
  ORDER BY participant
} AS everyone
RETURN m.id AS meeting,
       m.title AS title,
       m.status AS status,
       m.date AS date,
       m.datePrecision AS datePrecision,
       m.dateText AS dateText,
       m.venue AS venue,
       COLLECT { MATCH (m)-[:HELD_AT]->(p:Place) RETURN p.name AS n ORDER BY n } AS heldAt,
       COLLECT { MATCH (m)-[:HOSTED_BY]->(h) RETURN h.name AS n ORDER BY n } AS hostedBy,
       CASE WHEN m.status = "HELD" THEN everyone ELSE [] END AS participants,
       CASE WHEN m.status = "HELD" THEN [] ELSE everyone END AS intendedParticipants,
       m.round AS round,
       m.roundInferred AS roundInferred,
       head(COLLECT { MATCH (m)-[:FOLLOWS]->(prev:Meeting) RETURN prev.id }) AS follows,
       head(COLLECT { MATCH (next:Meeting)-[:FOLLOWS]->(m) RETURN next.id }) AS followedBy,
       COLLECT { MATCH (m)-[:ABOUT]->(t:Topic) RETURN t.name AS n ORDER BY n } AS topics,
       m.cameo AS cameo,
       m.cameoName AS cameoName,
       m.goldstein AS goldstein,
       m.summary AS summary,
       COLLECT {
         MATCH (s:Statement)-[rel:DURING|CONCERNS]->(m)
         RETURN type(rel) + ": " + coalesce(s.translation, s.text) AS st
         ORDER BY s.dateStart IS NULL, s.dateStart, s.id
       } AS statements,
       COLLECT {
         MATCH (m)-[r:REPORTED_BY]->(a:Article)
         RETURN a.id + ": " + r.excerpt AS src ORDER BY src
       } AS sources
