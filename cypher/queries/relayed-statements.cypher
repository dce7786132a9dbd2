// name: relayed-statements
// question: Who relayed whose statements?
// params: none
// example: npm run query -- relayed-statements
//
// One row per relay and source. A relay is the organization a statement reached the
// public (or its addressee) through: a news agency (IRNA, Reuters) or a diplomatic
// channel (the Swiss Embassy in Tehran passing on a US message). The source is the
// speaker, or — when the text names no speaker — whoever the statement was made on
// behalf of.
//
// There is no parameter to start from: the query goes through the organizations (thousands,
// against millions of statements) and follows their RELAYED_BY edges, the least a report
// of every relay can read. USING SCAN makes that the plan on any size of graph.
MATCH (s:Statement)-[:RELAYED_BY]->(relay:Organization)
USING SCAN relay:Organization
WITH relay, s,
     coalesce(
       nullIf(COLLECT { MATCH (sp:Person)-[:SAID]->(s) RETURN sp.name AS n ORDER BY n }, []),
       COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(pr) RETURN pr.name AS n ORDER BY n }
     ) AS sourceNames
WITH relay,
     reduce(acc = "", n IN sourceNames | acc + CASE acc WHEN "" THEN "" ELSE ", " END + n) AS source,
     s
ORDER BY s.dateStart IS NULL, s.dateStart, s.id
RETURN relay.name AS relay,
       relay.kind AS relayKind,
       source,
       count(s) AS statements,
       collect(coalesce(s.translation, s.text)) AS texts,
       collect(s.id) AS statementIds
ORDER BY relay, source
