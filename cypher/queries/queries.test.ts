/**
 * The analyst query library (cypher/queries/*.cypher) against the seeded graph: every
 * file's header is well formed, its example runs, and its answers are the expected ones.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseQueryFile, withOptionalParams } from "../../src/queries/library.ts";
import { runReadQuery } from "../../test/support/neo4j.ts";

const dir = fileURLToPath(new URL("./", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".cypher"))
  .sort();

interface Header {
  name: string;
  question: string;
  params: string;
  example: string;
}

function header(file: string): Header {
  const text = readFileSync(`${dir}${file}`, "utf8");
  const lines = text.split("\n");
  const field = (key: string, index: number) => {
    const match = lines[index]?.match(new RegExp(`^// ${key}: (.+)$`));
    if (!match?.[1]) throw new Error(`${file}: line ${index + 1} is not "// ${key}: ..."`);
    return match[1];
  };
  return {
    name: field("name", 0),
    question: field("question", 1),
    params: field("params", 2),
    example: field("example", 3),
  };
}

function cypher(name: string): string {
  return readFileSync(`${dir}${name}.cypher`, "utf8");
}

/** The parameters the example line passes (`key=value` after the query name). */
function exampleParams(h: Header): Record<string, string> {
  const [, args = ""] = h.example.split(`npm run query -- ${h.name}`);
  return Object.fromEntries(
    args
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((arg) => {
        const eq = arg.indexOf("=");
        return [arg.slice(0, eq), arg.slice(eq + 1)];
      }),
  );
}

/** Runs a library query, its optional parameters (a page's after and limit) left out. */
function run(name: string, params: Record<string, unknown>) {
  const query = parseQueryFile(`${dir}${name}.cypher`, cypher(name));
  return runReadQuery(query.cypher, withOptionalParams(query, params));
}

