/**
 * Fidelity of the seeded graph to the five articles in seeds/articles/.
 * Runs against the harness's seeded Neo4j (schema + seeds applied once per run); every
 * assertion is on concrete values so that a wrong seed makes a test fail.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { applySeeds, runReadQuery } from "../test/support/neo4j.ts";

const articlesDir = fileURLToPath(new URL("./articles/", import.meta.url));
const articleText = new Map<string, string>();
function article(file: string): string {
  let text = articleText.get(file);
  if (text === undefined) {
    text = readFileSync(`${articlesDir}${file}`, "utf8");
    articleText.set(file, text);
  }
  return text;
}

/** Where the article body ends (or starts) in each file: the rest is page furniture. */
function bodyRange(file: string): [number, number] {
  const text = article(file);
  const before = (marker: string) => {
    const at = text.indexOf(marker);
    if (at === -1) throw new Error(`${file}: marker ${marker} not found`);
    return at;
  };
  switch (file) {
    case "000_4a22d23246e78457.txt":
    case "001_99b912356660262a.txt":
    case "002_a4bf34d5e56e8338.txt":
      return [0, before("Latest news")];
    case "003_068be423bd4cb168.txt":
      return [0, before("منبع عکس ها")];
    case "004_69e3c5e8f2877380.txt":
      return [
        before("Yaakov Katz, Editor-in-Chief") + "Yaakov Katz, Editor-in-Chief".length,
        before("Related Content"),
      ];
    default:
      throw new Error(`unknown article file ${file}`);
  }
}

/** The CAMEO codes used, with the codebook name and the Goldstein value paired with it. */
const CAMEO: Record<string, [string, number]> = {
  "010": ["Make statement, not specified below", 0.0],
  "011": ["Decline comment", -0.1],
  "012": ["Make pessimistic comment", -0.4],
  "013": ["Make optimistic comment", 0.4],
  "014": ["Consider policy option", 0.0],
  "016": ["Deny responsibility", -2.0],
  "026": ["Appeal to others to meet or negotiate", 4.0],
  "0242": ["Appeal for policy change", -0.3],
  "036": ["Express intent to meet or negotiate", 4.0],
  "040": ["Consult, not specified below", 1.0],
  "042": ["Make a visit", 1.9],
  "043": ["Host a visit", 2.8],
  "044": ["Meet at a 'third' location", 2.5],
  "051": ["Praise or endorse", 3.4],
  "111": ["Criticize or denounce", -2.0],
  "112": ["Accuse, not specified below", -2.0],
  "125": ["Reject proposal to meet, discuss, or negotiate", -5.0],
};

const ARTICLE_FILES = [
  "000_4a22d23246e78457.txt",
  "001_99b912356660262a.txt",
  "002_a4bf34d5e56e8338.txt",
  "003_068be423bd4cb168.txt",
  "004_69e3c5e8f2877380.txt",
];

const DATA_LABELS = [
  "Article",
  "Country",
  "Meeting",
  "Organization",
  "Participation",
  "Person",
  "Place",
  "Position",
  "Statement",
  "Topic",
];

/** Counts only the seeded nodes: nodes written by other tests carry an extra isolation label. */
async function seededLabelCounts(): Promise<Record<string, number>> {
  const rows = await runReadQuery(
    `MATCH (n) WHERE size(labels(n)) = 1
     RETURN head(labels(n)) AS label, count(*) AS count ORDER BY label`,
  );
  return Object.fromEntries(rows.map((r) => [r.label as string, r.count as number]));
}

/** Relationship counts between seeded nodes only (see seededLabelCounts). */
async function seededRelationshipCounts(): Promise<Record<string, number>> {
  const rows = await runReadQuery(
    `MATCH (a)-[r]->(b) WHERE size(labels(a)) = 1 AND size(labels(b)) = 1
     RETURN type(r) AS type, count(*) AS count ORDER BY type`,
  );
  return Object.fromEntries(rows.map((r) => [r.type as string, r.count as number]));
}

const sortByText = (rows: Array<Record<string, unknown>>) =>
  [...rows].sort((a, b) => String(a.text).localeCompare(String(b.text)));

