// =====================================================================================
// 03 — Article 002: "Iran says it will not hold talks with U.S. over Iraq"
//      File: seeds/articles/002_a4bf34d5e56e8338.txt — Iran Focus, dateline
//      "Tehran, Iran, May 14". No year in the text.
//
// Contributes:
//   * the proposed direct Iran–US talks on Iraq, which Iran turned down (Meeting, DECLINED)
//   * Kazemi Qomi's rejection (two quotes, CAMEO 125) and his account of the proposal's
//     history (010); the Iraqi officials' formal proposal (026); Bush's authorisation of
//     Khalilzad (036); Ahmadinejad ruling out talks in April (125); US and Iraqi officials
//     blaming Tehran for aiding the insurgency (112)
//   * positions: Bush, Khalilzad, Ahmadinejad; and provenance for Kazemi Qomi's positions
//     whose properties are set in 02-article-001-...
//
// DATES. No year is given and nothing in the other articles pins this one down, so every
// date here is null, with the raw words in dateText ("Sunday", "April"); the dateline
// "May 14" is kept as the article's publishedText. This is NOT the same encounter as the
// May 2007 round (docs/decisions.md, "Articles 000, 002 and 003 have no year"
// and "Identities").
//
// Not data: "Latest news", "Must read", "You might also like".
// =====================================================================================


// ─── The article ──────────────────────────────────────────────────────────────────────
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
SET a.title = "Iran says it will not hold talks with U.S. over Iraq",
    a.outlet = "Iran Focus",
    a.language = "en",
    a.file = "002_a4bf34d5e56e8338.txt",
    a.published = null, a.publishedPrecision = null,
    a.publishedStart = null, a.publishedEnd = null,
    a.publishedText = "May 14"
WITH a
MERGE (site:Organization {id: "org:iran-focus"})
MERGE (a)-[r:PUBLISHED_BY]->(site)
SET r.role = "outlet";


// ─── Meeting (DECLINED): proposed direct Iran–US talks on Iraq ───────────────────────
// "Iran announced on Sunday that it will not hold direct talks with the United States on
//  the issue of Iraq."
// "Qomi said that the issue of Iran-U.S. talks over Iraq had been raised for close to a
//  year but had been repeatedly rejected by Tehran until it was formally proposed by Iraqi
//  officials."
// "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay
//  Khalilzad to discuss the security situation in Iraq with Iran."
// Intended participants, each with a Participation (the meeting was not held, so they are
// TO_TAKE_PART_IN it, never TOOK_PART_IN: docs/graph-model.md, "Took part in"): Khalilzad, the
// negotiator the US side had designated, for the United States; Iran as a state, the party
// asked (no Iranian negotiator is named).
// CAMEO 125 Reject proposal to meet, discuss, or negotiate (Iran → US).
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (m:Meeting {id: "meeting:proposed-iran-us-talks-on-iraq"})
SET m.title = "Proposed direct Iran–US talks on Iraq (declined by Iran)",
    m.status = "DECLINED",
    m.date = null, m.datePrecision = null, m.dateStart = null, m.dateEnd = null,
    m.venue = null,
    m.round = null,
    m.cameo = "125", m.cameoName = "Reject proposal to meet, discuss, or negotiate", m.goldstein = -5.0,
    m.summary = "Direct Iran–US talks on Iraq, raised for close to a year and formally proposed by Iraqi officials; President Bush had authorised ambassador Khalilzad to discuss Iraq's security with Iran. Iran announced that the talks were no longer on the table."
