// =====================================================================================
// 02 — Article 001: "U.S.’s Crocker gives details of meeting with Iran envoy"
//      File: seeds/articles/001_99b912356660262a.txt — Iran Focus, dateline "London, May 31".
//
// Contributes:
//   * the Crocker–Kazemi Qomi meeting at al-Maliki's home: the FIRST ROUND of the 2007
//     US–Iran talks on Iraq (HELD, 2007-05-28). Article 004 (05-article-004-...) reports
//     the same meeting as "the first round in May"; it is one node.
//   * Crocker's remarks (five quotes), two MNF-I statements, al-Maliki's invitation to meet
//     again, and two NCRI accusations
//   * positions: Crocker (US ambassador to Iraq), Kazemi Qomi (Iranian ambassador; former
//     chargé d'affaires; IRGC officer; former IRGC liaison to Hezbollah; Qods Force
//     membership as claimed by the NCRI), al-Maliki (Prime Minister of Iraq)
//
// DATES. The text gives "May 31" (dateline), "Monday" (meeting), "Tuesday" (Crocker's
// remarks), "Wednesday" (MNF-I post) but no year. The year comes from article 004
// (published 2007-11-20): Crocker and Kazemi Qomi "have held three rounds of talks in
// Baghad since May" and "The first round in May broke a 27-year diplomatic freeze" — the
// same meeting this article calls "the first official meeting held between Tehran and
// Washington in over 27 years". So May 2007; the dateline is Thursday 2007-05-31 and the
// weekdays of that week resolve to 2007-05-28 (Mon), -29 (Tue), -30 (Wed).
// Full reasoning: docs/decisions.md, "The May meeting".
//
// Not data: "Latest news", "Must read", "You might also like" (Ebrahim Raisi, Ehsan
// Khandouzi, Pooya Stone, Arzhang Davoodi are named only there).
// =====================================================================================


// ─── The article ──────────────────────────────────────────────────────────────────────
// "Iran Focus: London, May 31 – ..." → published 2007-05-31 (year: see header).
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
SET a.title = "U.S.’s Crocker gives details of meeting with Iran envoy",
    a.outlet = "Iran Focus",
    a.language = "en",
    a.file = "001_99b912356660262a.txt",
    a.published = "2007-05-31", a.publishedPrecision = "DAY",
    a.publishedStart = date("2007-05-31"), a.publishedEnd = date("2007-05-31"),
    a.publishedText = "May 31"
WITH a
MERGE (site:Organization {id: "org:iran-focus"})
MERGE (a)-[r:PUBLISHED_BY]->(site)
SET r.role = "outlet";


// ─── Meeting: round 1 of the US–Iran talks on Iraq ───────────────────────────────────
// "The United States ambassador to Iraq gave details of his meeting with his Iranian
//  counterpart, the first official meeting held between Tehran and Washington in over 27
//  years."
// "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime
//  Minister Nuri al-Maliki’s home."
// Article 004 adds its own REPORTED_BY edges to this node (see 05-article-004-...).
// CAMEO 044 Meet at a "third" location: US and Iranian envoys meet in Iraq, at the Iraqi
// prime minister's home. al-Maliki is the host; the text does not say he took part.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
SET m.title = "US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi",
    m.status = "HELD",
    m.date = "2007-05-28", m.datePrecision = "DAY",
    m.dateStart = date("2007-05-28"), m.dateEnd = date("2007-05-28"),
    m.dateText = "Monday",
    m.venue = "Home of Iraqi Prime Minister Nouri al-Maliki, Baghdad",
    m.round = 1, m.roundInferred = false,
    m.cameo = "044", m.cameoName = "Meet at a 'third' location", m.goldstein = 2.5,
    m.summary = "The first official meeting between Tehran and Washington in over 27 years; the talks focused on Iraq only. The atmosphere was described as cordial and business-like."