describe("graph shape", () => {
  it("holds exactly the expected number of nodes per label", async () => {
    expect(await seededLabelCounts()).toEqual({
      Article: 5,
      Country: 6,
      Meeting: 9,
      Organization: 20,
      Person: 13,
      Place: 7,
      Participation: 17,
      Position: 18,
      Statement: 38,
      Topic: 6,
    });
  });

  it("gives every node an id with the prefix of its label", async () => {
    const prefixes: Record<string, string> = {
      Article: "article:",
      Country: "country:",
      Meeting: "meeting:",
      Organization: "org:",
      Participation: "participation:",
      Person: "person:",
      Place: "place:",
      Position: "position:",
      Statement: "statement:",
      Topic: "topic:",
    };
    const rows = await runReadQuery(
      "MATCH (n) WHERE size(labels(n)) = 1 RETURN head(labels(n)) AS label, n.id AS id",
    );
    const wrong = rows.filter((r) => !String(r.id).startsWith(prefixes[r.label as string] ?? "?"));
    expect(wrong).toEqual([]);
    expect(rows.every((r) => /^[a-z]+:[A-Za-z0-9-]+$/.test(String(r.id)))).toBe(true);
  });

  it("uses upper-case ISO alpha-3 codes as country ids, codes and CAMEO codes", async () => {
    const rows = await runReadQuery(
      "MATCH (c:Country) RETURN c.id AS id, c.code AS code, c.cameo AS cameo ORDER BY id",
    );
    expect(rows.map((r) => r.code)).toEqual(["CHE", "IRN", "IRQ", "LBN", "USA", "YEM"]);
    for (const r of rows) {
      expect(r.id).toBe(`country:${r.code}`);
      expect(r.cameo).toBe(r.code);
    }
  });

  it("has a uniqueness constraint on id for every label and the documented indexes", async () => {
    const constraints = await runReadQuery(
      `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
       WHERE type = "UNIQUENESS" AND properties = ["id"]
       RETURN labelsOrTypes[0] AS label ORDER BY label`,
    );
    expect(constraints.map((r) => r.label)).toEqual(DATA_LABELS);
    const indexes = await runReadQuery(
      `SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options
       WHERE name IN ["entityNames", "statementText", "meetingTitles", "meeting_date_start", "statement_date_start", "meeting_status"]
       RETURN name, type, labelsOrTypes, properties, options.indexConfig["fulltext.analyzer"] AS analyzer
       ORDER BY name`,
    );
    expect(indexes).toEqual([
      {
        name: "entityNames",
        type: "FULLTEXT",
        labelsOrTypes: ["Person", "Organization", "Country", "Place"],
        properties: ["name", "aliases", "searchNames"],
        analyzer: "persian",
      },
      {
        name: "meetingTitles",
        type: "FULLTEXT",
        labelsOrTypes: ["Meeting"],
        properties: ["title"],
        analyzer: "persian",
      },
      {
        name: "meeting_date_start",
        type: "RANGE",
        labelsOrTypes: ["Meeting"],
        properties: ["dateStart"],
        analyzer: null,
      },
      {
        name: "meeting_status",
        type: "RANGE",
        labelsOrTypes: ["Meeting"],
        properties: ["status"],
        analyzer: null,
      },
      {
        name: "statementText",
        type: "FULLTEXT",
        labelsOrTypes: ["Statement"],
        properties: ["text", "translation"],
        analyzer: "persian",
      },
      {
        name: "statement_date_start",
        type: "RANGE",
        labelsOrTypes: ["Statement"],
        properties: ["dateStart"],
        analyzer: null,
      },
    ]);
  });

  it("uses only the documented organization, place, meeting-status and statement kinds", async () => {
    const orgKinds = await runReadQuery(
      "MATCH (o:Organization) RETURN DISTINCT o.kind AS kind ORDER BY kind",
    );
    expect(orgKinds.map((r) => r.kind)).toEqual([
      "armed_force",
      "diplomatic_mission",
      "intergovernmental_organization",
      "joint_body",
      "multilateral_group",
      "news_outlet",
      "opposition_group",
      "political_group",
    ]);
    const placeKinds = await runReadQuery(
      "MATCH (p:Place) RETURN DISTINCT p.kind AS kind ORDER BY kind",
    );
    expect(placeKinds.map((r) => r.kind)).toEqual(["city", "venue"]);
    const statuses = await runReadQuery(
      "MATCH (m:Meeting) RETURN m.status AS status, count(*) AS n ORDER BY status",
    );
    expect(statuses).toEqual([
      { status: "DECLINED", n: 1 },
      { status: "HELD", n: 6 },
      { status: "PLANNED", n: 2 },
    ]);
    const kinds = await runReadQuery(
      "MATCH (s:Statement) RETURN s.kind AS kind, count(*) AS n ORDER BY kind",
    );
    expect(kinds).toEqual([
      { kind: "QUOTE", n: 14 },
      { kind: "REPORTED", n: 24 },
    ]);
    const positionKinds = await runReadQuery(
      "MATCH (p:Position) RETURN p.kind AS kind, count(*) AS n ORDER BY kind",
    );
    expect(positionKinds).toEqual([
      { kind: "MEMBERSHIP", n: 3 },
      { kind: "OFFICE", n: 15 },
    ]);
  });
});

