// =====================================================================================
// A realistic article for `npm run bench:ingest` (bench/ingest/README.md): invented, and
// applied only onto generated datasets, never to the project's graph. It touches the
// generated graph's hubs (Iran, the United States, Geneva) the way a real article would,
// and adds two people, their offices, one meeting and three statements.
// File: bench/ingest/articles/900_bench_geneva_talks.txt
// =====================================================================================

MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
SET a.title = "Iran and US envoys agree in Geneva to meet again within a month",
    a.outlet = "Bench Wire",
    a.language = "en",
    a.file = "900_bench_geneva_talks.txt",
    a.published = "2008-03-12", a.publishedPrecision = "DAY",
    a.publishedStart = date("2008-03-12"), a.publishedEnd = date("2008-03-12"),
    a.publishedText = "March 12, 2008";

MERGE (p:Person {id: "person:dariush-varzandeh"})
SET p.name = "Dariush Varzandeh", p.aliases = ["Varzandeh"];

MERGE (p:Person {id: "person:marguerite-halloway"})
SET p.name = "Marguerite Halloway", p.aliases = ["Halloway"];

// "met in Geneva on Tuesday" — Tuesday before the dateline Wednesday 12 March 2008.
MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
MERGE (m:Meeting {id: "meeting:iran-us-envoys-geneva-2008-03"})
SET m.title = "Iran–US envoys meet in Geneva on Iraq's security",
    m.status = "HELD",
    m.date = "2008-03-11", m.datePrecision = "DAY",
    m.dateStart = date("2008-03-11"), m.dateEnd = date("2008-03-11"),
    m.dateText = "Tuesday",
    m.venue = "Palais Wilson, Geneva",
    m.cameo = "044", m.cameoName = "Meet at a 'third' location", m.goldstein = 2.5
WITH a, m
MERGE (varzandeh:Person {id: "person:dariush-varzandeh"})
MERGE (halloway:Person {id: "person:marguerite-halloway"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (che:Country {id: "country:CHE"})
MERGE (geneva:Place {id: "place:geneva"})
MERGE (m)-[:HELD_AT]->(geneva)
MERGE (m)-[:HOSTED_BY]->(che)
MERGE (x_varzandeh:Participation {id: "participation:iran-us-envoys-geneva-2008-03--dariush-varzandeh"})
SET x_varzandeh.role = "deputy foreign minister"
MERGE (varzandeh)-[:TOOK_PART_AS]->(x_varzandeh)
MERGE (x_varzandeh)-[:AT]->(m)
MERGE (x_varzandeh)-[:REPRESENTING]->(irn)
MERGE (x_halloway:Participation {id: "participation:iran-us-envoys-geneva-2008-03--marguerite-halloway"})
SET x_halloway.role = "Under Secretary of State"
MERGE (halloway)-[:TOOK_PART_AS]->(x_halloway)
MERGE (x_halloway)-[:AT]->(m)
MERGE (x_halloway)-[:REPRESENTING]->(usa)
MERGE (m)-[:REPORTED_BY {excerpt: "Envoys of Iran and the United States met in Geneva on Tuesday for four hours of talks on security in Iraq, the first meeting between the two governments this year, officials from both sides said."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "Iran's deputy foreign minister Dariush Varzandeh led the Iranian delegation. The American side was led by Under Secretary of State Marguerite Halloway, who flew in from Washington on Monday."}]->(a);

// "We had a frank exchange, and we agreed to meet again within a month" — CAMEO 036.
MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
MERGE (s:Statement {id: "statement:halloway-agreed-to-meet-again-within-a-month"})
SET s.text = "We had a frank exchange, and we agreed to meet again within a month",
    s.language = "en", s.kind = "QUOTE",
    s.date = "2008-03-11", s.datePrecision = "DAY",
    s.dateStart = date("2008-03-11"), s.dateEnd = date("2008-03-11"),
    s.cameo = "036", s.cameoName = "Express intent to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (halloway:Person {id: "person:marguerite-halloway"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:iran-us-envoys-geneva-2008-03"})