WITH a, m
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (maliki:Person {id: "person:nouri-al-maliki"})
MERGE (venue:Place {id: "place:maliki-residence"})
MERGE (t1:Topic {id: "topic:iraq-security"})
MERGE (t2:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (m)-[:HELD_AT]->(venue)
MERGE (m)-[:HOSTED_BY]->(maliki)
MERGE (x_crocker:Participation {id: "participation:us-iran-iraq-talks-round-1--ryan-crocker"})
SET x_crocker.role = "United States ambassador to Iraq"
MERGE (crocker)-[:TOOK_PART_AS]->(x_crocker)
MERGE (x_crocker)-[:AT]->(m)
MERGE (rep_crocker:Country {id: "country:USA"})
MERGE (x_crocker)-[:REPRESENTING]->(rep_crocker)
MERGE (x_crocker)-[:REPORTED_BY {excerpt: "The United States ambassador to Iraq gave details of his meeting with his Iranian counterpart, the first official meeting held between Tehran and Washington in over 27 years."}]->(a)
MERGE (x_crocker)-[:REPORTED_BY {excerpt: "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home."}]->(a)
MERGE (x_qomi:Participation {id: "participation:us-iran-iraq-talks-round-1--hassan-kazemi-qomi"})
SET x_qomi.role = "Iranian ambassador to Iraq"
MERGE (qomi)-[:TOOK_PART_AS]->(x_qomi)
MERGE (x_qomi)-[:AT]->(m)
MERGE (rep_qomi:Country {id: "country:IRN"})
MERGE (x_qomi)-[:REPRESENTING]->(rep_qomi)
MERGE (x_qomi)-[:REPORTED_BY {excerpt: "The United States ambassador to Iraq gave details of his meeting with his Iranian counterpart, the first official meeting held between Tehran and Washington in over 27 years."}]->(a)
MERGE (x_qomi)-[:REPORTED_BY {excerpt: "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home."}]->(a)
MERGE (m)-[:ABOUT]->(t1)
MERGE (m)-[:ABOUT]->(t2)
MERGE (m)-[:REPORTED_BY {excerpt: "The United States ambassador to Iraq gave details of his meeting with his Iranian counterpart, the first official meeting held between Tehran and Washington in over 27 years."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home."}]->(a);


// ─── Crocker's remarks ────────────────────────────────────────────────────────────────
// All five are things Crocker said to reporters ABOUT the meeting (CONCERNS), on behalf
// of the United States. Only the first is dated by the text ("told reporters on Tuesday");
// the others are introduced by a bare "said Crocker" and stay undated
// (docs/decisions.md, "Dates deliberately left null").

// "Ryan Crocker told reporters on Tuesday, “We all agreed that the focus of our discussions
//  were on Iraq only, ...”." — CAMEO 010 Make statement.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:crocker-discussions-focused-on-iraq-only"})
SET s.text = "We all agreed that the focus of our discussions were on Iraq only, and how we might support Iraq, its people, and its government in restoring security and stability to the country and furthering a political reconciliation process",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = "2007-05-29", s.datePrecision = "DAY",
    s.dateStart = date("2007-05-29"), s.dateEnd = date("2007-05-29"),
    s.dateText = "Tuesday",
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (usa:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (crocker)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Ryan Crocker told reporters on Tuesday, “We all agreed that the focus of our discussions were on Iraq only, and how we might support Iraq, its people, and its government in restoring security and stability to the country and furthering a political reconciliation process”."}]->(a);

// "“We made it clear from the American point of view that this is about actions, not just
//  principles”, said Crocker." — CAMEO 010 Make statement.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:crocker-about-actions-not-just-principles"})
SET s.text = "We made it clear from the American point of view that this is about actions, not just principles",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (crocker)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "“We made it clear from the American point of view that this is about actions, not just principles”, said Crocker."}]->(a);

// "“I laid out before the Iranians a number of our direct specific concerns about [Iranian”>
//  behaviour in Iraq”." — the "[Iranian”>" is mangled markup in the source, kept verbatim.
// CAMEO 111 Criticize or denounce.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:crocker-laid-out-concerns-about-iranian-behaviour"})
SET s.text = "I laid out before the Iranians a number of our direct specific concerns about [Iranian”> behaviour in Iraq",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "111", s.cameoName = "Criticize or denounce", s.goldstein = -2.0
WITH a, s
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (crocker)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "“I laid out before the Iranians a number of our direct specific concerns about [Iranian”> behaviour in Iraq”."}]->(a);

