// =====================================================================================
// 05 — Article 004: "Iran welcomes talks with US on Iraq"
//      File: seeds/articles/004_69e3c5e8f2877380.txt — The Jerusalem Post,
//      "November 20, 2007 10:42". The only article whose text states a year.
//
// Contributes:
//   * the sequence of US–Iran talks on Iraq: round 1 (May; the node from
//     02-article-001-..., given this article's provenance), round 2 (July talks), round 3
//     (the security subcommittee's first meeting, August) and round 4 (PLANNED), linked by
//     FOLLOWS. Round numbers 2 and 3 are inferred (docs/decisions.md, "Which round is which").
//   * Mottaki's acceptance of the fourth round, relayed by IRNA (036), his two other quotes,
//     the US request passed on by the Swiss Embassy (026), and the accusations, denials and
//     assessments around them
//   * positions: Mottaki (Foreign Minister of Iran), the Shah (to 1979); provenance for
//     Crocker's, Kazemi Qomi's and al-Maliki's positions (set in 02-article-001-...)
//
// DATES. "saying Tuesday" = 2007-11-20 (the header date is a Tuesday). "since May", "their
// July talks", "in August" are months of 2007: three rounds "since May" reported in
// November 2007. "in recent weeks" is the eight weeks before 20 November 2007 (RANGE).
// Anything else stays undated.
//
// Not data: the photo caption "mottaki 224.88. (photo credit: AP)", the subscription
// appeal and its signatories (Ronit Hasin-Hochman, Yaakov Katz), "Related Content" and
// "Cookie Settings".
// =====================================================================================


// ─── The article ──────────────────────────────────────────────────────────────────────
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
SET a.title = "Iran welcomes talks with US on Iraq",
    a.outlet = "The Jerusalem Post",
    a.language = "en",
    a.file = "004_69e3c5e8f2877380.txt",
    a.published = "2007-11-20", a.publishedPrecision = "DAY",
    a.publishedStart = date("2007-11-20"), a.publishedEnd = date("2007-11-20"),
    a.publishedText = "November 20, 2007 10:42"
WITH a
MERGE (jpost:Organization {id: "org:jerusalem-post"})
MERGE (a)-[r:PUBLISHED_BY]->(jpost)
SET r.role = "outlet";


// ─── Round 1 (May 2007): this article's account of the meeting of 02-article-001-... ─
// "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have
//  held three rounds of talks in Baghad since May on Iraqi but without much apparent
//  headway."
// "The first round in May broke a 27-year diplomatic freeze between Iran and the United
//  States."
// Properties are set in 02-article-001-...; only provenance is added here.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (m)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "The first round in May broke a 27-year diplomatic freeze between Iran and the United States."}]->(a);


// ─── Round 2 (July 2007) ──────────────────────────────────────────────────────────────
// "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry
//  forward talks on restoring stability in Iraq."
// In Baghdad (all three rounds were). Round number inferred: the only Crocker–Qomi talks the
// article names between May and August. CAMEO 044 Meet at a "third" location.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-2"})
SET m.title = "US–Iran talks on Iraq, round 2: Crocker and Kazemi Qomi (July)",
    m.status = "HELD",
    m.date = "2007-07", m.datePrecision = "MONTH",
    m.dateStart = date("2007-07-01"), m.dateEnd = date("2007-07-31"),
    m.dateText = "July",
    m.venue = "Baghdad",
    m.round = 2, m.roundInferred = true,
    m.cameo = "044", m.cameoName = "Meet at a 'third' location", m.goldstein = 2.5,
    m.summary = "Crocker and Kazemi Qomi agreed to set up a security subcommittee to carry forward talks on restoring stability in Iraq."
