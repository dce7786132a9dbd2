// =====================================================================================
// 00 — Shared entities: the one registry of people, organizations, countries, places
//      and topics named in the five article bodies (seeds/articles/*.txt).
//
// Every entity gets its full properties HERE and nowhere else; the per-article files
// only `MERGE (x:Label {id: ...})` to reference them. That keeps "one node per real
// person / organization / place" true by construction: a second spelling of a name
// becomes an alias below, never a second node.
//
// Conventions (docs/graph-model.md has the full model):
//   * id      = "<prefix>:<slug>" (country ids use the ISO 3166-1 alpha-3 code)
//   * name    = the most common English form
//   * aliases = every other spelling or script seen in an article BODY (surname-only
//               forms, transliteration variants, typos, Persian script). Names that occur
//               only in navigation lists, photo credits or subscription appeals are not
//               data and are not recorded (docs/decisions.md, "What counts as the article body").
//   * Place containment (LOCATED_IN) is gazetteer reference data, not a reported fact:
//     see docs/decisions.md, "Organizations and places". Such an edge carries `editorial`,
//     the reason it is there (issue 20: every edge an answer depends on has a source
//     sentence or a marked editorial decision). The edges an article reports (an
//     organization's state, its place, what it is part of) are stated in that article's file,
//     with the article and the excerpt.
// Idempotent: MERGE on id, then SET.
// =====================================================================================


// ─── Countries ────────────────────────────────────────────────────────────────────────
// code = ISO alpha-3 = the CAMEO actor code for the state.

// Iran — all five articles. "Islamic Republic" (002: "between the Islamic Republic and the
// United States"), Persian "ایران" (003: "وزیران خارجه ایران و آمریکا").
MERGE (c:Country {id: "country:IRN"})
SET c.code = "IRN", c.cameo = "IRN", c.name = "Iran", c.aliases = ["Islamic Republic", "ایران"];

// United States — "U.S." (000, 001, 002), "US" (004), Persian "آمریکا" (003).
MERGE (c:Country {id: "country:USA"})
SET c.code = "USA", c.cameo = "USA", c.name = "United States", c.aliases = ["U.S.", "US", "آمریکا"];

// Iraq — 001, 002, 004.
MERGE (c:Country {id: "country:IRQ"})
SET c.code = "IRQ", c.cameo = "IRQ", c.name = "Iraq", c.aliases = [];

// Switzerland — 004: "Switzerland looks after US interests in Teheran".
MERGE (c:Country {id: "country:CHE"})
SET c.code = "CHE", c.cameo = "CHE", c.name = "Switzerland", c.aliases = [];

// Lebanon — 001, 002: "the IRGC’s liaison to Hezbollah in Lebanon".
MERGE (c:Country {id: "country:LBN"})
SET c.code = "LBN", c.cameo = "LBN", c.name = "Lebanon", c.aliases = [];

// Yemen — 003: "پای میز مذاکره در یمن" (the negotiating table in Yemen).
MERGE (c:Country {id: "country:YEM"})
SET c.code = "YEM", c.cameo = "YEM", c.name = "Yemen", c.aliases = ["یمن"];


// ─── Places ───────────────────────────────────────────────────────────────────────────

// Baghdad — 001 ("the Iranian embassy in Baghdad"), 004 ("in Baghdad", and the typo
// "in Baghad", kept as an alias so a search on the article's own spelling finds it).
MERGE (p:Place {id: "place:baghdad"})
SET p.name = "Baghdad", p.aliases = ["Baghad"], p.kind = "city"
WITH p
MERGE (c:Country {id: "country:IRQ"})
MERGE (p)-[r:LOCATED_IN]->(c)
SET r.editorial = "gazetteer: Baghdad is the capital of Iraq";

// Tehran — "Teheran" is the Jerusalem Post's spelling (004, eight times).
MERGE (p:Place {id: "place:tehran"})
SET p.name = "Tehran", p.aliases = ["Teheran"], p.kind = "city"
WITH p
MERGE (c:Country {id: "country:IRN"})
MERGE (p)-[r:LOCATED_IN]->(c)
SET r.editorial = "gazetteer: Tehran is the capital of Iran";