// "“We need to see Iranian actions on the ground come into harmony with their stated
//  principles”, said Crocker." — CAMEO 0242 Appeal for policy change (a stated need, not an
// ultimatum; docs/event-coding.md discusses 1042).
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:crocker-iranian-actions-must-match-principles"})
SET s.text = "We need to see Iranian actions on the ground come into harmony with their stated principles",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "0242", s.cameoName = "Appeal for policy change", s.goldstein = -0.3
WITH a, s
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (crocker)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "“We need to see Iranian actions on the ground come into harmony with their stated principles”, said Crocker."}]->(a);

// "“The problem lies, in our view, with the Iranians not bringing their behaviour on the
//  ground into line with their own policy”." — CAMEO 111 Criticize or denounce.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:crocker-problem-lies-with-the-iranians"})
SET s.text = "The problem lies, in our view, with the Iranians not bringing their behaviour on the ground into line with their own policy",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "111", s.cameoName = "Criticize or denounce", s.goldstein = -2.0
WITH a, s
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (crocker)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "“The problem lies, in our view, with the Iranians not bringing their behaviour on the ground into line with their own policy”."}]->(a);


// ─── MNF-I statements ─────────────────────────────────────────────────────────────────

// "While the atmosphere was cordial and business-like, both parties laid out principles,
//  which guided respective polices toward Iraq, according to a news article posted on the
//  website of the Multi-National Force – Iraq (MNF-I) on Wednesday."
// Wednesday of the dateline week → 2007-05-30. CAMEO 010 Make statement.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:mnf-i-atmosphere-cordial-and-business-like"})
SET s.text = "While the atmosphere was cordial and business-like, both parties laid out principles, which guided respective polices toward Iraq",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = "2007-05-30", s.datePrecision = "DAY",
    s.dateStart = date("2007-05-30"), s.dateEnd = date("2007-05-30"),
    s.dateText = "Wednesday",
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (mnfi:Organization {id: "org:mnf-i"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(mnfi)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "While the atmosphere was cordial and business-like, both parties laid out principles, which guided respective polices toward Iraq, according to a news article posted on the website of the Multi-National Force – Iraq (MNF-I) on Wednesday."}]->(a);

