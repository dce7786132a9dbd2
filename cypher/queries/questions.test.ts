/**
 * An analyst's questions, written from the five articles (seeds/articles/*.txt), not from
 * the graph (issue 20). Each question has the Cypher one writes after a glance at
 * docs/graph-model.md, and the answer the article gives, with the sentence it rests on.
 * No library query, no knowledge of the seeds' judgement calls: if the obvious Cypher gives
 * a wrong answer, the model says something the articles do not.
 *
 * Written and run before the model changed: 19 of 35 passed on the old model (the 16 others
 * are FAILED_ON_THE_OLD_MODEL below); all 35 pass on the model of issue 20. A question still
 * in STILL_FAILING would run as `it.fails` (the suite stays green while it is a known
 * failure, and turns red the moment it starts passing); none is left.
 */
import { describe, expect, it } from "vitest";
import { runReadQuery } from "../../test/support/neo4j.ts";

interface Question {
  id: string;
  /** The article sentence the expected answer is quoted from (file number first). */
  source: string;
  question: string;
  cypher: string;
  /** The rows the articles call for, compared after sorting (unless `ordered`). */
  expected: unknown[];
  ordered?: boolean;
}

/** Runs a question's Cypher and gives its rows as plain values (one column) or objects. */
async function ask(cypher: string): Promise<unknown[]> {
  const rows = await runReadQuery(cypher);
  return rows.map((row) => {
    const values = Object.values(row);
    return values.length === 1 ? values[0] : row;
  });
}