// New York — 003: "در شهر نیویورک", "در نیویورک".
MERGE (p:Place {id: "place:new-york"})
SET p.name = "New York", p.aliases = ["نیویورک"], p.kind = "city"
WITH p
MERGE (c:Country {id: "country:USA"})
MERGE (p)-[r:LOCATED_IN]->(c)
SET r.editorial = "gazetteer: New York is a city of the United States";

// London — 001: "At a press conference in London, the NCRI gave the names ...".
// Left without a country: the article bodies never mention the United Kingdom.
MERGE (p:Place {id: "place:london"})
SET p.name = "London", p.aliases = [], p.kind = "city";

// The U.N. building — 000: dateline "UNITED NATIONS (AP)"; "Khatami brushed past reporters
// on his way out of the U.N.".
MERGE (p:Place {id: "place:un-headquarters"})
SET p.name = "United Nations headquarters", p.aliases = [], p.kind = "venue"
WITH p
MERGE (ny:Place {id: "place:new-york"})
MERGE (p)-[r:LOCATED_IN]->(ny)
SET r.editorial = "gazetteer: the United Nations headquarters are in New York";

// 001: "Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime
// Minister Nuri al-Maliki’s home." In Baghdad: 004 says all three rounds were held in Baghdad
// and the first of them is this meeting (docs/decisions.md, "The May meeting").
MERGE (p:Place {id: "place:maliki-residence"})
SET p.name = "Home of Prime Minister Nouri al-Maliki",
    p.aliases = ["Iraqi Prime Minister Nuri al-Maliki’s home"],
    p.kind = "venue"
WITH p
MERGE (b:Place {id: "place:baghdad"})
MERGE (p)-[r:LOCATED_IN]->(b)
SET r.editorial = "inferred from two articles: 004 says all three rounds were held in Baghdad, 001 that the first was at al-Maliki's home";

// 003: "این دیدار در محل اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک برگزار شد."
// (the meeting took place at the residence of Iran's representative to the UN in New York).
MERGE (p:Place {id: "place:iran-un-representative-residence"})
SET p.name = "Residence of Iran's representative to the United Nations",
    p.aliases = ["اقامتگاه نماینده ایران در سازمان ملل متحد"],
    p.kind = "venue";


// ─── Organizations ────────────────────────────────────────────────────────────────────
// kind ∈ government_body, intergovernmental_organization, armed_force, news_outlet,
//        diplomatic_mission, opposition_group, political_group, multilateral_group,
//        joint_body (docs/graph-model.md explains each).
// cameo = CAMEO actor code, only where the codebook has a standard one.

// United Nations — 000 ("U.N." throughout), 003 ("سازمان ملل متحد").
MERGE (o:Organization {id: "org:united-nations"})
SET o.name = "United Nations", o.aliases = ["U.N.", "سازمان ملل متحد"],
    o.kind = "intergovernmental_organization", o.cameo = "IGOUNO";

// 000: "the Alliance of Civilizations, a U.N.-sponsored group that promotes understanding
// between Western and Islamic states."
MERGE (o:Organization {id: "org:alliance-of-civilizations"})
SET o.name = "Alliance of Civilizations", o.aliases = [],
    o.kind = "intergovernmental_organization",
    o.description = "a U.N.-sponsored group that promotes understanding between Western and Islamic states";

// 000: "Officials at Iran’s U.N. Mission refused to say when he was leaving".
MERGE (o:Organization {id: "org:iran-un-mission"})
SET o.name = "Iranian Mission to the United Nations", o.aliases = ["Iran’s U.N. Mission"],
    o.kind = "diplomatic_mission", o.cameo = "IRNGOV";

// 001: "the website of the Multi-National Force – Iraq (MNF-I)" (en dash as printed).
MERGE (o:Organization {id: "org:mnf-i"})
SET o.name = "Multi-National Force – Iraq", o.aliases = ["MNF-I"], o.kind = "armed_force";

// 001, 002: "a veteran officer of the Islamic Revolutionary Guards Corps"; "the IRGC’s ...".
// No BELONGS_TO: no article body says whose force it is (docs/decisions.md).
MERGE (o:Organization {id: "org:irgc"})
SET o.name = "Islamic Revolutionary Guards Corps", o.aliases = ["IRGC"], o.kind = "armed_force";

