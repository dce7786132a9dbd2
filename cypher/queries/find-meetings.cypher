// name: find-meetings
// question: Which meetings have a title containing some text, whatever dash or quote is typed?
// params: q (part of a title, e.g. US-Iran, US–Iran, 'third'), after? (the last meeting of the previous page; leave out for the first), limit? (meetings per page, 100 unless given, at most 1000)
// example: npm run query -- find-meetings q=US-Iran
// pages: after=meeting limit=100
//
// Titles are written as the articles write them, with en dashes ("US–Iran") and curly
// quotes, so the obvious `WHERE m.title CONTAINS 'US-Iran'` (hyphen) finds nothing.
// `searchTitle` is the title normalized by cypher/derived.cypher (lower case, every dash
// "-", every quote ' or "), indexed by the text index meeting_search_title; the search text
// is normalized here by the same replacements, so either spelling finds all four rounds.
// In date order, a page at a time: "us-iran" is in fifty thousand titles of a real corpus.
WITH replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       toLower($q),
       '\u2010', '-'), '\u2011', '-'), '\u2012', '-'), '\u2013', '-'), '\u2014', '-'), '\u2015', '-'),
       '\u2212', '-'), '\u2018', "'"), '\u2019', "'"), '\u201C', '"'), '\u201D', '"'), '\u00B4', "'") AS needle
OPTIONAL MATCH (last:Meeting {id: $after})
WITH needle, last
WHERE $after IS NULL OR last IS NOT NULL
// Two ways to the page, by how many titles match: a rare text's matches (at most 5,000)
// come from the text index and are sorted; a common text's ("us-iran": every twentieth
// meeting) are met walking the meetings in date order (meeting_sort_key, from the cursor)
// until `limit` match, about limit × (meetings / matches) entries, never a sort of them all.
// Each way is written so that it reads nothing when it is not the one taken (an empty list,
// a range that starts past every key).
CALL (needle) {
  MATCH (m:Meeting)
  USING TEXT INDEX m:Meeting(searchTitle)
  WHERE m.searchTitle CONTAINS needle
  WITH m LIMIT 5001
  RETURN collect(m) AS few
}
CALL (needle, last, few) {
  UNWIND CASE WHEN size(few) <= 5000 THEN few ELSE [] END AS m
  WITH m WHERE m.sortKey > coalesce(last.sortKey, "")
  WITH m ORDER BY m.sortKey LIMIT toInteger(coalesce($limit, "100"))
  RETURN m
  UNION ALL
  MATCH (m:Meeting)
  USING INDEX m:Meeting(sortKey)
  WHERE m.sortKey > CASE WHEN size(few) > 5000 THEN coalesce(last.sortKey, "") ELSE "\uFFFF" END
    AND m.searchTitle CONTAINS needle
  WITH m ORDER BY m.sortKey LIMIT toInteger(coalesce($limit, "100"))
  RETURN m
}
RETURN m.id AS meeting,
       m.title AS title,
       m.status AS status,
       m.date AS date,
       m.dateText AS dateText
ORDER BY m.dateStart IS NULL, m.dateStart, meeting
