// name: country-pair-timeline
// question: How did cooperation and conflict between two countries develop over time (Goldstein-scored events)?
// params: a (id of a country, e.g. country:USA), b (id of a country)
// example: npm run query -- country-pair-timeline a=country:USA b=country:IRN
//
// Events between actors of the two countries, in date order, undated ones last:
//   * HELD meetings in which both countries take part (TOOK_PART_IN: directly, or through a
//     person who represented the country; the one definition, see meetings-between). Planned, proposed
//     and declined meetings are left out: the statements that propose, accept or reject
//     them are the events, and counting the meeting node too would count them twice.
//   * statements whose source belongs to one country and whose target to the other.
//     Source = what the statement was made ON_BEHALF_OF (the country, or an organization
//     that BELONGS_TO it). Target = what it is DIRECTED_AT (the country, an organization
//     of it, or a person holding an OFFICE of it).
// `direction` shows who acted on whom ("USA → IRN", "IRN → USA", or "USA ↔ IRN" for
// meetings and joint acts). Goldstein: −10 (most conflictual) … +10 (most cooperative).
//
// Written to stay fast on a graph of millions of events: it never tests every meeting or
// statement. Meetings are walked from the country that took part in fewer (a degree lookup
// decides) and checked against the other; statements are walked from the two countries'
// principals (ON_BEHALF_OF), then sorted by the rule above.
MATCH (ca:Country {id: $a})
MATCH (cb:Country {id: $b})
WHERE ca <> cb
CALL (ca, cb) {
  WITH CASE
         WHEN COUNT { (ca)-[:TOOK_PART_IN]->() } <= COUNT { (cb)-[:TOOK_PART_IN]->() } THEN [ca, cb]
         ELSE [cb, ca]
       END AS countries
  WITH countries[0] AS walked, countries[1] AS checked
  MATCH (walked)-[:TOOK_PART_IN]->(m:Meeting)
  WHERE m.status = "HELD" AND EXISTS { (checked)-[:TOOK_PART_IN]->(m) }
  RETURN m AS event, "Meeting" AS type, ca.code + " ↔ " + cb.code AS direction
  UNION
  // Candidates: statements made on behalf of either country or of one of its organizations.
  UNWIND [ca, cb] AS c
  CALL (c) {
    MATCH (s:Statement)-[:ON_BEHALF_OF]->(c)
    RETURN s
    UNION
    MATCH (s:Statement)-[:ON_BEHALF_OF]->()-[:BELONGS_TO]->(c)
    RETURN s
  }
  WITH DISTINCT ca, cb, s
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