WITH a, m
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (baghdad:Place {id: "place:baghdad"})
MERGE (previous:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
MERGE (t1:Topic {id: "topic:iraq-security"})
MERGE (t2:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (m)-[:HELD_AT]->(baghdad)
MERGE (m)-[:FOLLOWS]->(previous)
MERGE (x_crocker:Participation {id: "participation:us-iran-iraq-talks-round-2--ryan-crocker"})
SET x_crocker.role = "US Ambassador to Baghdad"
MERGE (crocker)-[:TOOK_PART_AS]->(x_crocker)
MERGE (x_crocker)-[:AT]->(m)
MERGE (rep_crocker:Country {id: "country:USA"})
MERGE (x_crocker)-[:REPRESENTING]->(rep_crocker)
MERGE (x_crocker)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a)
MERGE (x_crocker)-[:REPORTED_BY {excerpt: "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq."}]->(a)
MERGE (x_qomi:Participation {id: "participation:us-iran-iraq-talks-round-2--hassan-kazemi-qomi"})
SET x_qomi.role = "Iranian ambassador to Iraq"
MERGE (qomi)-[:TOOK_PART_AS]->(x_qomi)
MERGE (x_qomi)-[:AT]->(m)
MERGE (rep_qomi:Country {id: "country:IRN"})
MERGE (x_qomi)-[:REPRESENTING]->(rep_qomi)
MERGE (x_qomi)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a)
MERGE (x_qomi)-[:REPORTED_BY {excerpt: "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq."}]->(a)
MERGE (m)-[:ABOUT]->(t1)
MERGE (m)-[:ABOUT]->(t2)
MERGE (m)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq."}]->(a);

// The agreement reached in July — a joint act of both envoys. Stored the one way every joint
// act is (docs/graph-model.md, "Joint acts"): one statement per party, each with at most one
// speaker, its own principal and the other party as target (Crocker for the United States
// towards Iran, Kazemi Qomi for Iran towards the United States), linked by JOINT_WITH both
// ways, so (crocker)-[:SAID]->(s)-[:JOINT_WITH]->(o) finds the other half from either side.
// Same words, same excerpt, same CAMEO 036 Express intent to meet or negotiate.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:crocker-agrees-to-set-up-security-subcommittee"})
SET s.text = "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = "2007-07", s.datePrecision = "MONTH",
    s.dateStart = date("2007-07-01"), s.dateEnd = date("2007-07-31"),
    s.dateText = "July",
    s.cameo = "036", s.cameoName = "Express intent to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (subcommittee:Organization {id: "org:us-iran-security-subcommittee"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-2"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (crocker)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:MENTIONS]->(subcommittee)
MERGE (s)-[:DURING]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq."}]->(a);

MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:kazemi-qomi-agrees-to-set-up-security-subcommittee"})
SET s.text = "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = "2007-07", s.datePrecision = "MONTH",
    s.dateStart = date("2007-07-01"), s.dateEnd = date("2007-07-31"),
    s.dateText = "July",
    s.cameo = "036", s.cameoName = "Express intent to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (subcommittee:Organization {id: "org:us-iran-security-subcommittee"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-2"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (qomi)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:MENTIONS]->(subcommittee)
MERGE (s)-[:DURING]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq."}]->(a)
WITH s
MERGE (partner:Statement {id: "statement:crocker-agrees-to-set-up-security-subcommittee"})
MERGE (s)-[:JOINT_WITH]->(partner)
MERGE (partner)-[:JOINT_WITH]->(s);


// ─── Round 3 (August 2007): the security subcommittee's first meeting ────────────────
// "The subcommittee met in August for the first time in Baghdad and agreed to meet again at
//  a later date but no more information is available on the outcome of those talks."
// Counted as the third of the "three rounds of talks ... since May" (inferred; the article
// describes exactly three meetings since May). Its participants: the subcommittee (the
// sentence above), and Crocker for the United States and Kazemi Qomi for Iran, because the
// article credits all three rounds to them ("Crocker and his Iranian counterpart Hassan
// Kazemi Qomi have held three rounds of talks"): so the obvious count of the meetings they
// shared is the article's three (issue 20; docs/decisions.md, "Which round is which"). CAMEO 044.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (m:Meeting {id: "meeting:us-iran-security-subcommittee-first-meeting"})
SET m.title = "US–Iran talks on Iraq, round 3: first meeting of the security subcommittee (August)",
    m.status = "HELD",
    m.date = "2007-08", m.datePrecision = "MONTH",
    m.dateStart = date("2007-08-01"), m.dateEnd = date("2007-08-31"),
    m.dateText = "August",
    m.venue = "Baghdad",
    m.round = 3, m.roundInferred = true,
    m.cameo = "044", m.cameoName = "Meet at a 'third' location", m.goldstein = 2.5,
    m.summary = "First meeting of the security subcommittee set up in July; it agreed to meet again at a later date. No more information was available on the outcome."