const sortRows = (rows: unknown[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const QUESTIONS: Question[] = [
  // ─── Article 000: Annan and Khatami ─────────────────────────────────────────────────
  {
    id: "q01",
    source:
      "000: Annan and Khatami kissed each other on the cheek three times and chatted amiably before the private meeting began.",
    question: "Whom did Kofi Annan meet?",
    cypher: `MATCH (:Person {name: "Kofi Annan"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(other:Person)
             RETURN DISTINCT other.name`,
    expected: ["Mohammad Khatami"],
  },
  {
    id: "q02",
    source:
      "000: The two-week tour was the result of an invitation from the U.N. for Khatami could attend a meeting of the Alliance of Civilizations",
    question:
      "Which meetings did Khatami attend? (The article reports an invitation to the Alliance meeting, not the meeting.)",
    cypher: `MATCH (:Person {name: "Mohammad Khatami"})-[:TOOK_PART_IN]->(m:Meeting) RETURN m.title`,
    expected: ["Kofi Annan meets Mohammad Khatami at the United Nations"],
  },
  {
    id: "q03",
    source:
      "000: Khatami brushed past reporters on his way out of the U.N., smiling and pointing to his watch",
    question: "Where did Annan and Khatami meet?",
    cypher: `MATCH (:Person {name: "Kofi Annan"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(:Person {name: "Mohammad Khatami"})
             MATCH (m)-[:HELD_AT]->(place:Place)
             RETURN place.name`,
    expected: ["United Nations headquarters"],
  },
  {
    id: "q04",
    source:
      "000: “The secretary-general expressed his wish to see more dialogue between the United States and Iran …,” U.N. spokesman Stephane Dujarric said.",
    question: "Who spoke for the United Nations?",
    cypher: `MATCH (p:Person)-[:SAID]->(:Statement)-[:ON_BEHALF_OF]->(:Organization {name: "United Nations"})
             RETURN DISTINCT p.name`,
    expected: ["Stephane Dujarric"],
  },
  {
    id: "q05",
    source:
      "000: U.N. Secretary-General Kofi Annan asked former Iranian President Mohammad Khatami …; Khatami is a founding member of the alliance.",
    question: "Which positions does the article say Khatami holds (not held in the past)?",
    cypher: `MATCH (:Person {name: "Mohammad Khatami"})-[:HELD_POSITION]->(pos:Position)
             WHERE pos.current
             RETURN pos.title`,
    expected: ["Founding member of the Alliance of Civilizations"],
  },
  {
    id: "q06",
    source:
      "000: The two-week tour was the result of an invitation from the U.N. for Khatami could attend a meeting of the Alliance of Civilizations",
    question: "What was Khatami to be at the Alliance of Civilizations meeting, and did it happen?",
    cypher: `MATCH (:Person {name: "Mohammad Khatami"})-[:TOOK_PART_AS]->(x:Participation)-[:AT]->(m:Meeting)
             WHERE m.title CONTAINS "Alliance of Civilizations"
             RETURN m.status AS status, x.role CONTAINS "invited" AS invited`,
    expected: [{ status: "PLANNED", invited: true }],
  },

  // ─── Article 001: Crocker and Kazemi Qomi in May ────────────────────────────────────
  {
    id: "q07",
    source:
      "001: Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home.",
    question: "Whom did Ryan Crocker meet?",
    cypher: `MATCH (:Person {name: "Ryan Crocker"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(other:Person)
             RETURN DISTINCT other.name`,
    expected: ["Hassan Kazemi Qomi"],
  },
  {
    id: "q08",
    source:
      "004: US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May",
    question: "How many times did Crocker and Kazemi Qomi meet?",
    cypher: `MATCH (:Person {name: "Ryan Crocker"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(:Person {name: "Hassan Kazemi Qomi"})
             RETURN count(DISTINCT m)`,
    expected: [3],
  },
  {
    id: "q09",
    source:
      "001: Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home.",
    question: "Who hosted the first round, and did he take part in it?",
    cypher: `MATCH (m:Meeting {round: 1})-[:HOSTED_BY]->(host)
             RETURN host.name AS host, EXISTS { (host)-[:TOOK_PART_IN]->(m) } AS tookPart`,
    expected: [{ host: "Nouri al-Maliki", tookPart: false }],
  },
  {
    id: "q10",
    source:
      "001: The United States ambassador to Iraq gave details of his meeting with his Iranian counterpart, the first official meeting held between Tehran and Washington in over 27 years.",
    question: "Which countries took part in the first round?",
    cypher: `MATCH (c:Country)-[:TOOK_PART_IN]->(:Meeting {round: 1}) RETURN c.name`,
    expected: ["Iran", "United States"],
  },
  {
    id: "q11",
    source:
      "001: The United States ambassador to Iraq gave details of his meeting … Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday",
    question: "Who was the US ambassador to Iraq on 28 May 2007 (the day of the first round)?",
    cypher: `MATCH (p:Person)-[:HELD_POSITION]->(pos:Position)-[:OF]->(:Country {code: "USA"})
             WHERE pos.title = "United States Ambassador to Iraq"
               AND pos.fromStart <= date("2007-05-28")
               AND (pos.toEnd IS NULL OR pos.toEnd >= date("2007-05-28"))
             RETURN p.name`,
    expected: ["Ryan Crocker"],
  },
  {
    id: "q12",
    source:
      "004 (November 20, 2007): US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart …",
    question: "Who is the current US ambassador to Iraq, as the articles last report?",
    cypher: `MATCH (p:Person)-[:HELD_POSITION]->(pos:Position {title: "United States Ambassador to Iraq", current: true})
             RETURN p.name`,
    expected: ["Ryan Crocker"],
  },
  {
    id: "q13",
    source:
      "001: the National Council of Resistance of Iran, said earlier this week that Kazemi Qomi was currently an active member of the IRGC’s extra-territorial Qods Force.",
    question:
      "Is Kazemi Qomi a member of the Qods Force? (The article reports the NCRI's claim; it does not assert it.)",
    cypher: `MATCH (:Person {name: "Hassan Kazemi Qomi"})-[:HELD_POSITION]->(pos:Position)-[:OF]->(:Organization {name: "Qods Force"})
             RETURN pos.title`,
    expected: [],
  },
  {
    id: "q14",
    source:
      "001: The main Iranian opposition movement, the National Council of Resistance of Iran, said earlier this week that Kazemi Qomi was currently an active member of the IRGC’s extra-territorial Qods Force.",
    question:
      "Did Iran (its government or one of its state bodies) say anything about the Qods Force?",
    cypher: `MATCH (s:Statement)-[:ON_BEHALF_OF]->(o)-[:BELONGS_TO*0..1]->(:Country {code: "IRN"})
             WHERE s.text CONTAINS "Qods Force"
             RETURN s.text`,
    expected: [],
  },
  {
    id: "q15",
    source:
      "001: Kazemi Qomi, who was previously Iran’s charge d’affaires in Iraq, … was once the IRGC’s liaison to Hezbollah in Lebanon.",
    question: "Which positions had Kazemi Qomi left by then?",
    cypher: `MATCH (:Person {name: "Hassan Kazemi Qomi"})-[:HELD_POSITION]->(pos:Position)
             WHERE pos.current = false
             RETURN pos.title`,
    expected: ["IRGC liaison to Hezbollah in Lebanon", "Iranian Chargé d'Affaires in Iraq"],
  },
  {
    id: "q16",
    source:
      "001: “We made it clear from the American point of view that this is about actions, not just principles”, said Crocker.",
    question:
      "How many statements did Ryan Crocker make (his five quotes, and the July agreement)?",
    cypher: `MATCH (:Person {name: "Ryan Crocker"})-[:SAID]->(s:Statement) RETURN count(s)`,
    expected: [6],
  },
  {
    id: "q17",
    source:
      "001: Crocker met Iranian ambassador to Iraq, Hassan Kazemi Qomi, on Monday at Iraqi Prime Minister Nuri al-Maliki’s home.",
    question: "Which article says that Crocker represented the United States at the first round?",
    cypher: `MATCH (:Person {name: "Ryan Crocker"})-[:TOOK_PART_AS]->(x:Participation)-[:AT]->(:Meeting {round: 1})
             MATCH (x)-[:REPRESENTING]->(:Country {code: "USA"})
             MATCH (x)-[:REPORTED_BY]->(a:Article)
             RETURN DISTINCT a.id`,
    expected: ["article:001-crocker-meeting-iran-envoy"],
  },

  // ─── Article 002: Iran refuses talks ────────────────────────────────────────────────
  {
    id: "q18",
    source:
      "002: Iran announced on Sunday that it will not hold direct talks with the United States on the issue of Iraq.",
    question: "Did Zalmay Khalilzad meet Iran?",
    cypher: `MATCH (:Person {name: "Zalmay Khalilzad"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(:Country {code: "IRN"})
             RETURN m.title`,
    expected: [],
  },
  {
    id: "q19",
    source:
      "002: “The issue of negotiations between Iran and the U.S. regarding Iraq is no longer on the table”, Iran’s newly-appointed ambassador to Iraq Hassan Kazemi Qomi told the official new agency.",
    question: "Who said the talks were no longer on the table, and for whom?",
    cypher: `MATCH (p:Person)-[:SAID]->(s:Statement)-[:ON_BEHALF_OF]->(c:Country)
             WHERE s.text CONTAINS "no longer on the table"
             RETURN p.name AS speaker, c.name AS for`,
    expected: [{ speaker: "Hassan Kazemi Qomi", for: "Iran" }],
  },
  {
    id: "q20",
    source:
      "002: The United States and Iraqi officials routinely blame Tehran for aiding the insurgency.",
    question: "Which countries blame Tehran for aiding the insurgency?",
    cypher: `MATCH (c:Country)<-[:ON_BEHALF_OF]-(s:Statement)-[:DIRECTED_AT]->(:Country {code: "IRN"})
             WHERE s.text CONTAINS "blame Tehran"
             RETURN DISTINCT c.name`,
    expected: ["Iraq", "United States"],
  },
  {
    id: "q21",
    source:
      "002: U.S. President George W. Bush had authorised the American ambassador to Iraq Zalmay Khalilzad to discuss the security situation in Iraq with Iran.",
    question: "Who authorised Khalilzad to discuss Iraq with Iran?",
    cypher: `MATCH (p:Person)-[:SAID]->(:Statement)-[:MENTIONS]->(:Person {name: "Zalmay Khalilzad"})
             RETURN DISTINCT p.name`,
    expected: ["George W. Bush"],
  },

  // ─── Article 003: Zarif and Kerry in New York (Persian) ─────────────────────────────
  {
    id: "q22",
    source:
      "003: به گزارش عصرایران، این دیدار در محل اقامتگاه نماینده ایران در سازمان ملل متحد در نیویورک برگزار شد.",
    question: "Where did Zarif and Kerry meet, and in which city is it?",
    cypher: `MATCH (:Person {name: "Mohammad Javad Zarif"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(:Person {name: "John Kerry"})
             MATCH (m)-[:HELD_AT]->(venue:Place)-[:LOCATED_IN]->(city:Place)
             RETURN venue.name AS venue, city.name AS city`,
    expected: [
      { venue: "Residence of Iran's representative to the United Nations", city: "New York" },
    ],
  },
  {
    id: "q23",
    source:
      '003: وزیر امور خارجه آمریکا در اجلاس ان پی تی گفت:"ما در واقع بیش از هر زمان دیگری به یک توافق خوب و جامع … نزدیک ترشده ایم',
    question: "What did Kerry say at the NPT conference (in English)?",
    cypher: `MATCH (:Person {name: "John Kerry"})-[:SAID]->(s:Statement)-[:DURING]->(m:Meeting)
             WHERE m.title CONTAINS "NPT"
             RETURN s.translation STARTS WITH "We are in fact closer than ever"`,
    expected: [true],
  },
  {
    id: "q24",
    source:
      "003: جان کری پیش از این ملاقات گفته بود که … برای بازگشت حوثیها پای میز مذاکره در یمن تلاش کند.",
    question:
      "Find the Houthis by their usual Persian spelling, with a zero-width non-joiner: حوثی‌ها",
    cypher: `CALL db.index.fulltext.queryNodes("entityNames", "حوثی‌ها") YIELD node RETURN node.name`,
    expected: ["Houthis"],
  },
  {
    id: "q25",
    source:
      "003: جان کری پیش از این ملاقات گفته بود که … برای بازگشت حوثیها پای میز مذاکره در یمن تلاش کند.",
    question: "Find the Houthis by the singular, حوثی",
    cypher: `CALL db.index.fulltext.queryNodes("entityNames", "حوثی") YIELD node RETURN node.name`,
    expected: ["Houthis"],
  },

  // ─── Article 004: the rounds of 2007 ────────────────────────────────────────────────
  {
    id: "q26",
    source:
      "004: US Ambassador to Baghdad Ryan Crocker and his Iranian counterpart Hassan Kazemi Qomi have held three rounds of talks in Baghad since May",
    question: "Which meetings did the United States and Iran both take part in?",
    cypher: `MATCH (:Country {code: "USA"})-[:TOOK_PART_IN]->(m:Meeting)<-[:TOOK_PART_IN]-(:Country {code: "IRN"})
             RETURN m.id`,
    expected: [
      "meeting:us-iran-iraq-talks-round-1",
      "meeting:us-iran-iraq-talks-round-2",
      "meeting:us-iran-security-subcommittee-first-meeting",
      "meeting:zarif-kerry-new-york",
    ],
  },
  {
    id: "q27",
    source: "004: The subcommittee met in August for the first time in Baghdad",
    question: "When did the security subcommittee first meet?",
    cypher: `MATCH (o:Organization {name: "US–Iran security subcommittee on Iraq"})-[:TOOK_PART_IN]->(m:Meeting)
             RETURN m.date ORDER BY m.dateStart LIMIT 1`,
    expected: ["2007-08"],
  },
  {
    id: "q28",
    source:
      "004: Iran is accepting an offer for continued talks … Foreign Minister Manouchehr Mottaki welcomed a fourth round of discussions.",
    question: "Has the fourth round taken place?",
    cypher: `MATCH (m:Meeting {round: 4}) RETURN m.status`,
    expected: ["PLANNED"],
  },
  {
    id: "q29",
    source:
      '004: "Iran will give a positive response to this request," Mottaki was quoted as saying by IRNA',
    question: "Who relayed Mottaki's words?",
    cypher: `MATCH (:Person {name: "Manouchehr Mottaki"})-[:SAID]->(:Statement)-[:RELAYED_BY]->(o:Organization)
             RETURN DISTINCT o.name`,
    expected: ["IRNA"],
  },
  {
    id: "q30",
    source:
      "004: Mottaki said Iran's consent for a fourth round of talks comes after Teheran received an official US request for talks through the Swiss Embassy",
    question: "Through whom did the United States send its request for talks?",
    cypher: `MATCH (s:Statement)-[:ON_BEHALF_OF]->(:Country {code: "USA"})
             WHERE s.text CONTAINS "request"
             MATCH (s)-[:RELAYED_BY]->(o:Organization)
             RETURN DISTINCT o.name`,
    expected: ["Swiss Embassy in Tehran"],
  },
  {
    id: "q31",
    source:
      "004 (November 20, 2007): … with the state IRNA news agency saying Tuesday that Foreign Minister Manouchehr Mottaki welcomed a fourth round",
    question: "Who was Iran's foreign minister on 20 November 2007?",
    cypher: `MATCH (p:Person)-[:HELD_POSITION]->(pos:Position)-[:OF]->(:Country {code: "IRN"})
             WHERE pos.title = "Foreign Minister of Iran"
               AND pos.fromStart <= date("2007-11-20")
               AND (pos.toEnd IS NULL OR pos.toEnd >= date("2007-11-20"))
             RETURN p.name`,
    expected: ["Manouchehr Mottaki"],
  },
  {
    id: "q32",
    source:
      "004: Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq.",
    question: "What did Crocker agree jointly with Kazemi Qomi?",
    cypher: `MATCH (:Person {name: "Ryan Crocker"})-[:SAID]->(s:Statement)-[:JOINT_WITH]->(:Statement)<-[:SAID]-(:Person {name: "Hassan Kazemi Qomi"})
             RETURN s.text`,
    expected: [
      "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq.",
    ],
  },
  {
    id: "q33",
    source:
      "004: Crocker and Qomi agreed during their July talks …; The subcommittee met in August … and agreed to meet again at a later date; 002: The United States and Iraqi officials routinely blame Tehran",
    question: "What did the United States say jointly with another party, and with whom?",
    cypher: `MATCH (s:Statement)-[:ON_BEHALF_OF]->(:Country {code: "USA"})
             MATCH (s)-[:JOINT_WITH]->(:Statement)-[:ON_BEHALF_OF]->(partner)
             RETURN s.text AS text, partner.name AS partner`,
    expected: [
      {
        text: "Crocker and Qomi agreed during their July talks to set up a security subcommittee to carry forward talks on restoring stability in Iraq.",
        partner: "Iran",
      },
      { text: "agreed to meet again at a later date", partner: "Iran" },
      {
        text: "The United States and Iraqi officials routinely blame Tehran for aiding the insurgency.",
        partner: "Iraq",
      },
    ],
  },
  {
    id: "q34",
    source:
      "004: But in recent weeks, US officials have said Teheran appears to have halted the flow of arms across its border into Iraq.",
    question:
      "What did the United States say to Iran first, by date? (The July agreement precedes 'in recent weeks' before 20 November.)",
    cypher: `MATCH (s:Statement)-[:ON_BEHALF_OF]->(:Country {code: "USA"})
             MATCH (s)-[:DIRECTED_AT]->(:Country {code: "IRN"})
             WHERE s.dateStart IS NOT NULL
             RETURN s.id ORDER BY s.dateStart, s.id LIMIT 1`,
    expected: ["statement:crocker-agrees-to-set-up-security-subcommittee"],
  },
  {
    id: "q35",
    source:
      "004 (November 20, 2007): But in recent weeks, US officials have said Teheran appears to have halted the flow of arms",
    question: "Does 'in recent weeks' lie within the weeks before 20 November 2007?",
    cypher: `MATCH (s:Statement) WHERE s.text CONTAINS "in recent weeks"
             RETURN s.dateStart >= date("2007-09-01") AND s.dateEnd <= date("2007-11-20")`,
    expected: [true],
  },
  {
    id: "q36",
    source:
      "004: US Ambassador to Baghdad Ryan Crocker … have held three rounds of talks in Baghad since May",
    question: "In which city were the rounds of talks held?",
    cypher: `MATCH (m:Meeting)-[:HELD_AT]->(:Place)-[:LOCATED_IN*0..1]->(city:Place {kind: "city"})
             WHERE m.round IN [1, 2, 3]
             RETURN DISTINCT city.name`,
    expected: ["Baghdad"],
  },
];

/**
 * The questions the model before issue 20's changes answered wrongly: 16 of 35 (19 passed).
 * (q30 was first written without `WHERE s.text CONTAINS "request"` and also found Reuters,
 * which relayed Kerry's words: my Cypher's fault, not the model's; corrected before counting.)
 */
const FAILED_ON_THE_OLD_MODEL: readonly string[] = [
  "q02", // Khatami "attended" the Alliance meeting he was only invited to (item 1)
  "q08", // Crocker and Kazemi Qomi met twice, not three times (item 3)
  "q11", // no position has a date: nobody held the ambassadorship on 28 May 2007 (item 4)
  "q12", // two "current" US ambassadors to Iraq (item 4)
  "q13", // the NCRI's claim stored as Kazemi Qomi's position (item 5)
  "q14", // the NCRI counted as a body of the Iranian state (item 8)
  "q17", // a participation has no source sentence (item 8)
  "q18", // Khalilzad "met" Iran at talks Iran refused (item 1)
  "q24", // حوثی‌ها with a zero-width non-joiner finds nothing (item 9)
  "q25", // حوثی finds nothing (item 9)
  "q26", // declined and planned meetings count as meetings both took part in (item 1)
  "q31", // no position has a date (item 4)
  "q32", // JOINT_WITH points one way only (item 6)
  "q33", // joint acts stored three ways (item 6)
  "q34", // "in recent weeks" sorts as 1 January 2007 (item 7)
  "q35", // "in recent weeks" stored as the whole year 2007 (item 7)
];

/** Known failures still to fix: they run as `it.fails`. */
const FIXED = new Set([
  "q02", // attendance only at meetings that took place (item 1)
  "q08", // Crocker and Kazemi Qomi took part in all three rounds (item 3)
  "q17", // participations have their sentence (item 8)
  "q18", // item 1
  "q26", // item 1
  "q11", // offices have dates from the articles (item 4)
  "q12", // one current US ambassador to Iraq (item 4)
  "q13", // the NCRI's claim is ALLEGEDLY_HELD, not HELD_POSITION (item 5)
  "q31", // item 4
  "q32", // JOINT_WITH both ways (item 6)
  "q33", // every joint act one statement per side (item 6)
  "q34", // "in recent weeks" is a range of the weeks before 20 November 2007 (item 7)
  "q35", // item 7
  "q14", // the NCRI is no body of the Iranian state (item 8)
  "q24", // searchNames: ZWNJ removed, plural stripped (item 9)
  "q25", // item 9
]);
const STILL_FAILING = new Set(FAILED_ON_THE_OLD_MODEL.filter((id) => !FIXED.has(id)));

describe("an analyst's questions from the articles, with the obvious Cypher", () => {
  it("has at least 25 questions, each with a distinct id", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const id of FAILED_ON_THE_OLD_MODEL) expect(QUESTIONS.map((q) => q.id)).toContain(id);
  });

  for (const q of QUESTIONS) {
    const test = STILL_FAILING.has(q.id) ? it.fails : it;
    test(`${q.id} ${q.question} — ${q.source}`, async () => {
      const rows = await ask(q.cypher);
      if (q.ordered) expect(rows).toEqual(q.expected);
      else expect(sortRows(rows)).toEqual(sortRows(q.expected));
    });
  }
});