WITH a, m
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (khalilzad:Person {id: "person:zalmay-khalilzad"})
MERGE (t1:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (t2:Topic {id: "topic:iraq-security"})
MERGE (x_khalilzad:Participation {id: "participation:proposed-iran-us-talks-on-iraq--zalmay-khalilzad"})
SET x_khalilzad.role = "American ambassador to Iraq, authorised by President Bush to discuss the security situation in Iraq with Iran"
MERGE (khalilzad)-[:TOOK_PART_AS]->(x_khalilzad)
MERGE (x_khalilzad)-[:AT]->(m)
MERGE (rep_khalilzad:Country {id: "country:USA"})
MERGE (x_khalilzad)-[:REPRESENTING]->(rep_khalilzad)
MERGE (x_khalilzad)-[:REPORTED_BY {excerpt: "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay Khalilzad to discuss the security situation in Iraq with Iran."}]->(a)
MERGE (x_irn:Participation {id: "participation:proposed-iran-us-talks-on-iraq--irn"})
SET x_irn.role = "the party asked to hold direct talks with the United States; it declined"
MERGE (irn)-[:TOOK_PART_AS]->(x_irn)
MERGE (x_irn)-[:AT]->(m)
MERGE (x_irn)-[:REPORTED_BY {excerpt: "Iran announced on Sunday that it will not hold direct talks with the United States on the issue of Iraq."}]->(a)
MERGE (m)-[:ABOUT]->(t1)
MERGE (m)-[:ABOUT]->(t2)
MERGE (m)-[:REPORTED_BY {excerpt: "Iran announced on Sunday that it will not hold direct talks with the United States on the issue of Iraq."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "Qomi said that the issue of Iran-U.S. talks over Iraq had been raised for close to a year but had been repeatedly rejected by Tehran until it was formally proposed by Iraqi officials."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay Khalilzad to discuss the security situation in Iraq with Iran."}]->(a);


// ─── Kazemi Qomi's rejection ──────────────────────────────────────────────────────────

// "Iran announced on Sunday that it will not hold direct talks with the United States on
//  the issue of Iraq."
// "“The issue of negotiations between Iran and the U.S. regarding Iraq is no longer on the
//  table”, Iran’s newly-appointed ambassador to Iraq Hassan Kazemi Qomi told the official
//  new agency."
// The lead and the quote report one announcement. The "official new[s] agency" is not
// named, so there is no RELAYED_BY (docs/decisions.md). CAMEO 125.
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:kazemi-qomi-talks-no-longer-on-the-table"})
SET s.text = "The issue of negotiations between Iran and the U.S. regarding Iraq is no longer on the table",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.dateText = "Sunday",
    s.cameo = "125", s.cameoName = "Reject proposal to meet, discuss, or negotiate", s.goldstein = -5.0
WITH a, s
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:proposed-iran-us-talks-on-iraq"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (qomi)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Iran announced on Sunday that it will not hold direct talks with the United States on the issue of Iraq."}]->(a)
MERGE (s)-[:REPORTED_BY {excerpt: "“The issue of negotiations between Iran and the U.S. regarding Iraq is no longer on the table”, Iran’s newly-appointed ambassador to Iraq Hassan Kazemi Qomi told the official new agency."}]->(a);

// "“Following the establishment of a permanent government in Iraq, we have no issue to
//  negotiate about”, he said." — a second rejection quote, undated. CAMEO 125.
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:kazemi-qomi-no-issue-to-negotiate"})
SET s.text = "Following the establishment of a permanent government in Iraq, we have no issue to negotiate about",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "125", s.cameoName = "Reject proposal to meet, discuss, or negotiate", s.goldstein = -5.0
WITH a, s
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:proposed-iran-us-talks-on-iraq"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (qomi)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "“Following the establishment of a permanent government in Iraq, we have no issue to negotiate about”, he said."}]->(a);

// "Qomi said that the issue of Iran-U.S. talks over Iraq had been raised for close to a year
//  but had been repeatedly rejected by Tehran until it was formally proposed by Iraqi
//  officials." — his account of the history. CAMEO 010 Make statement.
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:kazemi-qomi-talks-raised-for-close-to-a-year"})
SET s.text = "Qomi said that the issue of Iran-U.S. talks over Iraq had been raised for close to a year but had been repeatedly rejected by Tehran until it was formally proposed by Iraqi officials.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (irq:Country {id: "country:IRQ"})
MERGE (m:Meeting {id: "meeting:proposed-iran-us-talks-on-iraq"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (qomi)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:MENTIONS]->(irq)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Qomi said that the issue of Iran-U.S. talks over Iraq had been raised for close to a year but had been repeatedly rejected by Tehran until it was formally proposed by Iraqi officials."}]->(a);


// ─── The Iraqi proposal ───────────────────────────────────────────────────────────────
// "... until it was formally proposed by Iraqi officials." — known only through Qomi's
// account; no named Iraqi speaker; undated. CAMEO 026 Appeal to others to meet or negotiate.
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:iraqi-officials-propose-iran-us-talks"})
SET s.text = "until it was formally proposed by Iraqi officials",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "026", s.cameoName = "Appeal to others to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (irq:Country {id: "country:IRQ"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:proposed-iran-us-talks-on-iraq"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(irq)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Qomi said that the issue of Iran-U.S. talks over Iraq had been raised for close to a year but had been repeatedly rejected by Tehran until it was formally proposed by Iraqi officials."}]->(a);


// ─── Bush's authorisation ─────────────────────────────────────────────────────────────
// "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay
//  Khalilzad to discuss the security situation in Iraq with Iran." — a decision rather than
// a speech act, recorded as a REPORTED statement with Bush as its source. Undated.
// CAMEO 036 Express intent to meet or negotiate (US → Iran).
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:bush-authorises-khalilzad-to-discuss-iraq-with-iran"})
SET s.text = "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay Khalilzad to discuss the security situation in Iraq with Iran.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "036", s.cameoName = "Express intent to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (bush:Person {id: "person:george-w-bush"})
MERGE (khalilzad:Person {id: "person:zalmay-khalilzad"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:proposed-iran-us-talks-on-iraq"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (bush)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:MENTIONS]->(khalilzad)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay Khalilzad to discuss the security situation in Iraq with Iran."}]->(a);


// ─── US and Iraqi officials blame Tehran ──────────────────────────────────────────────
// "The United States and Iraqi officials routinely blame Tehran for aiding the insurgency."
// A standing, undated accusation; "Tehran" = the Iranian government. CAMEO 112 Accuse.
// Two accusers, one accusation: a joint act, stored the one way every joint act is (issue
// 20; docs/graph-model.md, "Joint acts"): one statement per party, each ON_BEHALF_OF its own
// government, JOINT_WITH both ways. Until issue 20 it was one statement with two principals.
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:us-officials-blame-tehran-for-insurgency"})
SET s.text = "The United States and Iraqi officials routinely blame Tehran for aiding the insurgency.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "112", s.cameoName = "Accuse, not specified below", s.goldstein = -2.0
WITH a, s
MERGE (side:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(side)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "The United States and Iraqi officials routinely blame Tehran for aiding the insurgency."}]->(a);

MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:iraqi-officials-blame-tehran-for-insurgency"})
SET s.text = "The United States and Iraqi officials routinely blame Tehran for aiding the insurgency.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "112", s.cameoName = "Accuse, not specified below", s.goldstein = -2.0
WITH a, s
MERGE (side:Country {id: "country:IRQ"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(side)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "The United States and Iraqi officials routinely blame Tehran for aiding the insurgency."}]->(a);

MERGE (us:Statement {id: "statement:us-officials-blame-tehran-for-insurgency"})
MERGE (iq:Statement {id: "statement:iraqi-officials-blame-tehran-for-insurgency"})
MERGE (us)-[:JOINT_WITH]->(iq)
MERGE (iq)-[:JOINT_WITH]->(us);


// ─── Ahmadinejad rules out direct talks ───────────────────────────────────────────────
// "In April, hard-line Iranian President Mahmoud Ahmadinejad ruled out on direct talks
//  between the Islamic Republic and the United States over Iraq."
// "April" of an unstated year → date null, dateText "April". CAMEO 125.
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (s:Statement {id: "statement:ahmadinejad-rules-out-direct-talks-with-us"})
SET s.text = "In April, hard-line Iranian President Mahmoud Ahmadinejad ruled out on direct talks between the Islamic Republic and the United States over Iraq.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.dateText = "April",
    s.cameo = "125", s.cameoName = "Reject proposal to meet, discuss, or negotiate", s.goldstein = -5.0
WITH a, s
MERGE (ahmadinejad:Person {id: "person:mahmoud-ahmadinejad"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:proposed-iran-us-talks-on-iraq"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (ahmadinejad)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "In April, hard-line Iranian President Mahmoud Ahmadinejad ruled out on direct talks between the Islamic Republic and the United States over Iraq."}]->(a);


// ─── Positions ────────────────────────────────────────────────────────────────────────
// No publication year → asOf null for the positions defined here.

// "U.S. President George W. Bush"
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (p:Person {id: "person:george-w-bush"})
MERGE (usa:Country {id: "country:USA"})
MERGE (pos:Position {id: "position:george-w-bush--us-president"})
SET pos.title = "President of the United States", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(usa)
MERGE (pos)-[:REPORTED_BY {excerpt: "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay Khalilzad to discuss the security situation in Iraq with Iran."}]->(a);

// "the American ambassador to Iraq Zalmay Khalilzad" — held at this article's time, which has
// no year. Not current (issue 20): the office has one holder, and the articles show Ryan
// Crocker in it from 28 May 2007 (001) to 20 November 2007 (004), the latest date they speak
// of; so Khalilzad's tenure is not the current one as of 28 May 2007. When it began and ended
// is not reported (docs/decisions.md, "Offices").
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (p:Person {id: "person:zalmay-khalilzad"})
MERGE (usa:Country {id: "country:USA"})
MERGE (pos:Position {id: "position:zalmay-khalilzad--us-ambassador-to-iraq"})
SET pos.title = "United States Ambassador to Iraq", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.toText = "before Ryan Crocker, in office from 28 May 2007 (001)",
    pos.current = false, pos.asOf = "2007-05-28"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(usa)
MERGE (pos)-[:REPORTED_BY {excerpt: "U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay Khalilzad to discuss the security situation in Iraq with Iran."}]->(a);

// "hard-line Iranian President Mahmoud Ahmadinejad"
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (p:Person {id: "person:mahmoud-ahmadinejad"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (pos:Position {id: "position:mahmoud-ahmadinejad--president-of-iran"})
SET pos.title = "President of Iran", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "In April, hard-line Iranian President Mahmoud Ahmadinejad ruled out on direct talks between the Islamic Republic and the United States over Iraq."}]->(a);

// Kazemi Qomi's positions (properties set in 02-article-001-...): this article reports
// the ambassadorship ("Iran’s newly-appointed ambassador to Iraq") and repeats the
// background sentence ("Qomi, who until recently was Iran’s charge d’affaires in Iraq, is a
// veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison
// to Hezbollah in Lebanon.").
MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (pos:Position {id: "position:hassan-kazemi-qomi--iranian-ambassador-to-iraq"})
MERGE (pos)-[:REPORTED_BY {excerpt: "“The issue of negotiations between Iran and the U.S. regarding Iraq is no longer on the table”, Iran’s newly-appointed ambassador to Iraq Hassan Kazemi Qomi told the official new agency."}]->(a);

MERGE (a:Article {id: "article:002-iran-rejects-talks-over-iraq"})
MERGE (charge:Position {id: "position:hassan-kazemi-qomi--iranian-charge-d-affaires-in-iraq"})
MERGE (officer:Position {id: "position:hassan-kazemi-qomi--irgc-officer"})
MERGE (liaison:Position {id: "position:hassan-kazemi-qomi--irgc-liaison-to-hezbollah"})
MERGE (charge)-[:REPORTED_BY {excerpt: "Qomi, who until recently was Iran’s charge d’affaires in Iraq, is a veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in Lebanon."}]->(a)
MERGE (officer)-[:REPORTED_BY {excerpt: "Qomi, who until recently was Iran’s charge d’affaires in Iraq, is a veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in Lebanon."}]->(a)
MERGE (liaison)-[:REPORTED_BY {excerpt: "Qomi, who until recently was Iran’s charge d’affaires in Iraq, is a veteran officer of the Islamic Revolutionary Guards Corps and was once the IRGC’s liaison to Hezbollah in Lebanon."}]->(a);