// "Iraqi and Coalition forces have frequently encountered militias armed with Iranian
//  weapons and explosives, such as Explosively Formed Penetrators, during Iraq’s ongoing
//  reconstruction efforts, the MNF-I said." — undated. CAMEO 112 Accuse (implicit).
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:mnf-i-militias-armed-with-iranian-weapons"})
SET s.text = "Iraqi and Coalition forces have frequently encountered militias armed with Iranian weapons and explosives, such as Explosively Formed Penetrators, during Iraq’s ongoing reconstruction efforts",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "112", s.cameoName = "Accuse, not specified below", s.goldstein = -2.0
WITH a, s
MERGE (mnfi:Organization {id: "org:mnf-i"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(mnfi)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Iraqi and Coalition forces have frequently encountered militias armed with Iranian weapons and explosives, such as Explosively Formed Penetrators, during Iraq’s ongoing reconstruction efforts, the MNF-I said."}]->(a);


// ─── al-Maliki's invitation to meet again ────────────────────────────────────────────
// "Al-Maliki extended an invitation for both the U.S. and Iranian delegates to meet again
//  in the near future." — undated; CAMEO 026 Appeal to others to meet or negotiate.
// Not linked to a later round: the text does not say which meeting resulted
// (docs/decisions.md, "Meetings, statuses and participation").
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:maliki-invites-us-and-iran-to-meet-again"})
SET s.text = "Al-Maliki extended an invitation for both the U.S. and Iranian delegates to meet again in the near future.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "026", s.cameoName = "Appeal to others to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (maliki:Person {id: "person:nouri-al-maliki"})
MERGE (irq:Country {id: "country:IRQ"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (maliki)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irq)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Al-Maliki extended an invitation for both the U.S. and Iranian delegates to meet again in the near future."}]->(a);


// ─── NCRI accusations ─────────────────────────────────────────────────────────────────

// "The main Iranian opposition movement, the National Council of Resistance of Iran, said
//  earlier this week that Kazemi Qomi was currently an active member of the IRGC’s
//  extra-territorial Qods Force."
// "earlier this week" in a Thursday 2007-05-31 article → a day from Sunday 27 to Wednesday
// 30 May 2007 (RANGE; issue 20: it was the whole month). CAMEO 112 Accuse.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:ncri-says-kazemi-qomi-is-qods-force-member"})
SET s.text = "Kazemi Qomi was currently an active member of the IRGC’s extra-territorial Qods Force",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = "2007-05-27/2007-05-30", s.datePrecision = "RANGE",
    s.dateStart = date("2007-05-27"), s.dateEnd = date("2007-05-30"),
    s.dateText = "earlier this week",
    s.cameo = "112", s.cameoName = "Accuse, not specified below", s.goldstein = -2.0
WITH a, s
MERGE (ncri:Organization {id: "org:ncri"})
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (qods:Organization {id: "org:qods-force"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(ncri)
MERGE (s)-[:DIRECTED_AT]->(qomi)
MERGE (s)-[:MENTIONS]->(qods)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "The main Iranian opposition movement, the National Council of Resistance of Iran, said earlier this week that Kazemi Qomi was currently an active member of the IRGC’s extra-territorial Qods Force."}]->(a);

// "At a press conference in London, the NCRI gave the names of several individuals working
//  out of the Iranian embassy in Baghdad who “personally oversee the transfer of Explosively
//  Formed Penetrators from Iran to Iraq”." — undated; made in London (MADE_AT).
// CAMEO 112 Accuse.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (s:Statement {id: "statement:ncri-names-embassy-staff-overseeing-efp-transfers"})
SET s.text = "personally oversee the transfer of Explosively Formed Penetrators from Iran to Iraq",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "112", s.cameoName = "Accuse, not specified below", s.goldstein = -2.0
WITH a, s
MERGE (ncri:Organization {id: "org:ncri"})
MERGE (embassy:Organization {id: "org:iranian-embassy-baghdad"})
MERGE (london:Place {id: "place:london"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(ncri)
MERGE (s)-[:DIRECTED_AT]->(embassy)
MERGE (s)-[:MADE_AT]->(london)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "At a press conference in London, the NCRI gave the names of several individuals working out of the Iranian embassy in Baghdad who “personally oversee the transfer of Explosively Formed Penetrators from Iran to Iraq”."}]->(a);


// ─── Positions ────────────────────────────────────────────────────────────────────────
// asOf: for a position reported as held (current = true), the latest publication date of
// an article reporting it so; for a former one (current = false), the earliest publication
// date of an article reporting it as former. Properties of positions that articles 002 and
// 004 also report are set here once; those files add only their REPORTED_BY edges.

// "The United States ambassador to Iraq gave details of his meeting ..." (this article) and
// "US Ambassador to Baghdad Ryan Crocker" (004, 2007-11-20).
// from/to: the period the articles show the office held (docs/graph-model.md, "Dates"): at
// the first round, 28 May 2007 ("Crocker met Iranian ambassador to Iraq ... on Monday", as
// "The United States ambassador to Iraq"), and still on 20 November 2007 (004). Neither the
// start nor the end of his term is reported.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (p:Person {id: "person:ryan-crocker"})
MERGE (usa:Country {id: "country:USA"})
MERGE (pos:Position {id: "position:ryan-crocker--us-ambassador-to-iraq"})
SET pos.title = "United States Ambassador to Iraq", pos.kind = "OFFICE",
    pos.from = "2007-05-28", pos.fromPrecision = "DAY",
    pos.fromStart = date("2007-05-28"), pos.fromEnd = date("2007-05-28"),
    pos.fromText = "in office at the first round (001); start not reported",
    pos.to = "2007-11-20", pos.toPrecision = "DAY",
    pos.toStart = date("2007-11-20"), pos.toEnd = date("2007-11-20"),
    pos.toText = "still in office on 20 November 2007 (004); end not reported",
    pos.current = true, pos.asOf = "2007-11-20"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(usa)
MERGE (pos)-[:REPORTED_BY {excerpt: "The United States ambassador to Iraq gave details of his meeting with his Iranian counterpart, the first official meeting held between Tehran and Washington in over 27 years."}]->(a);

// "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, ..." (also 002: "Iran’s
// newly-appointed ambassador to Iraq"; 004: "his Iranian counterpart", 2007-11-20).
// from/to: held at the first round (28 May 2007) and still on 20 November 2007 (004); 002's
// "newly-appointed" has no date, so the start is not known.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (p:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (pos:Position {id: "position:hassan-kazemi-qomi--iranian-ambassador-to-iraq"})
SET pos.title = "Iranian Ambassador to Iraq", pos.kind = "OFFICE",
    pos.from = "2007-05-28", pos.fromPrecision = "DAY",
    pos.fromStart = date("2007-05-28"), pos.fromEnd = date("2007-05-28"),
    pos.fromText = "in office at the first round (001); appointed earlier, date not reported (002: newly-appointed)",
    pos.to = "2007-11-20", pos.toPrecision = "DAY",
    pos.toStart = date("2007-11-20"), pos.toEnd = date("2007-11-20"),
    pos.toText = "still in office on 20 November 2007 (004); end not reported",
    pos.current = true, pos.asOf = "2007-11-20"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home."}]->(a);

// "Kazemi Qomi, who was previously Iran’s charge d’affaires in Iraq, is a veteran officer of
//  the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in
//  Lebanon." — three positions; 002 repeats the sentence almost word for word.

// "previously Iran’s charge d’affaires in Iraq" → former.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (p:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (pos:Position {id: "position:hassan-kazemi-qomi--iranian-charge-d-affaires-in-iraq"})
SET pos.title = "Iranian Chargé d'Affaires in Iraq", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = false, pos.asOf = "2007-05-31"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "Kazemi Qomi, who was previously Iran’s charge d’affaires in Iraq, is a veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in Lebanon."}]->(a);

// "is a veteran officer of the Islamic Revolutionary Guards Corps" → membership, current as
// of this article (31 May 2007, the only dated article to say so: 002 is undated).
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (p:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irgc:Organization {id: "org:irgc"})
MERGE (pos:Position {id: "position:hassan-kazemi-qomi--irgc-officer"})
SET pos.title = "Veteran officer of the Islamic Revolutionary Guards Corps", pos.kind = "MEMBERSHIP",
    pos.from = "2007-05-31", pos.fromPrecision = "DAY",
    pos.fromStart = date("2007-05-31"), pos.fromEnd = date("2007-05-31"),
    pos.fromText = "an officer when article 001 was published; since when is not reported",
    pos.to = "2007-05-31", pos.toPrecision = "DAY",
    pos.toStart = date("2007-05-31"), pos.toEnd = date("2007-05-31"),
    pos.toText = "no later article reports it",
    pos.current = true, pos.asOf = "2007-05-31"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irgc)
