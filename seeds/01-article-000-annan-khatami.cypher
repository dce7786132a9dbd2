// =====================================================================================
// 01 — Article 000: "Annan meets with Iran President Khatami"
//      File: seeds/articles/000_4a22d23246e78457.txt — an Associated Press story as carried
//      by Iran Focus ("Iran General News"). No year and no publication date in the text.
//
// Contributes:
//   * the Annan–Khatami private meeting at the U.N. (HELD; "on Tuesday", year unknown)
//   * the planned Alliance of Civilizations meeting Khatami was invited to (PLANNED)
//   * Annan's appeal for more US–Iran dialogue, as relayed by his spokesman (CAMEO 026)
//   * Iran's U.N. Mission declining to say when Khatami would leave (CAMEO 011)
//   * positions: Annan (Secretary-General), Khatami (former President; founding member of
//     the Alliance), Dujarric (U.N. spokesman)
// Not data: the "Latest news", "Must read" and "You might also like" lists after the
// story (Rafael Grossi, Ebrahim Raisi ... are named only there).
// Not encoded: the reactions of "some conservatives in Congress" and "some influential
// Iranian exiles" (no identifiable actor), the unnamed diplomats' guess about his
// departure, and the city stops of the tour (see docs/decisions.md).
// =====================================================================================


// ─── The article ──────────────────────────────────────────────────────────────────────
// The page is the Iran Focus site's copy of an AP story: PUBLISHED_BY both, with a role.
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
SET a.title = "Annan meets with Iran President Khatami",
    a.outlet = "Iran Focus",
    a.language = "en",
    a.file = "000_4a22d23246e78457.txt",
    a.published = null, a.publishedPrecision = null,
    a.publishedStart = null, a.publishedEnd = null
WITH a
MERGE (site:Organization {id: "org:iran-focus"})
MERGE (ap:Organization {id: "org:associated-press"})
MERGE (a)-[r1:PUBLISHED_BY]->(site)
SET r1.role = "outlet"
MERGE (a)-[r2:PUBLISHED_BY]->(ap)
SET r2.role = "agency";


// ─── Meeting: Annan and Khatami at the U.N. ──────────────────────────────────────────
// "U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami on
//  Tuesday to help foster dialogue with the United States, ..."
// "Annan and Khatami kissed each other on the cheek three times and chatted amiably before
//  the private meeting began."
// Date: "Tuesday", but no year anywhere in the text → date null, dateText "Tuesday".
// CAMEO 043 Host a visit (UN hosts Khatami at the U.N.).
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (m:Meeting {id: "meeting:annan-khatami-at-the-un"})
SET m.title = "Kofi Annan meets Mohammad Khatami at the United Nations",
    m.status = "HELD",
    m.date = null, m.datePrecision = null, m.dateStart = null, m.dateEnd = null,
    m.dateText = "Tuesday",
    m.venue = "United Nations (private meeting)",
    m.round = null,
    m.cameo = "043", m.cameoName = "Host a visit", m.goldstein = 2.8,
    m.summary = "Private meeting near the end of Khatami's U.S. tour; Annan asked him to help foster dialogue between the United States and Iran."
WITH a, m
MERGE (annan:Person {id: "person:kofi-annan"})
MERGE (khatami:Person {id: "person:mohammad-khatami"})
MERGE (un:Organization {id: "org:united-nations"})
MERGE (hq:Place {id: "place:un-headquarters"})
MERGE (topic:Topic {id: "topic:us-iran-dialogue"})
MERGE (m)-[:HELD_AT]->(hq)
MERGE (m)-[:HOSTED_BY]->(un)
MERGE (x_annan:Participation {id: "participation:annan-khatami-at-the-un--kofi-annan"})
SET x_annan.role = "U.N. Secretary-General"
MERGE (annan)-[:TOOK_PART_AS]->(x_annan)
MERGE (x_annan)-[:AT]->(m)
MERGE (rep_annan:Organization {id: "org:united-nations"})
MERGE (x_annan)-[:REPRESENTING]->(rep_annan)
MERGE (x_annan)-[:REPORTED_BY {excerpt: "U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami on Tuesday to help foster dialogue with the United States, as the moderate cleric wound down an unprecedented U.S. tour, the United Nations said."}]->(a)
MERGE (x_khatami:Participation {id: "participation:annan-khatami-at-the-un--mohammad-khatami"})
SET x_khatami.role = "former Iranian President"
MERGE (khatami)-[:TOOK_PART_AS]->(x_khatami)
MERGE (x_khatami)-[:AT]->(m)
MERGE (x_khatami)-[:REPORTED_BY {excerpt: "U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami on Tuesday to help foster dialogue with the United States, as the moderate cleric wound down an unprecedented U.S. tour, the United Nations said."}]->(a)
MERGE (m)-[:ABOUT]->(topic)
MERGE (m)-[:REPORTED_BY {excerpt: "U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami on Tuesday to help foster dialogue with the United States, as the moderate cleric wound down an unprecedented U.S. tour, the United Nations said."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "Annan and Khatami kissed each other on the cheek three times and chatted amiably before the private meeting began. It came near the end of Khatami’s trip, which has taken him to Boston, Chicago and Washington."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "Khatami brushed past reporters on his way out of the U.N., smiling and pointing to his watch as he sped out the door to a waiting motorcade."}]->(a);


