// =====================================================================================
// 04 — Article 003: Zarif–Kerry meeting in New York (Persian; Asr Iran)
//      File: seeds/articles/003_068be423bd4cb168.txt — "به گزارش عصرایران" (Asr Iran's report).
//      The file has no headline: the title below is ours (docs/decisions.md). No date and
//      no year in the text.
//
// Contributes:
//   * the Zarif–Kerry meeting at the residence of Iran's UN representative in New York
//     ("دوشنبه شب", Monday night; year unknown) — HELD, CAMEO 042
//   * the NPT Review Conference in New York, where Kerry spoke before the meeting (HELD)
//   * three Kerry statements (Persian text + English translation): his announced request
//     about the Houthis (026), "closer than ever" to an agreement (013, relayed by Reuters),
//     tough talks ahead (012)
//   * positions: Zarif (Foreign Minister of Iran), Kerry (US Secretary of State)
//
// REPEATED PARAGRAPH. Lines 2–7 of the file are repeated verbatim as lines 9–14 (after the
// "∎"). They are the same report, so they yield no extra facts: every excerpt below is
// stored once, and MERGE on the excerpt makes a second identical excerpt impossible.
// Not data: the photo credit "منبع عکس ها ایسنا، ایرنا و رویترز است." (ISNA, IRNA, Reuters
// as photo sources) and the "نظر شما" (your opinion) footer.
//
// Statements keep the Persian text verbatim in `text` (language "fa") and an English
// rendering in `translation` (translationLanguage "en") — ours, marked as a translation.
// =====================================================================================


// ─── The article ──────────────────────────────────────────────────────────────────────
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
SET a.title = "Zarif and Kerry meet in New York",
    a.titleSupplied = true,
    a.outlet = "Asr Iran",
    a.language = "fa",
    a.file = "003_068be423bd4cb168.txt",
    a.published = null, a.publishedPrecision = null,
    a.publishedStart = null, a.publishedEnd = null
WITH a
MERGE (outlet:Organization {id: "org:asr-iran"})
MERGE (a)-[r:PUBLISHED_BY]->(outlet)
SET r.role = "outlet";


// ─── Meeting: Zarif and Kerry in New York ────────────────────────────────────────────
// "محمدجواد ظریف و جان کری وزیران خارجه ایران و آمریکا دوشنبه شب در شهر نیویورک با یکدیگر دیدار کردند."
//   (Mohammad Javad Zarif and John Kerry, the foreign ministers of Iran and America, met
//    each other on Monday night in the city of New York.)
// "به گزارش عصرایران، این دیدار در محل اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک برگزار شد."
//   (According to Asr Iran, the meeting was held at the residence of Iran's representative
//    to the United Nations in New York.)
// "این برای نخستین بار پس از انقلاب سال 57 ایران است که یک وزیر خارجه آمریکا وارد اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک می شود."
//   (It is the first time since Iran's revolution of [13]57 that a US foreign minister
//    enters the residence of Iran's representative to the United Nations in New York.)
// "Monday night", no year → date null, dateText "دوشنبه شب".
// CAMEO 042 Make a visit: the article's point is the US Secretary of State going to the
// Iranian residence. No HOSTED_BY: the text names the venue, not a host.
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (m:Meeting {id: "meeting:zarif-kerry-new-york"})
SET m.title = "Zarif–Kerry meeting in New York",
    m.status = "HELD",
    m.date = null, m.datePrecision = null, m.dateStart = null, m.dateEnd = null,
    m.dateText = "دوشنبه شب", m.dateTextGloss = "Monday night",
    m.venue = "Residence of Iran's representative to the United Nations, New York",
    m.round = null,
    m.cameo = "042", m.cameoName = "Make a visit", m.goldstein = 1.9,
    m.summary = "Meeting of the Iranian and US foreign ministers on a Monday night; the first time since the 1979 revolution that a US foreign minister entered the residence of Iran's representative to the United Nations."