// 001: "the IRGC’s extra-territorial Qods Force".
MERGE (o:Organization {id: "org:qods-force"})
SET o.name = "Qods Force", o.aliases = [], o.kind = "armed_force",
    o.description = "the IRGC’s extra-territorial Qods Force";

// 001, 002: "Hezbollah in Lebanon".
MERGE (o:Organization {id: "org:hezbollah"})
SET o.name = "Hezbollah", o.aliases = [], o.kind = "political_group";

// 001: "The main Iranian opposition movement, the National Council of Resistance of Iran";
// "the NCRI".
MERGE (o:Organization {id: "org:ncri"})
SET o.name = "National Council of Resistance of Iran", o.aliases = ["NCRI"],
    o.kind = "opposition_group", o.cameo = "IRNOPP",
    o.description = "The main Iranian opposition movement";

// 001: "several individuals working out of the Iranian embassy in Baghdad".
MERGE (o:Organization {id: "org:iranian-embassy-baghdad"})
SET o.name = "Iranian embassy in Baghdad", o.aliases = [], o.kind = "diplomatic_mission",
    o.cameo = "IRNGOV";

// 004: "the Swiss Embassy, which looks after American interests in Iran"; "The Swiss Embassy
// in Teheran has handed over to Iran a message from the US government".
MERGE (o:Organization {id: "org:swiss-embassy-tehran"})
SET o.name = "Swiss Embassy in Tehran", o.aliases = ["Swiss Embassy", "Swiss Embassy in Teheran"],
    o.kind = "diplomatic_mission", o.cameo = "CHEGOV",
    o.description = "looks after American interests in Iran";

// 004: "US military reports that violence is down 55 percent in Iraq".
MERGE (o:Organization {id: "org:us-military"})
SET o.name = "US military", o.aliases = [], o.kind = "armed_force", o.cameo = "USAMIL";

// 004: "Crocker and Qomi agreed during their July talks to set up a security subcommittee";
// "The subcommittee met in August for the first time in Baghdad".
MERGE (o:Organization {id: "org:us-iran-security-subcommittee"})
SET o.name = "US–Iran security subcommittee on Iraq", o.aliases = ["security subcommittee"],
    o.kind = "joint_body";

// 003: "ایران و گروه 1+5" (Iran and the 5+1 group).
MERGE (o:Organization {id: "org:p5-plus-1"})
SET o.name = "P5+1", o.aliases = ["گروه 1+5"], o.kind = "multilateral_group";

// 003: "برای بازگشت حوثیها پای میز مذاکره در یمن" (the Houthis' return to the table in Yemen).
MERGE (o:Organization {id: "org:houthis"})
SET o.name = "Houthis", o.aliases = ["حوثیها"], o.kind = "political_group";

// News outlets and agencies.
// 000: "UNITED NATIONS (AP)", "Associated Press".
MERGE (o:Organization {id: "org:associated-press"})
SET o.name = "Associated Press", o.aliases = ["AP"], o.kind = "news_outlet";

// 001, 002: "Iran Focus: London, May 31 – ..."; site of article 000 as well.
MERGE (o:Organization {id: "org:iran-focus"})
SET o.name = "Iran Focus", o.aliases = [], o.kind = "news_outlet";

// 004: "the state IRNA news agency".
MERGE (o:Organization {id: "org:irna"})
SET o.name = "IRNA", o.aliases = [], o.kind = "news_outlet", o.cameo = "IRNMED",
    o.description = "the state IRNA news agency";

// 003: "به گزارش رویترز" (according to Reuters).
MERGE (o:Organization {id: "org:reuters"})
SET o.name = "Reuters", o.aliases = ["رویترز"], o.kind = "news_outlet";

// 003: "به گزارش عصرایران" (according to Asr Iran) — the outlet of article 003.
MERGE (o:Organization {id: "org:asr-iran"})
SET o.name = "Asr Iran", o.aliases = ["عصرایران"], o.kind = "news_outlet";

// Publisher of article 004 (source metadata; the name occurs in the file only inside the
// subscription appeal, which is not data, hence no aliases).
MERGE (o:Organization {id: "org:jerusalem-post"})
SET o.name = "The Jerusalem Post", o.aliases = [], o.kind = "news_outlet";