describe("one node per real-world entity", () => {
  it("never lets two people share a name or alias", async () => {
    const rows = await runReadQuery(
      `MATCH (p:Person) UNWIND [p.name] + p.aliases AS spelling
       WITH toLower(spelling) AS spelling, collect(DISTINCT p.id) AS people
       WHERE size(people) > 1 RETURN spelling, people`,
    );
    expect(rows).toEqual([]);
  });

  it("never lets two organizations, places or countries share a name or alias", async () => {
    for (const label of ["Organization", "Place", "Country"]) {
      const rows = await runReadQuery(
        `MATCH (n:${label}) UNWIND [n.name] + n.aliases AS spelling
         WITH toLower(spelling) AS spelling, collect(DISTINCT n.id) AS nodes
         WHERE size(nodes) > 1 RETURN spelling, nodes`,
      );
      expect(rows, label).toEqual([]);
    }
  });

  it("records every spelling and script of a name as the name or an alias", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, [n.name] + n.aliases AS spellings ORDER BY id`,
      {
        ids: [
          "person:hassan-kazemi-qomi",
          "person:mohammad-javad-zarif",
          "person:john-kerry",
          "person:nouri-al-maliki",
          "place:tehran",
          "place:baghdad",
          "country:IRN",
          "country:USA",
        ],
      },
    );
    const spellings = Object.fromEntries(rows.map((r) => [r.id, r.spellings]));
    expect(spellings["person:hassan-kazemi-qomi"]).toEqual([
      "Hassan Kazemi Qomi",
      "Kazemi Qomi",
      "Qomi",
    ]);
    expect(spellings["person:mohammad-javad-zarif"]).toEqual([
      "Mohammad Javad Zarif",
      "محمدجواد ظریف",
      "ظریف",
    ]);
    expect(spellings["person:john-kerry"]).toEqual(["John Kerry", "جان کری", "کری"]);
    expect(spellings["person:nouri-al-maliki"]).toEqual([
      "Nouri al-Maliki",
      "Nuri al-Maliki",
      "al-Maliki",
    ]);
    expect(spellings["place:tehran"]).toEqual(["Tehran", "Teheran"]);
    expect(spellings["place:baghdad"]).toEqual(["Baghdad", "Baghad"]);
    expect(spellings["country:IRN"]).toEqual(["Iran", "Islamic Republic", "ایران"]);
    expect(spellings["country:USA"]).toEqual(["United States", "U.S.", "US", "آمریکا"]);
  });

  it("spells every alias exactly as an article body does", async () => {
    const rows = await runReadQuery(
      "MATCH (n) WHERE n.aliases IS NOT NULL UNWIND n.aliases AS alias RETURN n.id AS id, alias",
    );
    const bodies = ARTICLE_FILES.map((f) => {
      const [from, to] = bodyRange(f);
      return article(f).slice(from, to);
    });
    const unseen = rows.filter((r) => !bodies.some((body) => body.includes(String(r.alias))));
    expect(unseen).toEqual([]);
  });

  it("keeps the May 2007 Crocker–Kazemi Qomi meeting as one node reported by articles 001 and 004", async () => {
    const rows = await runReadQuery(
      `MATCH (:Person {id: "person:ryan-crocker"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(:Person {id: "person:hassan-kazemi-qomi"})
       WHERE m.date STARTS WITH "2007-05"
       RETURN m.id AS id, m.round AS round,
              COLLECT { MATCH (m)-[:REPORTED_BY]->(a:Article) RETURN DISTINCT a.id AS a ORDER BY a } AS articles`,
    );
    expect(rows).toEqual([
      {
        id: "meeting:us-iran-iraq-talks-round-1",
        round: 1,
        articles: [
          "article:001-crocker-meeting-iran-envoy",
          "article:004-iran-welcomes-fourth-round",
        ],
      },
    ]);
  });

  it("links Kazemi Qomi's one ambassadorship to the three articles that report it", async () => {
    const rows = await runReadQuery(
      `MATCH (:Person {id: "person:hassan-kazemi-qomi"})-[:HELD_POSITION]->(pos:Position {title: "Iranian Ambassador to Iraq"})
       RETURN pos.id AS id, COLLECT { MATCH (pos)-[:REPORTED_BY]->(a:Article) RETURN DISTINCT a.file AS f ORDER BY f } AS files`,
    );
    expect(rows).toEqual([
      {
        id: "position:hassan-kazemi-qomi--iranian-ambassador-to-iraq",
        files: ["001_99b912356660262a.txt", "002_a4bf34d5e56e8338.txt", "004_69e3c5e8f2877380.txt"],
      },
    ]);
  });
});

describe("only what the article bodies report", () => {
  const boilerplateNames = [
    "Rafael Grossi",
    "Ebrahim Raisi",
    "Ehsan Khandouzi",
    "Pooya Stone",
    "Arzhang Davoodi",
    "Ronit Hasin-Hochman",
    "Yaakov Katz",
    "Farshad",
    "Etemad",
    "Donya-e-Eqtesad",
    "Amnesty",
    "ایسنا",
    "ایرنا",
  ];

  it("has no node for anyone or anything named only in navigation, appeals or photo credits", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE size(labels(n)) = 1
       WITH n, [x IN [n.name, n.title, n.text, n.translation] + coalesce(n.aliases, []) WHERE x IS NOT NULL] AS strings
       UNWIND $names AS name
       WITH n, name, strings WHERE any(s IN strings WHERE toLower(s) CONTAINS toLower(name))
       RETURN n.id AS id, name`,
      { names: boilerplateNames },
    );
    expect(rows).toEqual([]);
  });

  it("has no Yaakov Katz and no Jerusalem Post subscription appeal in any excerpt", async () => {
    const rows = await runReadQuery(
      `MATCH ()-[r:REPORTED_BY]->() WHERE r.excerpt CONTAINS "Yaakov" OR r.excerpt CONTAINS "Dear Reader"
         OR r.excerpt CONTAINS "photo credit" OR r.excerpt CONTAINS "منبع عکس"
       RETURN r.excerpt AS excerpt`,
    );
    expect(rows).toEqual([]);
    const katz = await runReadQuery(`MATCH (p:Person) WHERE p.name = "Yaakov Katz" RETURN p`);
    expect(katz).toHaveLength(0);
  });

  it("takes every excerpt verbatim from its article's body", async () => {
    const rows = await runReadQuery(
      "MATCH (f)-[r:REPORTED_BY]->(a:Article) RETURN f.id AS fact, a.file AS file, r.excerpt AS excerpt",
    );
    expect(rows.length).toBe(114);
    const problems: string[] = [];
    for (const { fact, file, excerpt } of rows) {
      const text = article(String(file));
      const at = text.indexOf(String(excerpt));
      const [from, to] = bodyRange(String(file));
      if (at === -1) problems.push(`${fact}: not in ${file}: ${excerpt}`);
      else if (at < from || at + String(excerpt).length > to)
        problems.push(`${fact}: outside the body of ${file}`);
    }
    expect(problems).toEqual([]);
  });

  it("stores every statement's text verbatim as it appears in each article reporting it", async () => {
    const rows = await runReadQuery(
      `MATCH (s:Statement)-[:REPORTED_BY]->(a:Article)
       RETURN DISTINCT s.id AS id, s.text AS text, s.kind AS kind, a.file AS file`,
    );
    const missing = rows.filter((r) => !article(String(r.file)).includes(String(r.text)));
    expect(missing).toEqual([]);
  });

  it("stores QUOTE statements as the words inside quotation marks", async () => {
    const rows = await runReadQuery(
      `MATCH (s:Statement {kind: "QUOTE"})-[:REPORTED_BY]->(a:Article)
       RETURN DISTINCT s.id AS id, s.text AS text, a.file AS file`,
    );
    expect(rows.length).toBe(14);
    const unquoted = rows.filter((r) => {
      const text = article(String(r.file));
      return !["“", '"'].some((open) => text.includes(open + String(r.text)));
    });
    expect(unquoted).toEqual([]);
  });

  it("keeps Persian statements in Persian and adds an English translation marked as such", async () => {
    const rows = await runReadQuery(
      `MATCH (s:Statement)-[:REPORTED_BY]->(:Article {language: "fa"})
       RETURN DISTINCT s.id AS id, s.language AS language, s.text AS text,
              s.translation AS translation, s.translationLanguage AS translationLanguage
       ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([
      "statement:kerry-closer-than-ever-to-agreement",
      "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks",
      "statement:kerry-tough-talks-ahead",
    ]);
    for (const r of rows) {
      expect(r.language).toBe("fa");
      expect(String(r.text)).toMatch(/^[\u0600-\u06FF]/);
      expect(r.translationLanguage).toBe("en");
      expect(String(r.translation)).toMatch(/^[A-Z][\x20-\x7E]+$/);
    }
    const english = await runReadQuery(
      `MATCH (s:Statement) WHERE s.language = "en" AND (s.translation IS NOT NULL OR s.translationLanguage IS NOT NULL)
       RETURN s.id AS id`,
    );
    expect(english).toEqual([]);
  });

  it("gives every meeting, statement and position at least one source", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE (n:Meeting OR n:Statement OR n:Position) AND NOT (n)-[:REPORTED_BY]->(:Article)
       RETURN n.id AS id`,
    );
    expect(rows).toEqual([]);
  });
});