WITH a, m
MERGE (zarif:Person {id: "person:mohammad-javad-zarif"})
MERGE (kerry:Person {id: "person:john-kerry"})
MERGE (venue:Place {id: "place:iran-un-representative-residence"})
MERGE (m)-[:HELD_AT]->(venue)
MERGE (x_zarif:Participation {id: "participation:zarif-kerry-new-york--mohammad-javad-zarif"})
SET x_zarif.role = "Foreign Minister of Iran"
MERGE (zarif)-[:TOOK_PART_AS]->(x_zarif)
MERGE (x_zarif)-[:AT]->(m)
MERGE (rep_zarif:Country {id: "country:IRN"})
MERGE (x_zarif)-[:REPRESENTING]->(rep_zarif)
MERGE (x_zarif)-[:REPORTED_BY {excerpt: "محمدجواد ظریف و جان کری وزیران خارجه ایران و آمریکا دوشنبه شب در شهر نیویورک با یکدیگر دیدار کردند."}]->(a)
MERGE (x_kerry:Participation {id: "participation:zarif-kerry-new-york--john-kerry"})
SET x_kerry.role = "US Secretary of State"
MERGE (kerry)-[:TOOK_PART_AS]->(x_kerry)
MERGE (x_kerry)-[:AT]->(m)
MERGE (rep_kerry:Country {id: "country:USA"})
MERGE (x_kerry)-[:REPRESENTING]->(rep_kerry)
MERGE (x_kerry)-[:REPORTED_BY {excerpt: "محمدجواد ظریف و جان کری وزیران خارجه ایران و آمریکا دوشنبه شب در شهر نیویورک با یکدیگر دیدار کردند."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "محمدجواد ظریف و جان کری وزیران خارجه ایران و آمریکا دوشنبه شب در شهر نیویورک با یکدیگر دیدار کردند."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "به گزارش عصرایران، این دیدار در محل اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک برگزار شد."}]->(a)
MERGE (m)-[:REPORTED_BY {excerpt: "این برای نخستین بار پس از انقلاب سال 57 ایران است که یک وزیر خارجه آمریکا وارد اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک می شود."}]->(a);


// ─── Meeting: the NPT Review Conference in New York ──────────────────────────────────
// 'به گزارش رویترز کری پیش از دیدار با ظریف در سخنرانی خود در اجلاس بازبینی پیمان "ان پی تی " در نیویورک تاکید کرد که ایران و گروه 1+5 بیش از هر زمان دیگری برای نخستین بار در طی 12 سال گذشته به یک توافق تاریخی نزدیک شده اند.'
//   (According to Reuters, Kerry, before meeting Zarif, stressed in his speech at the NPT
//    Review Conference in New York that Iran and the 5+1 group have, for the first time in
//    the past 12 years, come closer than ever to a historic agreement.)
// A multilateral conference; only Kerry is named as taking part. Undated (it preceded the
// Monday-night meeting). The title carries the article's Persian name of the conference, so
// a search for "ان پی تی" finds it (issue 20). CAMEO 040 Consult.
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (m:Meeting {id: "meeting:npt-review-conference-new-york"})
SET m.title = "NPT Review Conference, New York (اجلاس بازبینی پیمان ان پی تی)",
    m.status = "HELD",
    m.date = null, m.datePrecision = null, m.dateStart = null, m.dateEnd = null,
    m.venue = "New York",
    m.round = null,
    m.cameo = "040", m.cameoName = "Consult, not specified below", m.goldstein = 1.0,
    m.summary = "Review conference of the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), at which Kerry spoke before meeting Zarif."