WITH a, m
MERGE (subcommittee:Organization {id: "org:us-iran-security-subcommittee"})
MERGE (crocker:Person {id: "person:ryan-crocker"})
MERGE (qomi:Person {id: "person:hassan-kazemi-qomi"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (baghdad:Place {id: "place:baghdad"})
MERGE (previous:Meeting {id: "meeting:us-iran-iraq-talks-round-2"})
MERGE (t1:Topic {id: "topic:iraq-security"})
MERGE (t2:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (m)-[:HELD_AT]->(baghdad)
MERGE (m)-[:FOLLOWS]->(previous)
MERGE (x_subcommittee:Participation {id: "participation:us-iran-security-subcommittee-first-meeting--us-iran-security-subcommittee"})
SET x_subcommittee.role = "security subcommittee, meeting for the first time"
MERGE (subcommittee)-[:TOOK_PART_AS]->(x_subcommittee)
MERGE (x_subcommittee)-[:AT]->(m)
MERGE (x_subcommittee)-[:REPORTED_BY {excerpt: "The subcommittee met in August for the first time in Baghdad and agreed to meet again at a later date but no more information is available on the outcome of those talks."}]->(a)
MERGE (x_crocker:Participation {id: "participation:us-iran-security-subcommittee-first-meeting--ryan-crocker"})
SET x_crocker.role = "US Ambassador to Baghdad"
MERGE (crocker)-[:TOOK_PART_AS]->(x_crocker)
MERGE (x_crocker)-[:AT]->(m)
MERGE (x_crocker)-[:REPRESENTING]->(usa)
MERGE (x_crocker)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a)
MERGE (x_qomi:Participation {id: "participation:us-iran-security-subcommittee-first-meeting--hassan-kazemi-qomi"})
SET x_qomi.role = "Iranian ambassador to Iraq"
MERGE (qomi)-[:TOOK_PART_AS]->(x_qomi)
MERGE (x_qomi)-[:AT]->(m)
MERGE (x_qomi)-[:REPRESENTING]->(irn)
MERGE (x_qomi)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a)
MERGE (m)-[:ABOUT]->(t1)
MERGE (m)-[:ABOUT]->(t2)
MERGE (m)-[:REPORTED_BY {excerpt: "The subcommittee met in August for the first time in Baghdad and agreed to meet again at a later date but no more information is available on the outcome of those talks."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a);

// "... and agreed to meet again at a later date ..." — CAMEO 036, during round 3. The
// subcommittee is the two governments' joint body, so its agreement is a joint act of the
// United States and Iran, stored like the July agreement (issue 20: it was one statement
// with no speaker, made for the US, Iran and the subcommittee and aimed at the US and Iran,
// i.e. at itself): one statement per side, each aimed at the other, JOINT_WITH both ways;
// the subcommittee is MENTIONED (it is where they agreed, not a third party).
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:us-side-agrees-to-meet-again-in-subcommittee"})
SET s.text = "agreed to meet again at a later date",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = "2007-08", s.datePrecision = "MONTH",
    s.dateStart = date("2007-08-01"), s.dateEnd = date("2007-08-31"),
    s.dateText = "August",
    s.cameo = "036", s.cameoName = "Express intent to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (subcommittee:Organization {id: "org:us-iran-security-subcommittee"})
MERGE (side:Country {id: "country:USA"})
MERGE (other:Country {id: "country:IRN"})
MERGE (m:Meeting {id: "meeting:us-iran-security-subcommittee-first-meeting"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(side)
MERGE (s)-[:DIRECTED_AT]->(other)
MERGE (s)-[:MENTIONS]->(subcommittee)
MERGE (s)-[:DURING]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "The subcommittee met in August for the first time in Baghdad and agreed to meet again at a later date but no more information is available on the outcome of those talks."}]->(a);

MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:iran-side-agrees-to-meet-again-in-subcommittee"})
SET s.text = "agreed to meet again at a later date",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = "2007-08", s.datePrecision = "MONTH",
    s.dateStart = date("2007-08-01"), s.dateEnd = date("2007-08-31"),
    s.dateText = "August",
    s.cameo = "036", s.cameoName = "Express intent to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (subcommittee:Organization {id: "org:us-iran-security-subcommittee"})
MERGE (side:Country {id: "country:IRN"})
MERGE (other:Country {id: "country:USA"})
MERGE (m:Meeting {id: "meeting:us-iran-security-subcommittee-first-meeting"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(side)
MERGE (s)-[:DIRECTED_AT]->(other)
MERGE (s)-[:MENTIONS]->(subcommittee)
MERGE (s)-[:DURING]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "The subcommittee met in August for the first time in Baghdad and agreed to meet again at a later date but no more information is available on the outcome of those talks."}]->(a);

MERGE (us:Statement {id: "statement:us-side-agrees-to-meet-again-in-subcommittee"})
MERGE (ir:Statement {id: "statement:iran-side-agrees-to-meet-again-in-subcommittee"})
MERGE (us)-[:JOINT_WITH]->(ir)
MERGE (ir)-[:JOINT_WITH]->(us);


// ─── Round 4 (PLANNED) ────────────────────────────────────────────────────────────────
// "Iran is accepting an offer for continued talks with the United States on Iraqi security,
//  with the state IRNA news agency saying Tuesday that Foreign Minister Manouchehr Mottaki
//  welcomed a fourth round of discussions."
// ""Iran will give a positive response to this request," Mottaki was quoted as saying by
//  IRNA, adding that the talks will be held "in the near future.""
// Requested by the US, accepted by Iran, not yet held → PLANNED; no date
// (dateText "in the near future"). CAMEO 036 for the acceptance that makes it planned.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-4"})
SET m.title = "US–Iran talks on Iraq, round 4 (accepted by Iran)",
    m.status = "PLANNED",
    m.date = null, m.datePrecision = null, m.dateStart = null, m.dateEnd = null,
    m.dateText = "in the near future",
    m.venue = null,
    m.round = 4, m.roundInferred = false,
    m.cameo = "036", m.cameoName = "Express intent to meet or negotiate", m.goldstein = 4.0,
    m.summary = "A fourth round of talks on Iraqi security, requested by the US government through the Swiss Embassy in Tehran and welcomed by Foreign Minister Mottaki on 20 November 2007."
WITH a, m
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (previous:Meeting {id: "meeting:us-iran-security-subcommittee-first-meeting"})
MERGE (t1:Topic {id: "topic:iraq-security"})
MERGE (t2:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (m)-[:FOLLOWS]->(previous)
MERGE (x_usa:Participation {id: "participation:us-iran-iraq-talks-round-4--usa"})
SET x_usa.role = "requested the round"
MERGE (usa)-[:TOOK_PART_AS]->(x_usa)
MERGE (x_usa)-[:AT]->(m)
MERGE (x_usa)-[:REPORTED_BY {excerpt: "Mottaki said Iran's consent for a fourth round of talks comes after Teheran received an official US request for talks through the Swiss Embassy, which looks after American interests in Iran."}]->(a)
MERGE (x_irn:Participation {id: "participation:us-iran-iraq-talks-round-4--irn"})
SET x_irn.role = "accepted the request"
MERGE (irn)-[:TOOK_PART_AS]->(x_irn)
MERGE (x_irn)-[:AT]->(m)
MERGE (x_irn)-[:REPORTED_BY {excerpt: "Iran is accepting an offer for continued talks with the United States on Iraqi security, with the state IRNA news agency saying Tuesday that Foreign Minister Manouchehr Mottaki welcomed a fourth round of discussions."}]->(a)
MERGE (m)-[:ABOUT]->(t1)
MERGE (m)-[:ABOUT]->(t2)
MERGE (m)-[:REPORTED_BY {excerpt: "Iran is accepting an offer for continued talks with the United States on Iraqi security, with the state IRNA news agency saying Tuesday that Foreign Minister Manouchehr Mottaki welcomed a fourth round of discussions."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: '"Iran will give a positive response to this request," Mottaki was quoted as saying by IRNA, adding that the talks will be held "in the near future."'}]->(a);


// ─── Mottaki's statements ─────────────────────────────────────────────────────────────

// The acceptance (quotes above). Said via IRNA on Tuesday 2007-11-20.
// CAMEO 036 Express intent to meet or negotiate (Iran → US).
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:mottaki-iran-will-respond-positively"})
SET s.text = "Iran will give a positive response to this request",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = "2007-11-20", s.datePrecision = "DAY",
    s.dateStart = date("2007-11-20"), s.dateEnd = date("2007-11-20"),
    s.dateText = "Tuesday",
    s.cameo = "036", s.cameoName = "Express intent to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (mottaki:Person {id: "person:manouchehr-mottaki"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irna:Organization {id: "org:irna"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-4"})
MERGE (t1:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (t2:Topic {id: "topic:iraq-security"})
MERGE (mottaki)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:RELAYED_BY]->(irna)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t1)
MERGE (s)-[:ABOUT]->(t2)
MERGE (s)-[:REPORTED_BY {excerpt: "Iran is accepting an offer for continued talks with the United States on Iraqi security, with the state IRNA news agency saying Tuesday that Foreign Minister Manouchehr Mottaki welcomed a fourth round of discussions."}]->(a)
MERGE (s)-[:REPORTED_BY {excerpt: '"Iran will give a positive response to this request," Mottaki was quoted as saying by IRNA, adding that the talks will be held "in the near future."'}]->(a);