describe("query library files", () => {
  it("contains the required queries and the extra ones", () => {
    expect(files).toEqual([
      "actor-statements.cypher",
      "article-facts.cypher",
      "country-pair-timeline.cypher",
      "find-meetings.cypher",
      "meeting-details.cypher",
      "meetings-between.cypher",
      "person-counterparts.cypher",
      "positions-at.cypher",
      "relayed-statements.cypher",
      "said-about-topic.cypher",
      "search-entities.cypher",
      "search-statements.cypher",
      "shortest-connection.cypher",
      "statements-for.cypher",
      "talks-rounds.cypher",
    ]);
  });

  for (const file of files) {
    it(`${file} has a well-formed header whose example runs and returns rows`, async () => {
      const h = header(file);
      expect(h.name).toBe(file.replace(/\.cypher$/, ""));
      expect(h.question).toMatch(/\?$/);
      expect(h.example.startsWith(`npm run query -- ${h.name}`)).toBe(true);
      const params = exampleParams(h);
      const declared =
        h.params === "none" ? [] : [...h.params.matchAll(/(?:^|, )(\w+) \(/g)].map((m) => m[1]);
      // `name? (…)`: may be left out, and is then null (a paged query's after and limit).
      const optional =
        h.params === "none" ? [] : [...h.params.matchAll(/(?:^|, )(\w+)\? \(/g)].map((m) => m[1]);
      expect(Object.keys(params).sort()).toEqual([...declared].sort());
      const used = [...new Set([...cypher(h.name).matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
      expect(used).toEqual([...declared, ...optional].sort());
      const rows = await run(h.name, {
        ...Object.fromEntries(optional.map((name) => [name, null])),
        ...params,
      });
      expect(rows.length).toBeGreaterThan(0);
    });
  }
});

describe("meetings-between", () => {
  it("finds the three Crocker–Kazemi Qomi rounds, oldest first", async () => {
    const rows = await run("meetings-between", {
      a: "person:ryan-crocker",
      b: "person:hassan-kazemi-qomi",
    });
    expect(rows.map((r) => [r.meeting, r.date, r.round, r.status])).toEqual([
      ["meeting:us-iran-iraq-talks-round-1", "2007-05-28", 1, "HELD"],
      ["meeting:us-iran-iraq-talks-round-2", "2007-07", 2, "HELD"],
      ["meeting:us-iran-security-subcommittee-first-meeting", "2007-08", 3, "HELD"],
    ]);
    expect(rows[0]?.place).toBe("Home of Prime Minister Nouri al-Maliki");
    expect(rows[0]?.participants).toEqual([
      "Hassan Kazemi Qomi (Iranian ambassador to Iraq) for Iran",
      "Ryan Crocker (United States ambassador to Iraq) for United States",
    ]);
  });

  it("lets a country take part through its representatives, meetings that took place only, undated last", async () => {
    const rows = await run("meetings-between", { a: "country:USA", b: "country:IRN" });
    expect(rows.map((r) => [r.meeting, r.status])).toEqual([
      ["meeting:us-iran-iraq-talks-round-1", "HELD"],
      ["meeting:us-iran-iraq-talks-round-2", "HELD"],
      ["meeting:us-iran-security-subcommittee-first-meeting", "HELD"],
      ["meeting:zarif-kerry-new-york", "HELD"],
    ]);
  });

  it("lists a body taking part as such by its name", async () => {
    const rows = await run("meetings-between", {
      a: "org:us-iran-security-subcommittee",
      b: "country:IRN",
    });
    expect(rows.map((r) => r.participants)).toEqual([
      [
        "Hassan Kazemi Qomi (Iranian ambassador to Iraq) for Iran",
        "Ryan Crocker (US Ambassador to Baghdad) for United States",
        "US–Iran security subcommittee on Iraq (security subcommittee, meeting for the first time)",
      ],
    ]);
  });

  it("mixes kinds of actor: a person and the country on the other side", async () => {
    const rows = await run("meetings-between", { a: "person:john-kerry", b: "country:IRN" });
    expect(rows.map((r) => r.meeting)).toEqual(["meeting:zarif-kerry-new-york"]);
  });

  it("finds an organization's meeting through the person who represented it", async () => {
    const rows = await run("meetings-between", {
      a: "org:united-nations",
      b: "person:mohammad-khatami",
    });
    expect(rows.map((r) => r.meeting)).toEqual(["meeting:annan-khatami-at-the-un"]);
  });

  it("returns nothing for actors who never met", async () => {
    expect(
      await run("meetings-between", { a: "person:kofi-annan", b: "person:ryan-crocker" }),
    ).toEqual([]);
  });
});

describe("person-counterparts", () => {
  it("counts Crocker's held meetings with Kazemi Qomi", async () => {
    const rows = await run("person-counterparts", { person: "person:ryan-crocker" });
    expect(rows).toEqual([
      {
        counterpart: "person:hassan-kazemi-qomi",
        name: "Hassan Kazemi Qomi",
        meetings: 3,
        representing: ["Iran"],
        roles: ["Iranian ambassador to Iraq"],
        meetingTitles: [
          "US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi",
          "US–Iran talks on Iraq, round 2: Crocker and Kazemi Qomi (July)",
          "US–Iran talks on Iraq, round 3: first meeting of the security subcommittee (August)",
        ],
      },
    ]);
  });

  it("does not count planned or declined meetings", async () => {
    const rows = await run("person-counterparts", { person: "person:zalmay-khalilzad" });
    expect(rows).toEqual([]);
  });
});

describe("said-about-topic", () => {
  it("lists what was said about Iran–US talks on Iraq, dated first, with speakers and sources", async () => {
    const rows = await run("said-about-topic", { topic: "topic:iran-us-talks-on-iraq" });
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 4).map((r) => [r.statement, r.date])).toEqual([
      ["statement:mnf-i-atmosphere-cordial-and-business-like", "2007-05-30"],
      ["statement:iran-side-agrees-to-meet-again-in-subcommittee", "2007-08"],
      ["statement:us-side-agrees-to-meet-again-in-subcommittee", "2007-08"],
      ["statement:mottaki-iran-will-respond-positively", "2007-11-20"],
    ]);
    expect(rows.slice(4).every((r) => r.date === null)).toBe(true);
    const mottaki = rows[3];
    expect(mottaki?.speakers).toEqual(["Manouchehr Mottaki"]);
    expect(mottaki?.relayedBy).toEqual(["IRNA"]);
    expect(mottaki?.onBehalfOf).toEqual(["Iran"]);
    expect(mottaki?.sources).toHaveLength(2);
    expect(String((mottaki?.sources as string[] | undefined)?.[0])).toMatch(
      /^article:004-iran-welcomes-fourth-round: /,
    );
  });

  it("returns Persian statements with their English translation", async () => {
    const rows = await run("said-about-topic", { topic: "topic:yemen-negotiations" });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.language).toBe("fa");
    expect(rows[0]?.translation).toMatch(/Houthis' return to the negotiating table in Yemen/);
    expect(rows[0]?.directedAt).toEqual(["Mohammad Javad Zarif"]);
  });
});

describe("article-facts", () => {
  it("lists article 003's facts once each despite its repeated paragraph", async () => {
    const rows = await run("article-facts", { article: "article:003-zarif-kerry-new-york" });
    expect(rows.map((r) => [r.type, r.id])).toEqual([
      ["Meeting", "meeting:npt-review-conference-new-york"],
      ["Meeting", "meeting:zarif-kerry-new-york"],
      ["Participation", "participation:npt-review-conference-new-york--john-kerry"],
      ["Participation", "participation:zarif-kerry-new-york--john-kerry"],
      ["Participation", "participation:zarif-kerry-new-york--mohammad-javad-zarif"],
      ["Position", "position:john-kerry--us-secretary-of-state"],
      ["Position", "position:mohammad-javad-zarif--foreign-minister-of-iran"],
      ["Statement", "statement:kerry-closer-than-ever-to-agreement"],
      ["Statement", "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks"],
      ["Statement", "statement:kerry-tough-talks-ahead"],
    ]);
    const excerpts = rows.flatMap((r) => r.excerpts as string[]);
    expect(excerpts).toHaveLength(14);
    // The seven distinct body lines; the six repeated ones add nothing.
    expect(new Set(excerpts).size).toBe(7);
    expect(
      rows.find((r) => r.id === "statement:kerry-closer-than-ever-to-agreement")?.fact,
    ).toMatch(/^John Kerry: We are in fact closer than ever/);
  });

  it("shows which other articles report the same fact", async () => {
    const rows = await run("article-facts", { article: "article:001-crocker-meeting-iran-envoy" });
    expect(rows).toHaveLength(20);
    expect(rows.find((r) => String(r.id).endsWith("round-1--ryan-crocker"))?.fact).toBe(
      "Ryan Crocker took part in US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi (United States ambassador to Iraq) for United States",
    );
    const round1 = rows.find((r) => r.id === "meeting:us-iran-iraq-talks-round-1");
    expect(round1?.alsoReportedBy).toEqual(["article:004-iran-welcomes-fourth-round"]);
    expect(round1?.fact).toBe("US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi [HELD]");
  });
});

describe("shortest-connection", () => {
  it("connects the two envoys through the meetings they both attended", async () => {
    const rows = await run("shortest-connection", {
      a: "person:ryan-crocker",
      b: "person:hassan-kazemi-qomi",
    });
    expect(rows.every((r) => r.hops === 2)).toBe(true);
    expect(rows.map((r) => (r.nodeIds as string[])[1])).toEqual([
      "meeting:us-iran-iraq-talks-round-1",
      "meeting:us-iran-iraq-talks-round-2",
      "meeting:us-iran-security-subcommittee-first-meeting",
    ]);
    expect(rows[0]?.steps).toEqual([
      "Ryan Crocker —TOOK_PART_IN→ US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi",
      "US–Iran talks on Iraq, round 1: Crocker meets Kazemi Qomi ←TOOK_PART_IN— Hassan Kazemi Qomi",
    ]);
  });

  it("connects Khatami to Crocker in four hops through Iran", async () => {
    const rows = await run("shortest-connection", {
      a: "person:mohammad-khatami",
      b: "person:ryan-crocker",
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.hops === 4)).toBe(true);
    expect(rows.every((r) => (r.nodeIds as string[]).includes("country:IRN"))).toBe(true);
    expect((rows[0]?.steps as string[] | undefined)?.[0]).toBe(
      "Mohammad Khatami —HELD_POSITION→ position “President of Iran”",
    );
  });

  it("returns nothing for an actor and itself", async () => {
    expect(
      await run("shortest-connection", { a: "person:ryan-crocker", b: "person:ryan-crocker" }),
    ).toEqual([]);
  });
});

describe("positions-at", () => {
  it("gives Kazemi Qomi's positions on 20 November 2007: the ambassadorship the articles show held that day", async () => {
    const rows = await run("positions-at", {
      person: "person:hassan-kazemi-qomi",
      at: "2007-11-20",
    });
    // Former posts are out; the IRGC membership is shown only on 31 May 2007; the Qods Force
    // membership is the NCRI's claim, never held.
    expect(rows.map((r) => [r.title, r.assessment])).toEqual([
      ["Iranian Ambassador to Iraq", "held: the articles show it held then"],
    ]);
  });

  it("holds an office between the dates the articles show it held", async () => {
    const rows = await run("positions-at", { person: "person:ryan-crocker", at: "2007-08-15" });
    expect(rows.map((r) => [r.title, r.assessment, r.from, r.to])).toEqual([
      [
        "United States Ambassador to Iraq",
        "held: the articles show it held then",
        "2007-05-28",
        "2007-11-20",
      ],
    ]);
  });

  it("keeps former positions possible before they were reported as former", async () => {
    const rows = await run("positions-at", {
      person: "person:hassan-kazemi-qomi",
      at: "2006-01-01",
    });
    expect(rows.map((r) => [r.title, r.assessment])).toEqual([
      ["IRGC liaison to Hezbollah in Lebanon", "possible: the articles do not date it then"],
      ["Iranian Chargé d'Affaires in Iraq", "possible: the articles do not date it then"],
    ]);
  });

  it("uses date bounds: the Shah's reign ended in 1979", async () => {
    expect(
      await run("positions-at", { person: "person:mohammad-reza-pahlavi", at: "1980-01-01" }),
    ).toEqual([]);
    const during = await run("positions-at", {
      person: "person:mohammad-reza-pahlavi",
      at: "1978-06-01",
    });
    expect(during.map((r) => [r.title, r.to, r.assessment])).toEqual([
      ["Shah of Iran", "1979", "possible: the articles do not date it then"],
    ]);
  });
});

describe("country-pair-timeline", () => {
  it("orders the US–Iran events by date, undated last, with Goldstein scores and directions", async () => {
    const rows = await run("country-pair-timeline", { a: "country:USA", b: "country:IRN" });
    expect(rows).toHaveLength(27);
    expect(
      rows.slice(0, 9).map((r) => [r.date, r.type, r.id, r.direction, r.cameo, r.goldstein]),
    ).toEqual([
      ["2007-05-28", "Meeting", "meeting:us-iran-iraq-talks-round-1", "USA ↔ IRN", "044", 2.5],
      ["2007-07", "Meeting", "meeting:us-iran-iraq-talks-round-2", "USA ↔ IRN", "044", 2.5],
      // The joint July agreement: one act per side, each speaking for its own government.
      [
        "2007-07",
        "Statement",
        "statement:crocker-agrees-to-set-up-security-subcommittee",
        "USA → IRN",
        "036",
        4,
      ],
      [
        "2007-07",
        "Statement",
        "statement:kazemi-qomi-agrees-to-set-up-security-subcommittee",
        "IRN → USA",
        "036",
        4,
      ],
      [
        "2007-08",
        "Meeting",
        "meeting:us-iran-security-subcommittee-first-meeting",
        "USA ↔ IRN",
        "044",
        2.5,
      ],
      [
        "2007-08",
        "Statement",
        "statement:iran-side-agrees-to-meet-again-in-subcommittee",
        "IRN → USA",
        "036",
        4,
      ],
      [
        "2007-08",
        "Statement",
        "statement:us-side-agrees-to-meet-again-in-subcommittee",
        "USA → IRN",
        "036",
        4,
      ],
      // 004: "in recent weeks", in a story of 20 November 2007: after August, not 1 January.
      [
        "2007-09-25/2007-11-20",
        "Statement",
        "statement:us-officials-say-tehran-halted-arms-flow",
        "USA → IRN",
        "010",
        0,
      ],
      [
        "2007-11-20",
        "Statement",
        "statement:mottaki-iran-will-respond-positively",
        "IRN → USA",
        "036",
        4,
      ],
    ]);
    expect(rows.slice(9).every((r) => r.date === null)).toBe(true);
    const rejection = rows.find(
      (r) => r.id === "statement:kazemi-qomi-talks-no-longer-on-the-table",
    );
    expect([rejection?.direction, rejection?.cameo, rejection?.goldstein]).toEqual([
      "IRN → USA",
      "125",
      -5,
    ]);
  });

  it("leaves out meetings that were not held (their statements carry the events)", async () => {
    const rows = await run("country-pair-timeline", { a: "country:IRN", b: "country:USA" });
    const ids = rows.map((r) => r.id);
    expect(ids).not.toContain("meeting:us-iran-iraq-talks-round-4");
    expect(ids).not.toContain("meeting:proposed-iran-us-talks-on-iraq");
    expect(ids).toContain("statement:us-requests-new-round-of-talks-via-swiss-embassy");
  });

  it("finds Iraq's appeal to the US to meet Iran", async () => {
    const rows = await run("country-pair-timeline", { a: "country:IRQ", b: "country:USA" });
    expect(rows.map((r) => [r.id, r.direction, r.cameo])).toEqual([
      ["statement:iraqi-officials-propose-iran-us-talks", "IRQ → USA", "026"],
      ["statement:maliki-invites-us-and-iran-to-meet-again", "IRQ → USA", "026"],
    ]);
  });
});

describe("relayed-statements", () => {
  it("names each relay and whose statements it passed on", async () => {
    const rows = await run("relayed-statements", {});
    expect(rows.map((r) => [r.relay, r.relayKind, r.source, r.statements])).toEqual([
      ["IRNA", "news_outlet", "Manouchehr Mottaki", 2],
      ["Reuters", "news_outlet", "John Kerry", 1],
      ["Swiss Embassy in Tehran", "diplomatic_mission", "United States", 1],
    ]);
  });
});

describe("search queries", () => {
  it("finds an entity by its Persian name", async () => {
    const rows = await run("search-entities", { q: "ظریف" });
    expect(rows.map((r) => [r.id, r.type])).toEqual([["person:mohammad-javad-zarif", "Person"]]);
  });

  it("finds a statement by a Persian word and by a word of its translation", async () => {
    const persian = await run("search-statements", { q: "توافق" });
    expect(persian.map((r) => r.statement)).toEqual([
      "statement:kerry-closer-than-ever-to-agreement",
    ]);
    const english = await run("search-statements", { q: "comprehensive" });
    expect(english.map((r) => r.statement)).toEqual([
      "statement:kerry-closer-than-ever-to-agreement",
    ]);
  });
});

describe("meeting-details and talks-rounds", () => {
  it("gathers a meeting's participants, host, statements and sources from both articles", async () => {
    const [row] = await run("meeting-details", { meeting: "meeting:us-iran-iraq-talks-round-1" });
    expect(row?.hostedBy).toEqual(["Nouri al-Maliki"]);
    expect(row?.heldAt).toEqual(["Home of Prime Minister Nouri al-Maliki"]);
    expect(row?.followedBy).toBe("meeting:us-iran-iraq-talks-round-2");
    expect(row?.follows).toBeNull();
    expect(row?.statements).toHaveLength(6);
    expect(((row?.sources ?? []) as string[]).map((s) => s.split(": ")[0])).toEqual([
      "article:001-crocker-meeting-iran-envoy",
      "article:001-crocker-meeting-iran-envoy",
      "article:004-iran-welcomes-fourth-round",
      "article:004-iran-welcomes-fourth-round",
    ]);
  });

  it("lists the four rounds in order from any of them", async () => {
    const rows = await run("talks-rounds", { meeting: "meeting:us-iran-iraq-talks-round-2" });
    expect(rows.map((r) => [r.round, r.status, r.roundInferred])).toEqual([
      [1, "HELD", false],
      [2, "HELD", true],
      [3, "HELD", true],
      [4, "PLANNED", false],
    ]);
  });
});

describe("actor-statements", () => {
  it("lists what Kerry said and what was directed at Zarif", async () => {
    const kerry = await run("actor-statements", { actor: "person:john-kerry" });
    expect(kerry.map((r) => [r.role, r.statement])).toEqual([
      ["SAID", "statement:kerry-closer-than-ever-to-agreement"],
      ["SAID", "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks"],
      ["SAID", "statement:kerry-tough-talks-ahead"],
    ]);
    const zarif = await run("actor-statements", { actor: "person:mohammad-javad-zarif" });
    expect(zarif.map((r) => [r.role, r.statement])).toEqual([
      ["DIRECTED_AT", "statement:kerry-to-ask-iran-to-bring-houthis-back-to-talks"],
    ]);
  });
});

describe("paged queries", () => {
  const paged: Array<[string, Record<string, string>, string]> = [
    ["meetings-between", { a: "country:USA", b: "country:IRN" }, "meeting"],
    ["said-about-topic", { topic: "topic:iran-us-talks-on-iraq" }, "statement"],
    ["statements-for", { actor: "country:USA" }, "statement"],
    ["actor-statements", { actor: "country:IRN" }, "cursor"],
    ["find-meetings", { q: "US-Iran" }, "meeting"],
    ["country-pair-timeline", { a: "country:USA", b: "country:IRN" }, "id"],
    ["relayed-statements", {}, "cursor"],
  ];

  for (const [name, params, column] of paged) {
    it(`${name}: pages of 2, each after the last row of the one before, add up to the whole list in order`, async () => {
      const whole = await run(name, params);
      expect(whole.length).toBeGreaterThan(2);
      const pages: unknown[] = [];
      let after: unknown = null;
      for (let page = 0; page < whole.length; page++) {
        const rows = await run(name, { ...params, after, limit: "2" });
        if (rows.length === 0) break;
        expect(rows.length).toBeLessThanOrEqual(2);
        pages.push(...rows);
        after = rows.at(-1)?.[column];
      }
      expect(pages).toEqual(whole);
    });

    it(`${name}: an after that names nothing gives no rows, not the first page again`, async () => {
      expect(await run(name, { ...params, after: `${column}:no-such-thing` })).toEqual([]);
    });
  }

  it("search-statements and person-counterparts give the best `limit` rows", async () => {
    const all = await run("search-statements", { q: "Iran" });
    expect(all.length).toBeGreaterThan(2);
    const best = await run("search-statements", { q: "Iran", limit: "2" });
    expect(best.map((row) => row.score)).toEqual(all.slice(0, 2).map((row) => row.score));
    const counterparts = await run("person-counterparts", { person: "person:ryan-crocker" });
    expect(await run("person-counterparts", { person: "person:ryan-crocker", limit: "1" })).toEqual(
      counterparts.slice(0, 1),
    );
  });

  it("meetings-between gives 100 rows unless limit says otherwise", async () => {
    const query = parseQueryFile(`${dir}meetings-between.cypher`, cypher("meetings-between"));
    expect(query.pages).toEqual({ after: "meeting", limit: 100 });
    expect(
      await run("meetings-between", { a: "country:USA", b: "country:IRN", limit: "1" }),
    ).toHaveLength(1);
  });
});
