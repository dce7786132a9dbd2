// name: country-pair-timeline
// question: How did cooperation and conflict between two countries develop over time (Goldstein-scored events)?
// params: a (id of a country, e.g. country:USA), b (id of a country)
// example: npm run query -- country-pair-timeline a=country:USA b=country:IRN
//
// Events between actors of the two countries, in date order, undated ones last:
//   * HELD meetings in which both countries take part (directly, through a person who
//     represented the country, or through one of its organizations). Planned, proposed
//     and declined meetings are left out: the statements that propose, accept or reject
//     them are the events, and counting the meeting node too would count them twice.
//   * statements whose source belongs to one country and whose target to the other.
//     Source = what the statement was made ON_BEHALF_OF (the country, or an organization
//     that BELONGS_TO it). Target = what it is DIRECTED_AT (the country, an organization
//     of it, or a person holding an OFFICE of it).
// `direction` shows who acted on whom ("USA → IRN", "IRN → USA", or "USA ↔ IRN" for
// meetings and joint acts). Goldstein: −10 (most conflictual) … +10 (most cooperative).
MATCH (ca:Country {id: $a})
MATCH (cb:Country {id: $b})
WHERE ca <> cb
CALL (ca, cb) {
  MATCH (m:Meeting {status: "HELD"})
  WHERE all(c IN [ca, cb] WHERE
          EXISTS { (c)-[:PARTICIPATED_IN]->(m) }
          OR EXISTS { MATCH (:Person)-[r:PARTICIPATED_IN]->(m) WHERE r.representing = c.id }
          OR EXISTS {
            MATCH (o:Organization)-[:BELONGS_TO]->(c)
            WHERE EXISTS { (o)-[:PARTICIPATED_IN]->(m) }
               OR EXISTS { MATCH (:Person)-[r:PARTICIPATED_IN]->(m) WHERE r.representing = o.id }
          })
  RETURN m AS event, "Meeting" AS type, ca.code + " ↔ " + cb.code AS direction
  UNION
  MATCH (s:Statement)
  WITH ca, cb, s,
       COLLECT {
         MATCH (s)-[:ON_BEHALF_OF]->(src)
         OPTIONAL MATCH (src)-[:BELONGS_TO]->(srcCountry:Country)
         WITH CASE WHEN src:Country THEN src ELSE srcCountry END AS c
         WHERE c IS NOT NULL
         RETURN DISTINCT c.id
       } AS sources,
       COLLECT {
         MATCH (s)-[:DIRECTED_AT]->(tgt)
         OPTIONAL MATCH (tgt)-[:BELONGS_TO]->(orgCountry:Country)
         OPTIONAL MATCH (tgt)-[:HELD_POSITION]->(:Position {kind: "OFFICE"})-[:OF]->(officeCountry:Country)
         WITH CASE WHEN tgt:Country THEN tgt ELSE coalesce(orgCountry, officeCountry) END AS c
         WHERE c IS NOT NULL
         RETURN DISTINCT c.id
       } AS targets
  WITH ca, cb, s,
       (ca.id IN sources AND cb.id IN targets) AS aToB,
       (cb.id IN sources AND ca.id IN targets) AS bToA
  WHERE aToB OR bToA
  RETURN s AS event, "Statement" AS type,
         CASE
           WHEN aToB AND bToA THEN ca.code + " ↔ " + cb.code
           WHEN aToB THEN ca.code + " → " + cb.code
           ELSE cb.code + " → " + ca.code
         END AS direction
}
RETURN event.date AS date,
       event.datePrecision AS datePrecision,
       event.dateText AS dateText,
       type,
       event.id AS id,
       coalesce(event.title, event.translation, event.text) AS description,
       direction,
       event.cameo AS cameo,
       event.cameoName AS cameoName,
       event.goldstein AS goldstein,
       COLLECT {
         MATCH (event)-[:REPORTED_BY]->(a:Article) RETURN DISTINCT a.id AS article ORDER BY article
       } AS articles
ORDER BY event.dateStart IS NULL, event.dateStart, event.dateEnd, id