// ""These talks ... are held within the framework of helping Iraqi stability and security
//  and its people," IRNA also quoted Mottaki as saying."
// "also" = the same Tuesday IRNA report → 2007-11-20. CAMEO 010 Make statement.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:mottaki-talks-help-iraqi-stability"})
SET s.text = "These talks ... are held within the framework of helping Iraqi stability and security and its people",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = "2007-11-20", s.datePrecision = "DAY",
    s.dateStart = date("2007-11-20"), s.dateEnd = date("2007-11-20"),
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (mottaki:Person {id: "person:manouchehr-mottaki"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (irna:Organization {id: "org:irna"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-4"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (mottaki)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:RELAYED_BY]->(irna)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: '"These talks ... are held within the framework of helping Iraqi stability and security and its people," IRNA also quoted Mottaki as saying.'}]->(a);

// "Mottaki said Iran's consent for a fourth round of talks comes after Teheran received an
//  official US request for talks through the Swiss Embassy, which looks after American
//  interests in Iran."
// ""The Swiss Embassy in Teheran has handed over to Iran a message from the US government for
//  a new round of talks concerning Iraq," Mottaki said."
// One statement (the paraphrase and the quote say the same thing); not attributed to IRNA
// and not dated by the text. CAMEO 010 Make statement.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:mottaki-swiss-embassy-handed-over-us-message"})
SET s.text = "The Swiss Embassy in Teheran has handed over to Iran a message from the US government for a new round of talks concerning Iraq",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (mottaki:Person {id: "person:manouchehr-mottaki"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (swiss:Organization {id: "org:swiss-embassy-tehran"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-4"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (mottaki)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:MENTIONS]->(swiss)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Mottaki said Iran's consent for a fourth round of talks comes after Teheran received an official US request for talks through the Swiss Embassy, which looks after American interests in Iran."}]->(a)
MERGE (s)-[:REPORTED_BY {excerpt: '"The Swiss Embassy in Teheran has handed over to Iran a message from the US government for a new round of talks concerning Iraq," Mottaki said.'}]->(a);


// ─── The US request, passed on by the Swiss Embassy ──────────────────────────────────
// "... Teheran received an official US request for talks through the Swiss Embassy, which
//  looks after American interests in Iran."
// "Switzerland looks after US interests in Teheran in the absence of formal diplomatic
//  relations between Teheran and Washington, ..."
// Source: the US government (no named speaker); the Swiss Embassy relayed it (RELAYED_BY —
// here a diplomatic channel, not a news agency). Undated. CAMEO 026 Appeal to others to
// meet or negotiate (US → Iran).
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:us-requests-new-round-of-talks-via-swiss-embassy"})
SET s.text = "Teheran received an official US request for talks through the Swiss Embassy",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "026", s.cameoName = "Appeal to others to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (swiss:Organization {id: "org:swiss-embassy-tehran"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-4"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:RELAYED_BY]->(swiss)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Mottaki said Iran's consent for a fourth round of talks comes after Teheran received an official US request for talks through the Swiss Embassy, which looks after American interests in Iran."}]->(a)
MERGE (s)-[:REPORTED_BY {excerpt: '"The Swiss Embassy in Teheran has handed over to Iran a message from the US government for a new round of talks concerning Iraq," Mottaki said.'}]->(a)
MERGE (s)-[:REPORTED_BY {excerpt: "Switzerland looks after US interests in Teheran in the absence of formal diplomatic relations between Teheran and Washington, which were severed after the 1979 Islamic Revolution and US Embassy takeover by militants in Teheran."}]->(a);


// ─── Iran's earlier conditional readiness ────────────────────────────────────────────
// "Iran has earlier said it would consider a new round of talks with the US if requested by
//  both the United States and Iraq." — undated. CAMEO 014 Consider policy option.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:iran-would-consider-new-round-if-requested"})
SET s.text = "Iran has earlier said it would consider a new round of talks with the US if requested by both the United States and Iraq.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "014", s.cameoName = "Consider policy option", s.goldstein = 0.0
WITH a, s
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irq:Country {id: "country:IRQ"})
MERGE (m:Meeting {id: "meeting:us-iran-iraq-talks-round-4"})
MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irq)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Iran has earlier said it would consider a new round of talks with the US if requested by both the United States and Iraq."}]->(a);


// ─── Background claims and counter-claims ────────────────────────────────────────────

// "Tuesday's imminent acceptance comes against a background of US military reports that
//  violence is down 55 percent in Iraq since a US-Iraqi security operation began this
//  summer." — undated reports. CAMEO 010 Make statement.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:us-military-violence-down-55-percent"})
SET s.text = "US military reports that violence is down 55 percent in Iraq since a US-Iraqi security operation began this summer",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (military:Organization {id: "org:us-military"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (s)-[:ON_BEHALF_OF]->(military)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Tuesday's imminent acceptance comes against a background of US military reports that violence is down 55 percent in Iraq since a US-Iraqi security operation began this summer."}]->(a);

// "Iran has long been accused by Washington of training, arming and funding Shiite
//  extremists inside Iraq to kill American troops." — "Washington" = the US government;
// a standing, undated accusation. CAMEO 112 Accuse.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:washington-accuses-iran-of-arming-shiite-extremists"})
SET s.text = "Iran has long been accused by Washington of training, arming and funding Shiite extremists inside Iraq to kill American troops.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "112", s.cameoName = "Accuse, not specified below", s.goldstein = -2.0
WITH a, s
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Iran has long been accused by Washington of training, arming and funding Shiite extremists inside Iraq to kill American troops."}]->(a);

// "But in recent weeks, US officials have said Teheran appears to have halted the flow of
//  arms across its border into Iraq." — "in recent weeks" in a story of 20 November 2007: the
// eight weeks before it, 2007-09-25 to 2007-11-20 (RANGE: docs/decisions.md, "Relative dates").
// Until issue 20 it was the YEAR 2007, which sorted it on 1 January, before the May round.
// CAMEO 010 Make statement.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:us-officials-say-tehran-halted-arms-flow"})
SET s.text = "But in recent weeks, US officials have said Teheran appears to have halted the flow of arms across its border into Iraq.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = "2007-09-25/2007-11-20", s.datePrecision = "RANGE",
    s.dateStart = date("2007-09-25"), s.dateEnd = date("2007-11-20"),
    s.dateText = "in recent weeks",
    s.cameo = "010", s.cameoName = "Make statement, not specified below", s.goldstein = 0.0
WITH a, s
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "But in recent weeks, US officials have said Teheran appears to have halted the flow of arms across its border into Iraq."}]->(a);

// "Iran has denied the arms-funneling accusations, insisting that it is doing its best to
//  help stabilize its embattled western neighbor." — undated. CAMEO 016 Deny responsibility.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:iran-denies-arms-funneling-accusations"})
SET s.text = "Iran has denied the arms-funneling accusations, insisting that it is doing its best to help stabilize its embattled western neighbor.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "016", s.cameoName = "Deny responsibility", s.goldstein = -2.0
WITH a, s
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Iran has denied the arms-funneling accusations, insisting that it is doing its best to help stabilize its embattled western neighbor."}]->(a);

// "Iran has also accused the US of providing "support for veteran (militant) elements and
//  giving terrorists a free hand in specific locations in Iraq."" — undated.
// CAMEO 112 Accuse.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:iran-accuses-us-of-supporting-militants"})
SET s.text = "support for veteran (militant) elements and giving terrorists a free hand in specific locations in Iraq.",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "112", s.cameoName = "Accuse, not specified below", s.goldstein = -2.0
WITH a, s
MERGE (irn:Country {id: "country:IRN"})
MERGE (usa:Country {id: "country:USA"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(usa)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: 'Iran has also accused the US of providing "support for veteran (militant) elements and giving terrorists a free hand in specific locations in Iraq."'}]->(a);

// "Teheran insists that it supports Nouri al-Maliki's government to establish security and
//  bring stability to Iraq, an apparent reference to the political crisis surrounding the
//  Shiite leader." — undated. Target: the Iraqi government. CAMEO 051 Praise or endorse.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (s:Statement {id: "statement:tehran-supports-maliki-government"})
SET s.text = "Teheran insists that it supports Nouri al-Maliki's government to establish security and bring stability to Iraq",
    s.language = "en", s.translation = null, s.translationLanguage = null,
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "051", s.cameoName = "Praise or endorse", s.goldstein = 3.4
WITH a, s
MERGE (irn:Country {id: "country:IRN"})
MERGE (irq:Country {id: "country:IRQ"})
MERGE (maliki:Person {id: "person:nouri-al-maliki"})
MERGE (t:Topic {id: "topic:iraq-security"})
MERGE (s)-[:ON_BEHALF_OF]->(irn)
MERGE (s)-[:DIRECTED_AT]->(irq)
MERGE (s)-[:MENTIONS]->(maliki)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "Teheran insists that it supports Nouri al-Maliki's government to establish security and bring stability to Iraq, an apparent reference to the political crisis surrounding the Shiite leader."}]->(a);


// ─── Positions ────────────────────────────────────────────────────────────────────────

// "Foreign Minister Manouchehr Mottaki"; "Iranian FM says his country accepted an offer".
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (p:Person {id: "person:manouchehr-mottaki"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (pos:Position {id: "position:manouchehr-mottaki--foreign-minister-of-iran"})
SET pos.title = "Foreign Minister of Iran", pos.kind = "OFFICE",
    pos.from = "2007-11-20", pos.fromPrecision = "DAY",
    pos.fromStart = date("2007-11-20"), pos.fromEnd = date("2007-11-20"),
    pos.fromText = "in office on 20 November 2007 (004); start not reported",
    pos.to = "2007-11-20", pos.toPrecision = "DAY",
    pos.toStart = date("2007-11-20"), pos.toEnd = date("2007-11-20"),
    pos.toText = "end not reported",
    pos.current = true, pos.asOf = "2007-11-20"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "Iran is accepting an offer for continued talks with the United States on Iraqi security, with the state IRNA news agency saying Tuesday that Foreign Minister Manouchehr Mottaki welcomed a fourth round of discussions."}]->(a);

// "... diplomatic relations between Teheran and Washington, which were severed after the
//  1979 Islamic Revolution ..." + "The Revolution toppled the pro-Western Shah Mohammad Reza
//  Pahlavi and installed a hard-line Islamic government." → his reign ended in 1979.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (p:Person {id: "person:mohammad-reza-pahlavi"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (pos:Position {id: "position:mohammad-reza-pahlavi--shah-of-iran"})
SET pos.title = "Shah of Iran", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = "1979", pos.toPrecision = "YEAR",
    pos.toStart = date("1979-01-01"), pos.toEnd = date("1979-12-31"),
    pos.toText = "toppled by the 1979 Islamic Revolution",
    pos.current = false, pos.asOf = "2007-11-20"
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "The Revolution toppled the pro-Western Shah Mohammad Reza Pahlavi and installed a hard-line Islamic government."}]->(a)
MERGE (pos)-[:REPORTED_BY {excerpt: "Switzerland looks after US interests in Teheran in the absence of formal diplomatic relations between Teheran and Washington, which were severed after the 1979 Islamic Revolution and US Embassy takeover by militants in Teheran."}]->(a);

