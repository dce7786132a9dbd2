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
// edges by their stored source key (index relayed_by_source: source NUL date key, kept by
// cypher/derived.cypher), so the sources come in order without reading a statement, and
// only the page's rows read theirs, stopping once the page is full.
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
  // On the cursor's relay, only the sources after the cursor's: a key of a later source is
  // at least the cursor's source followed by U+0001 (NUL ends a source in the key).
  MATCH ()-[r:RELAYED_BY]->()
  WHERE r.ownerId = relay.id
    AND r.sourceKey >= CASE
      WHEN relay.nameKey > fromKey OR afterSource IS NULL THEN ""
      ELSE afterSource + "\u0001"
    END
  RETURN DISTINCT split(r.sourceKey, "\u0000")[0] AS source
}
WITH relay, source
ORDER BY relay.nameKey, source
LIMIT toInteger(coalesce($limit, "100"))
// The row's statements, in date order (undated last), then by id: the source's run of keys.
CALL (relay, source) {
  MATCH (s:Statement)-[r:RELAYED_BY]->()
  WHERE r.ownerId = relay.id AND r.sourceKey STARTS WITH source + "\u0000"
  WITH s, r
  ORDER BY r.ownerId, r.sourceKey
  RETURN count(s) AS statements,
         collect(coalesce(s.translation, s.text)) AS texts,
         collect(s.id) AS statementIds
}
RETURN relay.name AS relay,
       relay.kind AS relayKind,
       source,
       statements,
       texts,
       statementIds,
       relay.id + "|" + source AS cursor