WITH a, m
MERGE (kerry:Person {id: "person:john-kerry"})
MERGE (ny:Place {id: "place:new-york"})
MERGE (t:Topic {id: "topic:iran-nuclear-negotiations"})
MERGE (m)-[:HELD_AT]->(ny)
MERGE (x_kerry:Participation {id: "participation:npt-review-conference-new-york--john-kerry"})
SET x_kerry.role = "US Secretary of State (speaker)"
MERGE (kerry)-[:TOOK_PART_AS]->(x_kerry)
MERGE (x_kerry)-[:AT]->(m)
MERGE (rep_kerry:Country {id: "country:USA"})
MERGE (x_kerry)-[:REPRESENTING]->(rep_kerry)
MERGE (x_kerry)-[:REPORTED_BY {excerpt: 'به گزارش رویترز کری پیش از دیدار با ظریف در سخنرانی خود در اجلاس بازبینی پیمان "ان پی تی " در نیویورک تاکید کرد که ایران و گروه 1+5 بیش از هر زمان دیگری برای نخستین بار در طی 12 سال گذشته به یک توافق تاریخی نزدیک شده اند.'}]->(a)
MERGE (m)-[:ABOUT]->(t)
MERGE (m)-[:REPORTED_BY {excerpt: 'به گزارش رویترز کری پیش از دیدار با ظریف در سخنرانی خود در اجلاس بازبینی پیمان "ان پی تی " در نیویورک تاکید کرد که ایران و گروه 1+5 بیش از هر زمان دیگری برای نخستین بار در طی 12 سال گذشته به یک توافق تاریخی نزدیک شده اند.'}]->(a);


// ─── Statement: Kerry will ask Iran to help bring the Houthis back to the table ──────
// "جان کری پیش از این ملاقات گفته بود که در این دیدار از همتای ایرانیاش خواهد خواست برای بازگشت حوثیها پای میز مذاکره در یمن تلاش کند."
// Reported speech, said before the meeting and about it (CONCERNS); undated
// (dateText "پیش از این ملاقات", before this meeting). DIRECTED_AT Zarif ("his Iranian
// counterpart"). CAMEO 026 Appeal to others to meet or negotiate.
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (s:Statement {id: "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks"})
SET s.text = "جان کری پیش از این ملاقات گفته بود که در این دیدار از همتای ایرانیاش خواهد خواست برای بازگشت حوثیها پای میز مذاکره در یمن تلاش کند.",
    s.language = "fa",
    s.translation = "John Kerry had said before this meeting that in this meeting he would ask his Iranian counterpart to work for the Houthis' return to the negotiating table in Yemen.",
    s.translationLanguage = "en",
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.dateText = "پیش از این ملاقات", s.dateTextGloss = "before this meeting",
    s.cameo = "026", s.cameoName = "Appeal to others to meet or negotiate", s.goldstein = 4.0
WITH a, s
MERGE (kerry:Person {id: "person:john-kerry"})
MERGE (zarif:Person {id: "person:mohammad-javad-zarif"})
MERGE (usa:Country {id: "country:USA"})
MERGE (houthis:Organization {id: "org:houthis"})
MERGE (m:Meeting {id: "meeting:zarif-kerry-new-york"})
MERGE (t:Topic {id: "topic:yemen-negotiations"})
MERGE (kerry)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(zarif)
MERGE (s)-[:MENTIONS]->(houthis)
MERGE (s)-[:CONCERNS]->(m)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "جان کری پیش از این ملاقات گفته بود که در این دیدار از همتای ایرانیاش خواهد خواست برای بازگشت حوثیها پای میز مذاکره در یمن تلاش کند."}]->(a);