// Positions whose properties are set in 02-article-001-...: this article reports them
// again as of 2007-11-20 (hence their asOf).
// "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi ..."
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (crocker:Position {id: "position:ryan-crocker--us-ambassador-to-iraq"})
MERGE (qomi:Position {id: "position:hassan-kazemi-qomi--iranian-ambassador-to-iraq"})
MERGE (crocker)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a)
MERGE (qomi)-[:REPORTED_BY {excerpt: "US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May on Iraqi but without much apparent headway."}]->(a);

// "Teheran insists that it supports Nouri al-Maliki's government ..."
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (pos:Position {id: "position:nouri-al-maliki--prime-minister-of-iraq"})
MERGE (pos)-[:REPORTED_BY {excerpt: "Teheran insists that it supports Nouri al-Maliki's government to establish security and bring stability to Iraq, an apparent reference to the political crisis surrounding the Shiite leader."}]->(a);

// ─── Whose organizations, and where (issue 20: each edge with its sentence) ─────────
// "the state IRNA news agency", in a story of Iran's acceptance: Iran's state agency.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (x:Organization {id: "org:irna"})
MERGE (y:Country {id: "country:IRN"})
MERGE (x)-[r:BELONGS_TO]->(y)
SET r.article = "article:004-iran-welcomes-fourth-round", r.excerpt = "Iran is accepting an offer for continued talks with the United States on Iraqi security, with the state IRNA news agency saying Tuesday that Foreign Minister Manouchehr Mottaki welcomed a fourth round of discussions.";