describe("a repeated paragraph yields no duplicate facts", () => {
  it("article 003 repeats six lines verbatim", () => {
    const lines = article("003_068be423bd4cb168.txt").split("\n");
    expect(lines.slice(1, 7)).toEqual(lines.slice(8, 14));
  });

  it("reports each fact of article 003 once, with no duplicate excerpt", async () => {
    const rows = await runReadQuery(
      `MATCH (f)-[r:REPORTED_BY]->(:Article {id: "article:003-zarif-kerry-new-york"})
       WITH f, collect(r.excerpt) AS excerpts, collect(DISTINCT r.excerpt) AS distinctExcerpts
       RETURN f.id AS id, size(excerpts) AS n, size(distinctExcerpts) AS distinct
       ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([
      "meeting:npt-review-conference-new-york",
      "meeting:zarif-kerry-new-york",
      "participation:npt-review-conference-new-york--john-kerry",
      "participation:zarif-kerry-new-york--john-kerry",
      "participation:zarif-kerry-new-york--mohammad-javad-zarif",
      "position:john-kerry--us-secretary-of-state",
      "position:mohammad-javad-zarif--foreign-minister-of-iran",
      "statement:kerry-closer-than-ever-to-agreement",
      "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks",
      "statement:kerry-tough-talks-ahead",
    ]);
    for (const r of rows) expect(r.n).toBe(r.distinct);
  });

  it("has no two statements with the same text and no fact with the same excerpt twice", async () => {
    const texts = await runReadQuery(
      "MATCH (s:Statement) WITH s.text AS text, count(*) AS n WHERE n > 1 RETURN text, n",
    );
    // Except a joint act: one statement per party (JOINT_WITH both ways), the same words.
    const joint = await runReadQuery(
      `MATCH (s:Statement) WHERE EXISTS { (s)-[:JOINT_WITH]->() }
       WITH s.text AS text, count(*) AS n RETURN text, n`,
    );
    expect(sortByText(texts)).toEqual(sortByText(joint));
    expect(joint).toHaveLength(3);
    const excerpts = await runReadQuery(
      `MATCH (f)-[r:REPORTED_BY]->(a:Article)
       WITH f, a, r.excerpt AS excerpt, count(*) AS n WHERE n > 1 RETURN f.id AS id, excerpt`,
    );
    expect(excerpts).toEqual([]);
  });
});

describe("dates are only as precise as the text", () => {
  it("keeps every date triple consistent (ISO string, precision, start and end bounds)", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE n:Meeting OR n:Statement OR n:Article OR n:Position
       UNWIND (CASE
         WHEN n:Article THEN ["published"]
         WHEN n:Position THEN ["from", "to"]
         ELSE ["date"] END) AS p
       RETURN n.id AS id, p, n[p] AS value, n[p + "Precision"] AS precision,
              n[p + "Start"] AS start, n[p + "End"] AS end`,
    );
    const problems: string[] = [];
    for (const r of rows) {
      const [id, p, value, precision, start, end] = [
        r.id,
        r.p,
        r.value,
        r.precision,
        r.start,
        r.end,
      ].map((x) => (x ?? null) as string | null) as [
        string,
        string,
        string | null,
        string | null,
        string | null,
        string | null,
      ];
      if (value === null) {
        if (precision !== null || start !== null || end !== null)
          problems.push(`${id}.${p}: bounds without a value`);
        continue;
      }
      const expected = (() => {
        if (precision === "DAY" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
        if (precision === "MONTH" && /^\d{4}-\d{2}$/.test(value)) {
          const [y, m] = value.split("-").map(Number) as [number, number];
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
          return [`${value}-01`, `${value}-${String(last).padStart(2, "0")}`];
        }
        if (precision === "YEAR" && /^\d{4}$/.test(value))
          return [`${value}-01-01`, `${value}-12-31`];
        if (precision === "RANGE" && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(value))
          return value.split("/");
        return null;
      })();
      if (!expected) problems.push(`${id}.${p}: ${value} does not match precision ${precision}`);
      else if (start !== expected[0] || end !== expected[1])
        problems.push(`${id}.${p}: bounds ${start}..${end}`);
    }
    expect(problems).toEqual([]);
  });

  it("dates only article 001 (via article 004's account of the first round) and article 004", async () => {
    const rows = await runReadQuery(
      `MATCH (a:Article) RETURN a.file AS file, a.published AS published, a.publishedPrecision AS precision,
              a.publishedText AS publishedText ORDER BY file`,
    );
    expect(rows).toEqual([
      { file: "000_4a22d23246e78457.txt", published: null, precision: null, publishedText: null },
      {
        file: "001_99b912356660262a.txt",
        published: "2007-05-31",
        precision: "DAY",
        publishedText: "May 31",
      },
      {
        file: "002_a4bf34d5e56e8338.txt",
        published: null,
        precision: null,
        publishedText: "May 14",
      },
      { file: "003_068be423bd4cb168.txt", published: null, precision: null, publishedText: null },
      {
        file: "004_69e3c5e8f2877380.txt",
        published: "2007-11-20",
        precision: "DAY",
        publishedText: "November 20, 2007 10:42",
      },
    ]);
  });

  it("leaves a weekday unresolved when no year is known, keeping the raw words", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, n.date AS date, n.dateStart AS start, n.dateText AS dateText ORDER BY id`,
      {
        ids: [
          "meeting:annan-khatami-at-the-un",
          "meeting:zarif-kerry-new-york",
          "statement:kazemi-qomi-talks-no-longer-on-the-table",
          "statement:ahmadinejad-rules-out-direct-talks-with-us",
        ],
      },
    );
    expect(rows).toEqual([
      { id: "meeting:annan-khatami-at-the-un", date: null, start: null, dateText: "Tuesday" },
      { id: "meeting:zarif-kerry-new-york", date: null, start: null, dateText: "دوشنبه شب" },
      {
        id: "statement:ahmadinejad-rules-out-direct-talks-with-us",
        date: null,
        start: null,
        dateText: "April",
      },
      {
        id: "statement:kazemi-qomi-talks-no-longer-on-the-table",
        date: null,
        start: null,
        dateText: "Sunday",
      },
    ]);
  });

  it("resolves the weekdays of article 001 to the week of 28 May 2007", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, n.date AS date, n.datePrecision AS precision, n.dateText AS dateText ORDER BY date, id`,
      {
        ids: [
          "meeting:us-iran-iraq-talks-round-1",
          "statement:crocker-discussions-focused-on-iraq-only",
          "statement:mnf-i-atmosphere-cordial-and-business-like",
          "statement:ncri-says-kazemi-qomi-is-qods-force-member",
        ],
      },
    );
    expect(rows).toEqual([
      {
        id: "statement:ncri-says-kazemi-qomi-is-qods-force-member",
        date: "2007-05-27/2007-05-30",
        precision: "RANGE",
        dateText: "earlier this week",
      },
      {
        id: "meeting:us-iran-iraq-talks-round-1",
        date: "2007-05-28",
        precision: "DAY",
        dateText: "Monday",
      },
      {
        id: "statement:crocker-discussions-focused-on-iraq-only",
        date: "2007-05-29",
        precision: "DAY",
        dateText: "Tuesday",
      },
      {
        id: "statement:mnf-i-atmosphere-cordial-and-business-like",
        date: "2007-05-30",
        precision: "DAY",
        dateText: "Wednesday",
      },
    ]);
  });

  it("dates the later rounds to the month and the fourth round not at all", async () => {
    const rows = await runReadQuery(
      `MATCH (m:Meeting) WHERE m.round IS NOT NULL
       RETURN m.round AS round, m.status AS status, m.date AS date, m.datePrecision AS precision,
              m.roundInferred AS inferred ORDER BY round`,
    );
    expect(rows).toEqual([
      { round: 1, status: "HELD", date: "2007-05-28", precision: "DAY", inferred: false },
      { round: 2, status: "HELD", date: "2007-07", precision: "MONTH", inferred: true },
      { round: 3, status: "HELD", date: "2007-08", precision: "MONTH", inferred: true },
      { round: 4, status: "PLANNED", date: null, precision: null, inferred: false },
    ]);
  });

  it("ends the Shah's reign in 1979 with year precision", async () => {
    const rows = await runReadQuery(
      `MATCH (:Person {id: "person:mohammad-reza-pahlavi"})-[:HELD_POSITION]->(p:Position)
       RETURN p.to AS to, p.toPrecision AS precision, p.toStart AS start, p.toEnd AS end, p.current AS current`,
    );
    expect(rows).toEqual([
      { to: "1979", precision: "YEAR", start: "1979-01-01", end: "1979-12-31", current: false },
    ]);
  });
});

