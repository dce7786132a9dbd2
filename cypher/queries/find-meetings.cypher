// name: find-meetings
// question: Which meetings have a title containing some text, whatever dash or quote is typed?
// params: q (part of a title, e.g. US-Iran, US–Iran, 'third')
// example: npm run query -- find-meetings q=US-Iran
//
// Titles are written as the articles write them, with en dashes ("US–Iran") and curly
// quotes, so the obvious `WHERE m.title CONTAINS 'US-Iran'` (hyphen) finds nothing.
// `searchTitle` is the title normalized by cypher/derived.cypher (lower case, every dash
// "-", every quote ' or "), indexed by the text index meeting_search_title; the search text
// is normalized here by the same replacements, so either spelling finds all four rounds.
WITH replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       toLower($q),
       '\u2010', '-'), '\u2011', '-'), '\u2012', '-'), '\u2013', '-'), '\u2014', '-'), '\u2015', '-'),
       '\u2212', '-'), '\u2018', "'"), '\u2019', "'"), '\u201C', '"'), '\u201D', '"'), '\u00B4', "'") AS needle
MATCH (m:Meeting)
USING TEXT INDEX m:Meeting(searchTitle)
WHERE m.searchTitle CONTAINS needle
RETURN m.id AS meeting,
       m.title AS title,
       m.status AS status,
       m.date AS date,
       m.dateText AS dateText
ORDER BY m.dateStart IS NULL, m.dateStart, meeting