// "Switzerland looks after US interests in Teheran": the Swiss Embassy is Switzerland's.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (x:Organization {id: "org:swiss-embassy-tehran"})
MERGE (y:Country {id: "country:CHE"})
MERGE (x)-[r:BELONGS_TO]->(y)
SET r.article = "article:004-iran-welcomes-fourth-round", r.excerpt = "Switzerland looks after US interests in Teheran in the absence of formal diplomatic relations between Teheran and Washington, which were severed after the 1979 Islamic Revolution and US Embassy takeover by militants in Teheran.";

MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (x:Organization {id: "org:swiss-embassy-tehran"})
MERGE (y:Place {id: "place:tehran"})
MERGE (x)-[r:LOCATED_IN]->(y)
SET r.article = "article:004-iran-welcomes-fourth-round", r.excerpt = '"The Swiss Embassy in Teheran has handed over to Iran a message from the US government for a new round of talks concerning Iraq," Mottaki said.';

// "US military reports": the United States' armed forces.
MERGE (a:Article {id: "article:004-iran-welcomes-fourth-round"})
MERGE (x:Organization {id: "org:us-military"})
MERGE (y:Country {id: "country:USA"})
MERGE (x)-[r:BELONGS_TO]->(y)
SET r.article = "article:004-iran-welcomes-fourth-round", r.excerpt = "Tuesday's imminent acceptance comes against a background of US military reports that violence is down 55 percent in Iraq since a US-Iraqi security operation began this summer.";