// ─── Statement: "closer than ever" to an agreement ───────────────────────────────────
// 'وزیر امور خارجه آمریکا در اجلاس ان پی تی گفت:"ما در واقع بیش از هر زمان دیگری به یک توافق خوب و جامع که به دنبال آن هستیم ، نزدیک ترشده ایم و اگر ما موفق به انجام این مهم شویم، امنیت بیشتری برای تمام جهان حاصل خواهد شد."'
//   (The US Secretary of State said at the NPT conference: "...")
// The quote and the Reuters paragraph before it (L5 above) report the same remark at the
// same conference: one statement, two excerpts; relayed by Reuters. CAMEO 013 Make
// optimistic comment; target Iran, the other side of the negotiation.
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (s:Statement {id: "statement:kerry-closer-than-ever-to-agreement"})
SET s.text = "ما در واقع بیش از هر زمان دیگری به یک توافق خوب و جامع که به دنبال آن هستیم ، نزدیک ترشده ایم و اگر ما موفق به انجام این مهم شویم، امنیت بیشتری برای تمام جهان حاصل خواهد شد.",
    s.language = "fa",
    s.translation = "We are in fact closer than ever before to the good and comprehensive agreement that we are seeking, and if we succeed in accomplishing this important task, greater security will be achieved for the whole world.",
    s.translationLanguage = "en",
    s.kind = "QUOTE",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "013", s.cameoName = "Make optimistic comment", s.goldstein = 0.4
WITH a, s
MERGE (kerry:Person {id: "person:john-kerry"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (p5:Organization {id: "org:p5-plus-1"})
MERGE (reuters:Organization {id: "org:reuters"})
MERGE (npt:Meeting {id: "meeting:npt-review-conference-new-york"})
MERGE (ny:Place {id: "place:new-york"})
MERGE (t:Topic {id: "topic:iran-nuclear-negotiations"})
MERGE (kerry)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:MENTIONS]->(p5)
MERGE (s)-[:RELAYED_BY]->(reuters)
MERGE (s)-[:DURING]->(npt)
MERGE (s)-[:MADE_AT]->(ny)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: 'به گزارش رویترز کری پیش از دیدار با ظریف در سخنرانی خود در اجلاس بازبینی پیمان "ان پی تی " در نیویورک تاکید کرد که ایران و گروه 1+5 بیش از هر زمان دیگری برای نخستین بار در طی 12 سال گذشته به یک توافق تاریخی نزدیک شده اند.'}]->(a)
MERGE (s)-[:REPORTED_BY {excerpt: 'وزیر امور خارجه آمریکا در اجلاس ان پی تی گفت:"ما در واقع بیش از هر زمان دیگری به یک توافق خوب و جامع که به دنبال آن هستیم ، نزدیک ترشده ایم و اگر ما موفق به انجام این مهم شویم، امنیت بیشتری برای تمام جهان حاصل خواهد شد."'}]->(a);


// ─── Statement: tough talks ahead ─────────────────────────────────────────────────────
// "کری با این وجود تاکید کرد که گفت و گوهای سختی در هفته های آتی در پیش است و برخی مسایل کلیدی هنوز بین دو طرف مذاکره لاینحل مانده است."
// "با این وجود" (nevertheless) ties it to the remark above only rhetorically: the text does
// not say it was said at the conference or via Reuters, so neither is recorded. Undated.
// CAMEO 012 Make pessimistic comment.
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (s:Statement {id: "statement:kerry-tough-talks-ahead"})
SET s.text = "کری با این وجود تاکید کرد که گفت و گوهای سختی در هفته های آتی در پیش است و برخی مسایل کلیدی هنوز بین دو طرف مذاکره لاینحل مانده است.",
    s.language = "fa",
    s.translation = "Kerry nevertheless stressed that tough talks lie ahead in the coming weeks and that some key issues remain unresolved between the two sides of the negotiation.",
    s.translationLanguage = "en",
    s.kind = "REPORTED",
    s.date = null, s.datePrecision = null, s.dateStart = null, s.dateEnd = null,
    s.cameo = "012", s.cameoName = "Make pessimistic comment", s.goldstein = -0.4