// ─── Statement: Annan's appeal for US–Iran dialogue (spokesman's readout) ────────────
// "“The secretary-general expressed his wish to see more dialogue between the United States
//  and Iran on different levels and said he hoped President Khatami would be useful in that
//  regard,” U.N. spokesman Stephane Dujarric said."
// One statement, not two: the lead sentence ("... asked ... Khatami ... to help foster
// dialogue ..., the United Nations said") paraphrases the same readout. Speaker = the
// spokesman (SAID); principal = Annan and the U.N. (ON_BEHALF_OF). The appeal itself was
// made in the meeting (DURING). CAMEO 026 Appeal to others to meet or negotiate.
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (s:Statement {id: "statement:annan-asks-khatami-to-foster-us-iran-dialogue"})
SET s.text = "The secretary-general expressed his wish to see more dialogue between the United States and Iran on different levels and said he hoped President Khatami would be useful in that regard",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.dateText = "Tuesday",
    s.cameo = "026", s.cameoName = "Appeal to others to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (dujarric:Person {id: "person:stephane-dujarric"})
MERGE (annan:Person {id: "person:kofi-annan"})
MERGE (un:Organization {id: "org:united-nations"})
MERGE (khatami:Person {id: "person:mohammad-khatami"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:annan-khatami-at-the-un"})
MERGE (topic:Topic {id: "topic:us-iran-dialogue"})
MERGE (dujarric)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(annan)
MERGE (s)-[:ON_BEHALF_OF]->(un)
MERGE (s)-[:DIRECTED_AT]->(khatami)
MERGE (s)-[:MENTIONS]->(usa)
MERGE (s)-[:MENTIONS]->(irn)
MERGE (s)-[:DURING]->(m)
MERGE (s)-[:ABOUT]->(topic)
MERGE (s)-[:REPORTED_BY {excerpt: "U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami on Tuesday to help foster dialogue with the United States, as the moderate cleric wound down an unprecedented U.S. tour, the United Nations said."}]->(a)
MERGE (s)-[:REPORTED_BY {excerpt: "“The secretary-general expressed his wish to see more dialogue between the United States and Iran on different levels and said he hoped President Khatami would be useful in that regard,” U.N. spokesman Stephane Dujarric said."}]->(a);


// ─── Meeting (PLANNED): the Alliance of Civilizations meeting ────────────────────────
// "The two-week tour was the result of an invitation from the U.N. for Khatami could attend
//  a meeting of the Alliance of Civilizations, a U.N.-sponsored group that promotes
//  understanding between Western and Islamic states."
// The article reports the invitation, not the meeting itself → PLANNED, undated.
// Khatami's Participation is as the invited participant: he is TO_TAKE_PART_IN it (derived),
// never TOOK_PART_IN (docs/graph-model.md, "Took part in"). CAMEO 036 for the U.N.'s
// invitation (docs/event-coding.md: non-HELD meetings carry the code of the act that
// created them).
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (m:Meeting {id: "meeting:alliance-of-civilizations-meeting"})
SET m.title = "Meeting of the Alliance of Civilizations (Khatami invited by the U.N.)",
    m.status = "PLANNED",
    m.date = null, m.datePrecision = null, m.dateStart = null, m.dateEnd = null,
    m.venue = null,
    m.round = null,
    m.cameo = "036", m.cameoName = "Express intent to meet or negotiate", m.goldstein = 4.0,
    m.summary = "The U.N. invited Khatami to attend a meeting of the Alliance of Civilizations; his two-week U.S. tour was the result. The article does not report the meeting itself."
WITH a, m
MERGE (khatami:Person {id: "person:mohammad-khatami"})
MERGE (alliance:Organization {id: "org:alliance-of-civilizations"})
MERGE (un:Organization {id: "org:united-nations"})
MERGE (m)-[:HOSTED_BY]->(alliance)
MERGE (m)-[:MENTIONS]->(un)
MERGE (x_khatami:Participation {id: "participation:alliance-of-civilizations-meeting--mohammad-khatami"})
SET x_khatami.role = "invited by the U.N.; founding member of the Alliance of Civilizations"
MERGE (khatami)-[:TOOK_PART_AS]->(x_khatami)
MERGE (x_khatami)-[:AT]->(m)
MERGE (x_khatami)-[:REPORTED_BY {excerpt: "The two-week tour was the result of an invitation from the U.N. for Khatami could attend a meeting of the Alliance of Civilizations, a U.N.-sponsored group that promotes understanding between Western and Islamic states."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "The two-week tour was the result of an invitation from the U.N. for Khatami could attend a meeting of the Alliance of Civilizations, a U.N.-sponsored group that promotes understanding between Western and Islamic states."}]->(a);


// ─── Statement: Iran's U.N. Mission declines to say when Khatami leaves ──────────────
// "Officials at Iran’s U.N. Mission refused to say when he was leaving, ..."
// No named speaker. CAMEO 011 Decline comment.
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (s:Statement {id: "statement:iran-un-mission-declines-to-say-when-khatami-leaves"})
SET s.text = "Officials at Iran’s U.N. Mission refused to say when he was leaving",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "011", s.cameoName = "Decline comment", s.goldstein = -0.1
WITH a, s
MERGE (mission:Organization {id: "org:iran-un-mission"})
MERGE (khatami:Person {id: "person:mohammad-khatami"})
MERGE (s)-[:ON_BEHALF_OF]->(mission)
MERGE (s)-[:MENTIONS]->(khatami)
MERGE (s)-[:REPORTED_BY {excerpt: "Officials at Iran’s U.N. Mission refused to say when he was leaving, though diplomats said it would be either late Tuesday or Wednesday."}]->(a);


// ─── Positions ────────────────────────────────────────────────────────────────────────
// No publication date → asOf null. A bare title is read as held at the article's time
// (news style marks former holders: "former Iranian President").

// "U.N. Secretary-General Kofi Annan asked ..."
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (p:Person {id: "person:kofi-annan"})
MERGE (un:Organization {id: "org:united-nations"})
MERGE (pos:Position {id: "position:kofi-annan--un-secretary-general"})
SET pos.title = "Secretary-General of the United Nations", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(un)
MERGE (pos)-[:REPORTED_BY {excerpt: "U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami on Tuesday to help foster dialogue with the United States, as the moderate cleric wound down an unprecedented U.S. tour, the United Nations said."}]->(a);

// "... asked former Iranian President Mohammad Khatami ..." → current = false.
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (p:Person {id: "person:mohammad-khatami"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (pos:Position {id: "position:mohammad-khatami--president-of-iran"})
SET pos.title = "President of Iran", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.toText = "before this article, which calls him the former president (no year)",
    pos.current = false, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami on Tuesday to help foster dialogue with the United States, as the moderate cleric wound down an unprecedented U.S. tour, the United Nations said."}]->(a);

// "Khatami is a founding member of the alliance." → a MEMBERSHIP.
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (p:Person {id: "person:mohammad-khatami"})
MERGE (alliance:Organization {id: "org:alliance-of-civilizations"})
MERGE (pos:Position {id: "position:mohammad-khatami--alliance-of-civilizations-founding-member"})
SET pos.title = "Founding member of the Alliance of Civilizations", pos.kind = "MEMBERSHIP",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(alliance)
MERGE (pos)-[:REPORTED_BY {excerpt: "Khatami is a founding member of the alliance."}]->(a);

// "... U.N. spokesman Stephane Dujarric said."
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (p:Person {id: "person:stephane-dujarric"})
MERGE (un:Organization {id: "org:united-nations"})
MERGE (pos:Position {id: "position:stephane-dujarric--un-spokesman"})
SET pos.title = "U.N. spokesman", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(un)
MERGE (pos)-[:REPORTED_BY {excerpt: "“The secretary-general expressed his wish to see more dialogue between the United States and Iran on different levels and said he hoped President Khatami would be useful in that regard,” U.N. spokesman Stephane Dujarric said."}]->(a);

// ─── Whose organizations (issue 20: each edge with its sentence) ─────────────────────
// "Officials at Iran’s U.N. Mission refused to say when he was leaving": Iran's own mission.
MERGE (a:Article {id: "article:000-annan-meets-khatami"})
MERGE (x:Organization {id: "org:iran-un-mission"})
MERGE (y:Country {id: "country:IRN"})
MERGE (x)-[r:BELONGS_TO]->(y)
SET r.article = "article:000-annan-meets-khatami", r.excerpt = "Officials at Iran’s U.N. Mission refused to say when he was leaving, though diplomats said it would be either late Tuesday or Wednesday.";