MERGE (pos)-[:REPORTED_BY {excerpt: "Kazemi Qomi, who was previously Iran’s charge d’affaires in Iraq, is a veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in Lebanon."}]->(a);

// "was once the IRGC’s liaison to Hezbollah in Lebanon" → former.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (p:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irgc:Organization {id: "org:irgc"})
MERGE (hezbollah:Organization {id: "org:hezbollah"})
MERGE (pos:Position {id: "position:hassan-kazemi-qomi--irgc-liaison-to-hezbollah"})
SET pos.title = "IRGC liaison to Hezbollah in Lebanon", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = false, pos.asOf = "2007-05-31"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irgc)
MERGE (pos)-[:MENTIONS]->(hezbollah)
MERGE (pos)-[:REPORTED_BY {excerpt: "Kazemi Qomi, who was previously Iran’s charge d’affaires in Iraq, is a veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in Lebanon."}]->(a);

// "... the National Council of Resistance of Iran, said earlier this week that Kazemi Qomi
//  was currently an active member of the IRGC’s extra-territorial Qods Force."
// A claim, not a fact the article asserts (issue 20): Kazemi Qomi ALLEGEDLY_HELD it, never
// HELD_POSITION, and the NCRI's statement CLAIMS it (who claims it, when and where are that
// statement's: its principal, date and source).
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (p:Person {id: "person:hassan-kazemi-qomi"})
MERGE (qods:Organization {id: "org:qods-force"})
MERGE (pos:Position {id: "position:hassan-kazemi-qomi--qods-force-member"})
SET pos.title = "Active member of the Qods Force", pos.kind = "MEMBERSHIP",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = "2007-05-31"
MERGE (claim:Statement {id: "statement:ncri-says-kazemi-qomi-is-qods-force-member"})
MERGE (p)-[:ALLEGEDLY_HELD]->(pos)
MERGE (claim)-[:CLAIMS]->(pos)
MERGE (pos)-[:OF]->(qods)
MERGE (pos)-[:REPORTED_BY {excerpt: "The main Iranian opposition movement, the National Council of Resistance of Iran, said earlier this week that Kazemi Qomi was currently an active member of the IRGC’s extra-territorial Qods Force."}]->(a);