// ─── People ───────────────────────────────────────────────────────────────────────────

// 000: "U.N. Secretary-General Kofi Annan"; "Annan and Khatami kissed each other ...".
MERGE (p:Person {id: "person:kofi-annan"})
SET p.name = "Kofi Annan", p.aliases = ["Annan"];

// 000: "former Iranian President Mohammad Khatami"; "Khatami" throughout.
MERGE (p:Person {id: "person:mohammad-khatami"})
SET p.name = "Mohammad Khatami", p.aliases = ["Khatami"];

// 000: "U.N. spokesman Stephane Dujarric said."
MERGE (p:Person {id: "person:stephane-dujarric"})
SET p.name = "Stephane Dujarric", p.aliases = [];

// 001: "Ryan Crocker told reporters on Tuesday"; "said Crocker"; 004: "US Ambassador to
// Baghdad Ryan Crocker".
MERGE (p:Person {id: "person:ryan-crocker"})
SET p.name = "Ryan Crocker", p.aliases = ["Crocker"];

// 001, 002, 004: "Hassan Kazemi Qomi"; "Kazemi Qomi" (001); "Qomi" (002, 004).
MERGE (p:Person {id: "person:hassan-kazemi-qomi"})
SET p.name = "Hassan Kazemi Qomi", p.aliases = ["Kazemi Qomi", "Qomi"];

// 001: "Nuri al-Maliki", "Al-Maliki"; 004: "Nouri al-Maliki".
MERGE (p:Person {id: "person:nouri-al-maliki"})
SET p.name = "Nouri al-Maliki", p.aliases = ["Nuri al-Maliki", "al-Maliki"];

// 002: "U.S. President George W. Bush".
MERGE (p:Person {id: "person:george-w-bush"})
SET p.name = "George W. Bush", p.aliases = [];

// 002: "the American ambassador to Iraq Zalmay Khalilzad".
MERGE (p:Person {id: "person:zalmay-khalilzad"})
SET p.name = "Zalmay Khalilzad", p.aliases = [];

// 002: "hard-line Iranian President Mahmoud Ahmadinejad".
MERGE (p:Person {id: "person:mahmoud-ahmadinejad"})
SET p.name = "Mahmoud Ahmadinejad", p.aliases = [];

// 003: "محمدجواد ظریف" (full name), "ظریف" (surname).
MERGE (p:Person {id: "person:mohammad-javad-zarif"})
SET p.name = "Mohammad Javad Zarif", p.aliases = ["محمدجواد ظریف", "ظریف"];

// 003: "جان کری" (full name), "کری" (surname).
MERGE (p:Person {id: "person:john-kerry"})
SET p.name = "John Kerry", p.aliases = ["جان کری", "کری"];

// 004: "Foreign Minister Manouchehr Mottaki"; "Mottaki".
MERGE (p:Person {id: "person:manouchehr-mottaki"})
SET p.name = "Manouchehr Mottaki", p.aliases = ["Mottaki"];

// 004: "The Revolution toppled the pro-Western Shah Mohammad Reza Pahlavi".
MERGE (p:Person {id: "person:mohammad-reza-pahlavi"})
SET p.name = "Mohammad Reza Pahlavi", p.aliases = ["Shah Mohammad Reza Pahlavi"];


// ─── Topics ───────────────────────────────────────────────────────────────────────────
// What meetings and statements are ABOUT. Kept few and broad so they group facts across
// articles; docs/graph-model.md lists which facts carry which topic.

MERGE (t:Topic {id: "topic:iraq-security"})
SET t.name = "Security and stability in Iraq";

MERGE (t:Topic {id: "topic:iran-us-talks-on-iraq"})
SET t.name = "Iran–US talks on Iraq";

MERGE (t:Topic {id: "topic:us-iran-dialogue"})
SET t.name = "Dialogue between the United States and Iran";

MERGE (t:Topic {id: "topic:iranian-role-in-iraq"})
SET t.name = "Iran's alleged role in arming militants in Iraq";

MERGE (t:Topic {id: "topic:iran-nuclear-negotiations"})
SET t.name = "Iran–P5+1 nuclear negotiations";

MERGE (t:Topic {id: "topic:yemen-negotiations"})
SET t.name = "Return of the Houthis to negotiations in Yemen";