describe("event coding", () => {
  it("codes every meeting and statement with a codebook CAMEO code, its name and its Goldstein value", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE n:Meeting OR n:Statement
       RETURN n.id AS id, n.cameo AS cameo, n.cameoName AS name, n.goldstein AS goldstein`,
    );
    expect(rows.length).toBe(47);
    const problems = rows.filter((r) => {
      const entry = CAMEO[String(r.cameo)];
      return !entry || entry[0] !== r.name || entry[1] !== r.goldstein;
    });
    expect(problems).toEqual([]);
  });

  it("codes the key events as documented in docs/event-coding.md", async () => {
    const rows = await runReadQuery(
      `MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, n.cameo AS cameo ORDER BY id`,
      {
        ids: [
          "meeting:us-iran-iraq-talks-round-1",
          "meeting:annan-khatami-at-the-un",
          "meeting:zarif-kerry-new-york",
          "statement:kazemi-qomi-talks-no-longer-on-the-table",
          "statement:mottaki-iran-will-respond-positively",
          "statement:annan-asks-khatami-to-foster-us-iran-dialogue",
          "statement:maliki-invites-us-and-iran-to-meet-again",
        ],
      },
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.cameo]))).toEqual({
      "meeting:annan-khatami-at-the-un": "043",
      "meeting:us-iran-iraq-talks-round-1": "044",
      "meeting:zarif-kerry-new-york": "042",
      "statement:annan-asks-khatami-to-foster-us-iran-dialogue": "026",
      "statement:kazemi-qomi-talks-no-longer-on-the-table": "125",
      "statement:maliki-invites-us-and-iran-to-meet-again": "026",
      "statement:mottaki-iran-will-respond-positively": "036",
    });
  });

  it("gives the UN its CAMEO actor code", async () => {
    const rows = await runReadQuery(
      `MATCH (o:Organization {id: "org:united-nations"}) RETURN o.cameo AS cameo`,
    );
    expect(rows).toEqual([{ cameo: "IGOUNO" }]);
  });
});

describe("relationships follow the model", () => {
  it("attributes a spokesman's words to the speaker and to the principal he spoke for", async () => {
    const rows = await runReadQuery(
      `MATCH (sp:Person)-[:SAID]->(s:Statement {id: "statement:annan-asks-khatami-to-foster-us-iran-dialogue"})
       RETURN sp.name AS speaker,
              COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(p) RETURN p.id AS id ORDER BY id } AS principals,
              COLLECT { MATCH (s)-[:DIRECTED_AT]->(t) RETURN t.id AS id } AS targets,
              COLLECT { MATCH (s)-[:DURING]->(m) RETURN m.id AS id } AS during`,
    );
    expect(rows).toEqual([
      {
        speaker: "Stephane Dujarric",
        principals: ["org:united-nations", "person:kofi-annan"],
        targets: ["person:mohammad-khatami"],
        during: ["meeting:annan-khatami-at-the-un"],
      },
    ]);
  });

  it("records which agency relayed which statement", async () => {
    const rows = await runReadQuery(
      `MATCH (s:Statement)-[:RELAYED_BY]->(o:Organization) RETURN s.id AS statement, o.id AS relay ORDER BY statement`,
    );
    expect(rows).toEqual([
      { statement: "statement:kerry-closer-than-ever-to-agreement", relay: "org:reuters" },
      { statement: "statement:mottaki-iran-will-respond-positively", relay: "org:irna" },
      { statement: "statement:mottaki-talks-help-iraqi-stability", relay: "org:irna" },
      {
        statement: "statement:us-requests-new-round-of-talks-via-swiss-embassy",
        relay: "org:swiss-embassy-tehran",
      },
    ]);
  });

  it("chains the four rounds of US–Iran talks with FOLLOWS", async () => {
    const rows = await runReadQuery(
      `MATCH path = (last:Meeting {round: 4})-[:FOLLOWS*]->(first:Meeting {round: 1})
       RETURN [n IN nodes(path) | n.round] AS rounds`,
    );
    expect(rows).toEqual([{ rounds: [4, 3, 2, 1] }]);
  });

  it("stores who took part in a meeting, in what role and representing whom, as nodes to traverse", async () => {
    const rows = await runReadQuery(
      `MATCH (p:Person)-[:TOOK_PART_AS]->(x:Participation)-[:AT]->(m:Meeting {id: "meeting:us-iran-iraq-talks-round-1"})
       MATCH (x)-[:REPRESENTING]->(c:Country)
       WHERE (p)-[:TOOK_PART_IN]->(m)
       RETURN p.id AS person, x.role AS role, c.name AS representing ORDER BY person`,
    );
    expect(rows).toEqual([
      {
        person: "person:hassan-kazemi-qomi",
        role: "Iranian ambassador to Iraq",
        representing: "Iran",
      },
      {
        person: "person:ryan-crocker",
        role: "United States ambassador to Iraq",
        representing: "United States",
      },
    ]);
  });

  it("has one Participation per actor at a meeting, each at one meeting and reported by an article", async () => {
    const rows = await runReadQuery(
      `MATCH (x:Participation)
       RETURN count(x) AS participations,
              sum(COUNT { (x)-[:AT]->(:Meeting) }) AS at,
              sum(COUNT { ()-[:TOOK_PART_AS]->(x) }) AS actors,
              count(CASE WHEN EXISTS { (x)-[:REPORTED_BY]->(:Article) } THEN x END) AS reported`,
    );
    expect(rows).toEqual([{ participations: 17, at: 17, actors: 17, reported: 17 }]);
  });

  it("marks former positions as not current and memberships as MEMBERSHIP", async () => {
    const rows = await runReadQuery(
      `MATCH (:Person {id: "person:mohammad-khatami"})-[:HELD_POSITION]->(p:Position)-[:OF]->(o)
       RETURN p.title AS title, p.kind AS kind, p.current AS current, o.id AS of ORDER BY title`,
    );
    expect(rows).toEqual([
      {
        title: "Founding member of the Alliance of Civilizations",
        kind: "MEMBERSHIP",
        current: true,
        of: "org:alliance-of-civilizations",
      },
      { title: "President of Iran", kind: "OFFICE", current: false, of: "country:IRN" },
    ]);
  });
});

describe("full-text search", () => {
  it("finds people and places by any script or spelling", async () => {
    const search = async (q: string) =>
      (
        await runReadQuery(
          `CALL db.index.fulltext.queryNodes("entityNames", $q) YIELD node RETURN node.id AS id`,
          { q },
        )
      ).map((r) => r.id);
    expect(await search("ظریف")).toEqual(["person:mohammad-javad-zarif"]);
    expect(await search("Teheran")).toContain("place:tehran");
    // "Nuri al-Maliki" (001) is an alias of the person and part of his home's alias.
    expect(await search("Nuri")).toEqual(["person:nouri-al-maliki", "place:maliki-residence"]);
    // Arabic kaf and yeh (ك ي) find the Persian spelling (ک ی).
    expect(await search("كري")).toEqual(["person:john-kerry"]);
  });

  it("finds Persian statements by their English translation and by Persian words", async () => {
    const search = async (q: string) =>
      (
        await runReadQuery(
          `CALL db.index.fulltext.queryNodes("statementText", $q) YIELD node RETURN node.id AS id`,
          { q },
        )
      ).map((r) => r.id);
    expect(await search("Houthis")).toEqual([
      "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks",
    ]);
    expect(await search("حوثیها")).toEqual([
      "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks",
    ]);
  });
});

describe("idempotence", () => {
  it("running the schema and all seeds again changes no node or relationship count", async () => {
    const nodesBefore = await seededLabelCounts();
    const relationshipsBefore = await seededRelationshipCounts();
    await applySeeds();
    expect(await seededLabelCounts()).toEqual(nodesBefore);
    expect(await seededRelationshipCounts()).toEqual(relationshipsBefore);
    expect(relationshipsBefore.REPORTED_BY).toBe(114);
    expect(relationshipsBefore.PARTICIPATED_IN).toBeUndefined();
    expect(relationshipsBefore.TOOK_PART_IN).toBe(22);
    expect(relationshipsBefore.TO_TAKE_PART_IN).toBe(6);
  });
});
