// name: country-pair-timeline
// question: How did cooperation and conflict between two countries develop over time (Goldstein-scored events)?
// params: a (id of a country, e.g. country:USA), b (id of a country), after? (the last event of the previous page; leave out for the first), limit? (events per page, 100 unless given, at most 1000)
// example: npm run query -- country-pair-timeline a=country:USA b=country:IRN
// pages: after=id limit=100
//
// Events between actors of the two countries, in date order, undated ones last:
//   * HELD meetings in which both countries take part (TOOK_PART_IN: directly, or through a
//     person who represented the country; the one definition, see meetings-between). Planned, proposed
//     and declined meetings are left out: the statements that propose, accept or reject
//     them are the events, and counting the meeting node too would count them twice.
//   * statements whose source belongs to one country and whose target to the other.
//     Source = what the statement was made ON_BEHALF_OF (the country, or an organization
//     that BELONGS_TO it: a body of that state — an embassy, a mission, a state agency, its
//     armed forces — each such edge with the sentence that says so; an opposition movement
//     such as the NCRI is not one, issue 20). Target = what it is DIRECTED_AT (the country, an organization
//     of it, or a person holding an OFFICE of it).
// `direction` shows who acted on whom ("USA → IRN", "IRN → USA", or "USA ↔ IRN" for
// meetings and joint acts). Goldstein: −10 (most conflictual) … +10 (most cooperative).
//
// In date order (undated last; events of one start date by id), a page at a time: the two
// biggest countries of a million-meeting corpus have tens of thousands of events. Written to
// stay fast on such a graph: it never tests every meeting or statement, and never reads a
// list past the page. Each list an event can come from is walked in date order from an
// index, past the previous page's last event (`after`), and stops at `limit` events: the
// meetings of the country that took part in fewer (a degree lookup decides), each checked
// against the other; the statements made on behalf of each country and each of their
// organizations (ON_BEHALF_OF carries the statement's sortKey), each sorted into directions
// by the rule above. The page is the first `limit` of what those walks found.
MATCH (ca:Country {id: $a})
MATCH (cb:Country {id: $b})
WHERE ca <> cb
OPTIONAL MATCH (last:Meeting|Statement {id: $after})
WITH ca, cb, last
WHERE $after IS NULL OR last IS NOT NULL
WITH ca, cb, coalesce(last.sortKey, "") AS lower
CALL (ca, cb, lower) {
  WITH CASE
         WHEN COUNT { (ca)-[:TOOK_PART_IN]->() } <= COUNT { (cb)-[:TOOK_PART_IN]->() } THEN [ca, cb]
         ELSE [cb, ca]
       END AS countries
  WITH countries[0] AS walked, countries[1] AS checked
  CALL (walked, checked, lower) {
    MATCH ()-[t:TOOK_PART_IN]->(m:Meeting)
    USING INDEX SEEK t:TOOK_PART_IN(ownerId, sortKey)
    WHERE t.ownerId = walked.id AND t.sortKey > lower AND m.status = "HELD"
      AND EXISTS { MATCH (m)<-[c:TOOK_PART_IN]-() WHERE c.ownerId = checked.id }
    WITH m, t
    ORDER BY t.ownerId, t.sortKey
    LIMIT toInteger(coalesce($limit, "100"))
    RETURN m
  }
  RETURN m AS event, "Meeting" AS type, ca.code + " ↔ " + cb.code AS direction
  UNION
  // Candidates: statements made on behalf of either country or of one of its organizations.
  UNWIND [ca, cb] + COLLECT {
    MATCH (o:Organization)-[:BELONGS_TO]->(c:Country) WHERE c = ca OR c = cb RETURN o
  } AS principal
  CALL (ca, cb, principal, lower) {
    MATCH (s:Statement)-[r:ON_BEHALF_OF]->()
    USING INDEX SEEK r:ON_BEHALF_OF(ownerId, sortKey)
    WHERE r.ownerId = principal.id AND r.sortKey > lower
    WITH s, r,
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
    WITH s, r,
         (ca.id IN sources AND cb.id IN targets) AS aToB,
         (cb.id IN sources AND ca.id IN targets) AS bToA
    WHERE aToB OR bToA
    WITH s, r, aToB, bToA
    ORDER BY r.ownerId, r.sortKey
    LIMIT toInteger(coalesce($limit, "100"))
    RETURN s, aToB, bToA
  }
  RETURN s AS event, "Statement" AS type,
         CASE
           WHEN aToB AND bToA THEN ca.code + " ↔ " + cb.code
           WHEN aToB THEN ca.code + " → " + cb.code
           ELSE cb.code + " → " + ca.code
         END AS direction
}
WITH event, type, direction
ORDER BY event.sortKey
LIMIT toInteger(coalesce($limit, "100"))
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
ORDER BY event.sortKey
