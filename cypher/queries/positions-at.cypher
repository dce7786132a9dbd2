// name: positions-at
// question: Which positions and memberships did a person hold on a given date?
// params: person (id of a person), at (ISO date, e.g. 2007-11-20)
// example: npm run query -- positions-at person=person:hassan-kazemi-qomi at=2007-11-20
//
// The articles rarely give start or end dates, so each position is assessed, not just
// filtered. A position is EXCLUDED when the record rules it out:
//   * it began after `at`            (fromStart > at: even its earliest possible start is later)
//   * it ended before `at`           (toEnd < at: even its latest possible end is earlier)
//   * it was reported as former on or before `at`   (current = false, asOf <= at)
// Otherwise it is returned with `assessment`:
//   * "held: within recorded dates"        — from and to both known and bracket `at`
//   * "held: reported current that day"    — an article published on `at` reports it as held
//   * "likely: reported current before and after" — articles before and after `at` report
//                                            it as held (assumes no interruption)
//   * "possible: dates unknown"            — nothing rules it in or out
// Unknown bounds are treated as open: a missing start does not exclude an early date, a
// missing end does not exclude a late one. `claimedBy` is set when the position is only
// a claim by another actor (e.g. the NCRI's claim about Qods Force membership); the
// claimant is matched by id under its labels, so that lookup is an index seek.
WITH date($at) AS at
MATCH (p:Person {id: $person})-[:HELD_POSITION]->(pos:Position)-[:OF]->(of)
WITH at, p, pos, of,
     COLLECT {
       MATCH (pos)-[:REPORTED_BY]->(a:Article)
       WHERE a.publishedPrecision = "DAY"
       RETURN DISTINCT a.publishedStart AS d
     } AS reportedDays
WHERE NOT coalesce(pos.fromStart > at, false)
  AND NOT coalesce(pos.toEnd < at, false)
  AND NOT (pos.current = false AND coalesce(date(pos.asOf) <= at, false))
WITH at, p, pos, of, reportedDays,
     CASE
       WHEN pos.fromEnd <= at AND at <= pos.toStart THEN 1
       WHEN pos.current AND at IN reportedDays THEN 2
       WHEN pos.current AND any(d IN reportedDays WHERE d < at) AND any(d IN reportedDays WHERE d > at) THEN 3
       ELSE 4
     END AS rank
OPTIONAL MATCH (claimant:Person|Organization|Country {id: pos.attributedTo})
RETURN pos.id AS position,
       pos.title AS title,
       pos.kind AS kind,
       of.name AS of,
       pos.from AS from,
       pos.to AS to,
       pos.current AS current,
       pos.asOf AS asOf,
       CASE rank
         WHEN 1 THEN "held: within recorded dates"
         WHEN 2 THEN "held: reported current that day"
         WHEN 3 THEN "likely: reported current before and after"
         ELSE "possible: dates unknown"
       END AS assessment,
       claimant.name AS claimedBy
ORDER BY rank, title