MERGE (halloway)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:REPORTED_BY {excerpt: "\"We had a frank exchange, and we agreed to meet again within a month,\" Halloway told reporters outside the Palais Wilson, where Swiss officials hosted the talks."}]->(a);

// "would not accept preconditions" — reported, CAMEO 124 Refuse to yield.
MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
MERGE (s:Statement {id: "statement:varzandeh-no-preconditions"})
SET s.text = "Varzandeh said Iran would not accept preconditions for further talks.",
    s.language = "en", s.kind = "REPORTED",
    s.cameo = "124", s.cameoName = "Refuse to yield, not specified below", s.goldstein = -4.0
WITH a, s
MERGE (varzandeh:Person {id: "person:dariush-varzandeh"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:iran-us-envoys-geneva-2008-03"})
MERGE (varzandeh)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:REPORTED_BY {excerpt: "Varzandeh said Iran would not accept preconditions for further talks."}]->(a);

// "The United States must end its accusations before there can be any real progress" —
// CAMEO 1042 Demand policy change.
MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
MERGE (s:Statement {id: "statement:varzandeh-us-must-end-accusations"})
SET s.text = "The United States must end its accusations before there can be any real progress",
    s.language = "en", s.kind = "QUOTE",
    s.cameo = "1042", s.cameoName = "Demand policy change", s.goldstein = -5.0
WITH a, s
MERGE (varzandeh:Person {id: "person:dariush-varzandeh"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:iran-us-envoys-geneva-2008-03"})
MERGE (varzandeh)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:REPORTED_BY {excerpt: "\"The United States must end its accusations before there can be any real progress,\" he told the state news agency after the meeting."}]->(a);

// Offices: "under secretary since January", "appointed deputy foreign minister last year",
// "a former ambassador to Baghdad".
MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
MERGE (pos:Position {id: "position:marguerite-halloway--us-under-secretary-of-state"})
SET pos.title = "Under Secretary of State", pos.kind = "OFFICE",
    pos.from = "2008-01", pos.fromPrecision = "MONTH",
    pos.fromStart = date("2008-01-01"), pos.fromEnd = date("2008-01-31"),
    pos.current = true, pos.asOf = "2008-03-12"
WITH a, pos
MERGE (halloway:Person {id: "person:marguerite-halloway"})
MERGE (usa:Country {id: "country:USA"})
MERGE (halloway)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(usa)
MERGE (pos)-[:REPORTED_BY {excerpt: "Halloway, a career diplomat, has been under secretary since January."}]->(a);

MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
MERGE (pos:Position {id: "position:dariush-varzandeh--iranian-deputy-foreign-minister"})
SET pos.title = "Deputy Foreign Minister of Iran", pos.kind = "OFFICE",
    pos.from = "2007", pos.fromPrecision = "YEAR",
    pos.fromStart = date("2007-01-01"), pos.fromEnd = date("2007-12-31"),
    pos.current = true, pos.asOf = "2008-03-12"
WITH a, pos
MERGE (varzandeh:Person {id: "person:dariush-varzandeh"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (varzandeh)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "Varzandeh, a former ambassador to Baghdad, was appointed deputy foreign minister last year."}]->(a);

MERGE (a:Article {id: "article:900-iran-us-envoys-meet-in-geneva"})
MERGE (pos:Position {id: "position:dariush-varzandeh--iranian-ambassador-to-iraq"})
SET pos.title = "Iranian ambassador to Iraq", pos.kind = "OFFICE", pos.current = false, pos.asOf = "2008-03-12"
WITH a, pos
MERGE (varzandeh:Person {id: "person:dariush-varzandeh"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (varzandeh)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "Varzandeh, a former ambassador to Baghdad, was appointed deputy foreign minister last year."}]->(a);
