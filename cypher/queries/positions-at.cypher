// name: positions-at
// question: Which positions and memberships did a person hold on a given date?
// params: person (id of a person), at (ISO date, e.g. 2007-11-20)
// example: npm run query -- positions-at person=person:hassan-kazemi-qomi at=2007-11-20
//
// A position's `from`…`to` is the period the articles show it held (docs/graph-model.md,
// "Dates"): from the earliest date one shows the holder in it to the latest, or the start or
// end an article states. So "who held it on D" is `fromStart <= D <= toEnd`, and the obvious
// office query has one answer: Ryan Crocker was the US ambassador to Iraq on 2007-05-28,
// Zalmay Khalilzad (article 002, no year) was not current by then.
// A position is EXCLUDED when the record rules it out (the API's Person.positions(at) uses
// the same rule; a parity test pins the two):
//   * the articles show it held only after `at`     (fromStart > at)
//   * or only before `at`                            (toEnd < at)
//   * it was no longer current on or before `at`     (current = false, asOf <= at, no `to`):
//     an article called it former, or showed someone else in the office
// Otherwise it is returned with `assessment`:
//   * "held: the articles show it held then" — `at` lies within from…to
//   * "possible: the articles do not date it then" — nothing rules it in or out (no dates,
//     or only a bound on one side, like the Shah's reign that ended in 1979)
// Only positions the articles state (HELD_POSITION): a claim by another actor (the NCRI's
// that Kazemi Qomi is in the Qods Force) is ALLEGEDLY_HELD, never held, and is not listed.
WITH date($at) AS at
MATCH (p:Person {id: $person})-[:HELD_POSITION]->(pos:Position)-[:OF]->(of)
WHERE NOT coalesce(pos.fromStart > at, false)
  AND NOT coalesce(pos.toEnd < at, false)
  AND NOT (pos.current = false AND pos.toEnd IS NULL AND coalesce(date(pos.asOf) <= at, false))
WITH pos, of,
     CASE WHEN pos.fromStart <= at AND at <= pos.toEnd THEN 1 ELSE 2 END AS rank
RETURN pos.id AS position,
       pos.title AS title,
       pos.kind AS kind,
       of.name AS of,
       pos.from AS from,
       pos.fromText AS fromText,
       pos.to AS to,
       pos.toText AS toText,
       pos.current AS current,
       pos.asOf AS asOf,
       CASE rank
         WHEN 1 THEN "held: the articles show it held then"
         ELSE "possible: the articles do not date it then"
       END AS assessment
ORDER BY rank, title