WITH a, s
MERGE (kerry:Person {id: "person:john-kerry"})
MERGE (usa:Country {id: "country:USA"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (t:Topic {id: "topic:iran-nuclear-negotiations"})
MERGE (kerry)-[:SAID]->(s)
MERGE (s)-[:ON_BEHALF_OF]->(usa)
MERGE (s)-[:DIRECTED_AT]->(irn)
MERGE (s)-[:ABOUT]->(t)
MERGE (s)-[:REPORTED_BY {excerpt: "کری با این وجود تاکید کرد که گفت و گوهای سختی در هفته های آتی در پیش است و برخی مسایل کلیدی هنوز بین دو طرف مذاکره لاینحل مانده است."}]->(a);


// ─── Positions ────────────────────────────────────────────────────────────────────────
// "محمدجواد ظریف و جان کری وزیران خارجه ایران و آمریکا" (the foreign ministers of Iran and
// America); Kerry is also "وزیر امور خارجه آمریکا" (the US minister of foreign affairs),
// i.e. the US Secretary of State. No publication date → asOf null.

MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (p:Person {id: "person:mohammad-javad-zarif"})
MERGE (irn:Country {id: "country:IRN"})
MERGE (pos:Position {id: "position:mohammad-javad-zarif--foreign-minister-of-iran"})
SET pos.title = "Foreign Minister of Iran", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(irn)
MERGE (pos)-[:REPORTED_BY {excerpt: "محمدجواد ظریف و جان کری وزیران خارجه ایران و آمریکا دوشنبه شب در شهر نیویورک با یکدیگر دیدار کردند."}]->(a);

MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (p:Person {id: "person:john-kerry"})
MERGE (usa:Country {id: "country:USA"})
MERGE (pos:Position {id: "position:john-kerry--us-secretary-of-state"})
SET pos.title = "US Secretary of State", pos.kind = "OFFICE",
    pos.from = null, pos.fromPrecision = null, pos.fromStart = null, pos.fromEnd = null,
    pos.to = null, pos.toPrecision = null, pos.toStart = null, pos.toEnd = null,
    pos.current = true, pos.asOf = null
MERGE (p)-[:HELD_POSITION]->(pos)
MERGE (pos)-[:OF]->(usa)
MERGE (pos)-[:REPORTED_BY {excerpt: "محمدجواد ظریف و جان کری وزیران خارجه ایران و آمریکا دوشنبه شب در شهر نیویورک با یکدیگر دیدار کردند."}]->(a)
MERGE (pos)-[:REPORTED_BY {excerpt: 'وزیر امور خارجه آمریکا در اجلاس ان پی تی گفت:"ما در واقع بیش از هر زمان دیگری به یک توافق خوب و جامع که به دنبال آن هستیم ، نزدیک ترشده ایم و اگر ما موفق به انجام این مهم شویم، امنیت بیشتری برای تمام جهان حاصل خواهد شد."'}]->(a);

// ─── Places and organizations (issue 20: each edge with its sentence) ───────────────
// "اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک": the residence is in New York.
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (x:Place {id: "place:iran-un-representative-residence"})
MERGE (y:Place {id: "place:new-york"})
MERGE (x)-[r:LOCATED_IN]->(y)
SET r.article = "article:003-zarif-kerry-new-york", r.excerpt = "به گزارش عصرایران، این دیدار در محل اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک برگزار شد.";

// "بازگشت حوثیها پای میز مذاکره در یمن" (the Houthis' return to the negotiating table in Yemen):
// a movement in Yemen, no body of the Yemeni state (no BELONGS_TO).
MERGE (a:Article {id: "article:003-zarif-kerry-new-york"})
MERGE (x:Organization {id: "org:houthis"})
MERGE (y:Country {id: "country:YEM"})
MERGE (x)-[r:LOCATED_IN]->(y)
SET r.article = "article:003-zarif-kerry-new-york", r.excerpt = "جان کری پیش از این ملاقات گفته بود که در این دیدار از همتای ایرانیاش خواهد خواست برای بازگشت حوثیها پای میز مذاکره در یمن تلاش کند.";