// "... at Iraqi Prime Minister Nuri al-Maliki’s home." (also 004: "Nouri al-Maliki's
// government", 2007-11-20). from/to: Prime Minister when the first round met at his home
// (28 May 2007) and still heading the government on 20 November 2007.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (p:Person {id: "person:nouri-al-maliki"})
MERGE (irq:Country {id: "country:IRQ"})
MERGE (pos:Position {id: "position:nouri-al-maliki--prime-minister-of-iraq"})
SET pos.title = "Prime Minister of Iraq", pos.kind = "OFFICE",
    pos.from = "2007-05-28", pos.fromPrecision = "DAY",
    pos.fromStart = date("2007-05-28"), pos.fromEnd = date("2007-05-28"),
    pos.fromText = "in office at the first round, held at his home (001); start not reported",
    pos.to = "2007-11-20", pos.toPrecision = "DAY",
    pos.toStart = date("2007-11-20"), pos.toEnd = date("2007-11-20"),
    pos.toText = "still heading the government on 20 November 2007 (004); end not reported",
    pos.current = true, pos.asOf = "2007-11-20"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irq)
MERGE (pos)-[:REPORTED_BY {excerpt: "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home."}]->(a);

// ─── Organizations: whose, where, part of what (issue 20: each edge with its sentence) ─
// "the Iranian embassy in Baghdad": Iran's embassy, in Baghdad.
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (x:Organization {id: "org:iranian-embassy-baghdad"})
MERGE (y:Country {id: "country:IRN"})
MERGE (x)-[r:BELONGS_TO]->(y)
SET r.article = "article:001-crocker-meeting-iran-envoy", r.excerpt = "At a press conference in London, the NCRI gave the names of several individuals working out of the Iranian embassy in Baghdad who “personally oversee the transfer of Explosively Formed Penetrators from Iran to Iraq”.";

MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (x:Organization {id: "org:iranian-embassy-baghdad"})
MERGE (y:Place {id: "place:baghdad"})
MERGE (x)-[r:LOCATED_IN]->(y)
SET r.article = "article:001-crocker-meeting-iran-envoy", r.excerpt = "At a press conference in London, the NCRI gave the names of several individuals working out of the Iranian embassy in Baghdad who “personally oversee the transfer of Explosively Formed Penetrators from Iran to Iraq”.";

// "the IRGC’s extra-territorial Qods Force".
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (x:Organization {id: "org:qods-force"})
MERGE (y:Organization {id: "org:irgc"})
MERGE (x)-[r:PART_OF]->(y)
SET r.article = "article:001-crocker-meeting-iran-envoy", r.excerpt = "The main Iranian opposition movement, the National Council of Resistance of Iran, said earlier this week that Kazemi Qomi was currently an active member of the IRGC’s extra-territorial Qods Force.";

// "Hezbollah in Lebanon": where it is, not a body of the Lebanese state (no BELONGS_TO).
MERGE (a:Article {id: "article:001-crocker-meeting-iran-envoy"})
MERGE (x:Organization {id: "org:hezbollah"})
MERGE (y:Country {id: "country:LBN"})
MERGE (x)-[r:LOCATED_IN]->(y)
SET r.article = "article:001-crocker-meeting-iran-envoy", r.excerpt = "Kazemi Qomi, who was previously Iran’s charge d’affaires in Iraq, is a veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in Lebanon.";
// The NCRI, "The main Iranian opposition movement", is Iranian but no body of the Iranian
// state, which it opposes: no BELONGS_TO (issue 20; its statements are not Iran's).
