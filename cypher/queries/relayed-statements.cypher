// name: relayed-statements
// question: Who relayed whose statements?
// params: after? (the cursor of the previous page's last row; leave out for the first), limit? (rows per page, 100 unless given, at most 1000)
// example: npm run query -- relayed-statements
// pages: after=cursor limit=100
//
// One row per relay and source. A relay is the organization a statement reached the
// public (or its addressee) through: a news agency (IRNA, Reuters) or a diplomatic
// channel (the Swiss Embassy in Tehran passing on a US message). The source is the
// speaker, or — when the text names no speaker — whoever the statement was made on
// behalf of. `texts` and `statementIds` are in date order (undated last), then by id.
//
// By relay in name order (the API's: lower-cased name, then id), then source, a page at a
// time: a million-meeting corpus has hundreds of thousands of relayed statements, more than
// one transaction may hold. `cursor` (relay id|source) marks a row's place; the next page
// starts after it. There is no actor to start from: the query walks the organizations in
// name order from the cursor's relay (its name-key index) and reads each one's RELAYED_BY
// edges, stopping once the page is full.
OPTIONAL MATCH (last:Organization {id: split(coalesce($after, ""), "|")[0]})
WITH last
WHERE $after IS NULL OR last IS NOT NULL
WITH coalesce(last.nameKey, "") AS fromKey,
     CASE WHEN $after IS NULL THEN null
       ELSE substring($after, size(split($after, "|")[0]) + 1)
     END AS afterSource
MATCH (relay:Organization)
USING INDEX relay:Organization(nameKey)
WHERE relay.nameKey >= fromKey
WITH relay, fromKey, afterSource
ORDER BY relay.nameKey
CALL (relay, fromKey, afterSource) {
  MATCH (s:Statement)-[:RELAYED_BY]->(relay)
  WITH s,
       coalesce(
         nullIf(COLLECT { MATCH (sp:Person)-[:SAID]->(s) RETURN sp.name AS n ORDER BY n }, []),
         COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(pr) RETURN pr.name AS n ORDER BY n }
       ) AS sourceNames
  WITH s, reduce(acc = "", n IN sourceNames | acc + CASE acc WHEN "" THEN "" ELSE ", " END + n) AS source
  // On the cursor's relay, only the sources after the cursor's.
  WITH s, source
  WHERE relay.nameKey > fromKey OR afterSource IS NULL OR source > afterSource
  WITH s, source
  ORDER BY s.dateStart IS NULL, s.dateStart, s.id
  RETURN source,
         count(s) AS statements,
         collect(coalesce(s.translation, s.text)) AS texts,
         collect(s.id) AS statementIds
  ORDER BY source
}
WITH relay, source, statements, texts, statementIds
ORDER BY relay.nameKey, source
LIMIT toInteger(coalesce($limit, "100"))
RETURN relay.name AS relay,
       relay.kind AS relayKind,
       source,
       statements,
       texts,
       statementIds,
       relay.id + "|" + source AS cursor
