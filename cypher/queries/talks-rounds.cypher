// name: talks-rounds
// question: Which rounds make up the series of talks a meeting belongs to, in order?
// params: meeting (id of any meeting in the series)
// example: npm run query -- talks-rounds meeting=meeting:us-iran-iraq-talks-round-4
//
// Follows FOLLOWS links both ways from the given meeting. `roundInferred` = true when the
// round number is our inference rather than the article's words (docs/decisions.md).
MATCH (start:Meeting {id: $meeting})
MATCH (start)-[:FOLLOWS*0..]-(m:Meeting)
WITH DISTINCT m
RETURN m.round AS round,
       m.roundInferred AS roundInferred,
       m.id AS meeting,
       m.title AS title,
       m.status AS status,
       m.date AS date,
       m.datePrecision AS datePrecision,
       head(COLLECT { MATCH (m)-[:FOLLOWS]->(prev:Meeting) RETURN prev.id }) AS follows,
       m.cameo AS cameo,
       m.goldstein AS goldstein
ORDER BY round, m.dateStart, meeting
