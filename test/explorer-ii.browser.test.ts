/**
 * Explorer II (issue 21): a picture that tells the truth, with the evidence one click away,
 * on a desktop and on a phone. Each finding of the issue (1–12) and each new view has a test
 * here, run at 1280×900 and at 390×844, in headless Chromium against the real application and
 * the seeded Neo4j. Every request to a host other than this machine is aborted and recorded;
 * every GraphQL request must be one of the typed operations in operations/; axe-core's WCAG 2
 * A/AA rules run on every view at both sizes. Screenshots go to test-results/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApplication } from "../src/application.ts";
import { paths } from "../src/config/paths.ts";
import { loadExampleOperations } from "../src/http/graphiql.ts";
import {
  chromiumPath,
  launchChromium,
  NO_CHROMIUM,
  type OfflinePage,
  openOfflinePage,
  sentOperation,
} from "./support/browser.ts";
import { startTestApplication } from "./support/http.ts";

const skipReason = `skipped: ${NO_CHROMIUM}`;
if (!chromiumPath) console.warn(`explorer-ii.browser.test.ts: ${skipReason}`);

const artifacts = join(paths.root, "test-results");
const typedOperations = new Set(
  loadExampleOperations(join(paths.root, "operations")).map((operation) => operation.name),
);

const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

let app: RunningApplication;
let browser: Browser;

beforeAll(async () => {
  if (!chromiumPath) return;
  mkdirSync(artifacts, { recursive: true });
  app = await startTestApplication();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!chromiumPath).each(viewports)(
  "explorer II at $name size ($width×$height)",
  (viewport) => {
    let offline: OfflinePage;
    let page: Page;
    const operationsSent: string[] = [];
    const graphqlFailures: string[] = [];
    const shot = (name: string) => join(artifacts, `explorer-${name}-${viewport.name}.png`);

    beforeAll(async () => {
      offline = await openOfflinePage(browser, { width: viewport.width, height: viewport.height });
      page = offline.page;
      page.on("request", (request) => {
        const sent = sentOperation(request);
        if (sent)
          operationsSent.push(
            `${sent.method} ${sent.operationName} ${sent.documentId === undefined ? "text" : "id"}`,
          );
      });
      page.on("response", async (response) => {
        if (!response.url().includes("/graphql")) return;
        const body = (await response.json().catch(() => ({}))) as { errors?: unknown[] };
        if (response.status() !== 200 || body.errors)
          graphqlFailures.push(`${response.status()} ${JSON.stringify(body.errors)}`);
      });
    }, 60_000);

    afterAll(async () => {
      await page?.context().close();
    });

    async function ready(view: string) {
      await page
        .locator(`main[data-view="${view}"][data-ready="true"]`)
        .waitFor({ timeout: 20_000 });
    }

    async function open(path: string, view: string) {
      await page.goto(`${app.url}/${path}`);
      await ready(view);
    }

    it("1. the network groups people with what they represent: no 'represents' line crosses another person, labels readable", async () => {
      await open("#/actor/person%3Aryan-crocker", "person");
      const canvas = page.locator(".network-canvas");
      await expect
        .poll(() => canvas.getAttribute("data-nodes"), { timeout: 15_000 })
        .not.toBeNull();
      const drawing = await canvas.evaluate((element) => {
        const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
        const box = (b: BoxLike) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
        return {
          zoom: cy.zoom(),
          people: cy.nodes(".person, .center").map((node) => ({
            id: node.id(),
            box: box(node.renderedBoundingBox({ includeLabels: false })),
            centre: node.renderedPosition(),
            parent: node.parent()[0]?.id() ?? null,
            fontSize: Number.parseFloat(String(node.style("font-size"))),
          })),
          parties: cy.nodes(".country, .organization").map((node) => ({
            id: node.id(),
            box: box(node.renderedBoundingBox({ includeLabels: false })),
          })),
          represents: cy.edges(".represented").map((edge) => ({
            person: edge.source().id(),
            party: edge.target().id(),
            from: edge.sourceEndpoint(),
            to: edge.targetEndpoint(),
          })),
        };
      });
      // Whom each counterpart represented, as the list beside the drawing says it.
      const listed = await page
        .getByRole("list", { name: "People Ryan Crocker met" })
        .locator("li")
        .evaluateAll((items) =>
          items.map((item) => ({
            person: item.querySelector("a")?.getAttribute("href") ?? "",
            parties: [...item.querySelectorAll(".representing a")].map(
              (a) => a.getAttribute("href") ?? "",
            ),
          })),
        );
      const idOf = (href: string) => decodeURIComponent(href.replace(/^#\/actor\//, ""));
      expect(listed.some((item) => item.parties.length > 0)).toBe(true);

      for (const item of listed) {
        const person = drawing.people.find((p) => p.id === idOf(item.person));
        expect(person, item.person).toBeDefined();
        for (const partyHref of item.parties) {
          const party = idOf(partyHref);
          // Grouped: drawn inside the box of what they represented, or tied to it by a line.
          const inside = person?.parent === party;
          const tied = drawing.represents.some((r) => r.person === person?.id && r.party === party);
          expect(inside || tied, `${person?.id} with ${party}`).toBe(true);
        }
      }
      // No "represents" line runs through a person it does not belong to.
      for (const line of drawing.represents) {
        for (const other of drawing.people.filter((p) => p.id !== line.person)) {
          expect(
            segmentCrossesBox(line.from, line.to, other.box),
            `${line.person} → ${line.party} crosses ${other.id}`,
          ).toBe(false);
        }
      }
      // Not one vertical line, and labels a reader can read (at least 12 px on screen).
      const xs = drawing.people.map((p) => p.centre.x);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(100);
      for (const person of drawing.people)
        expect(person.fontSize * drawing.zoom, person.id).toBeGreaterThanOrEqual(12);
      await canvas.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot("network") });
    }, 60_000);

    /** axe-core's WCAG 2 A/AA rules pass on what the page shows now. */
    async function accessible(what: string) {
      expect(await accessibilityViolations(page), `${what} at ${viewport.name} size`).toEqual([]);
    }

    /** The evidence panel, once open and loaded. */
    async function evidencePanel() {
      const dialog = page.locator('dialog.evidence[open][data-ready="true"]');
      await dialog.waitFor({ timeout: 20_000 });
      return dialog;
    }

    it("2. an allegation is shown as the NCRI's claim, never among the positions, its words and source one click away", async () => {
      await open("#/actor/person%3Ahassan-kazemi-qomi", "person");
      const positions = page.getByRole("list", { name: "Positions", exact: true });
      expect(await positions.innerText()).not.toContain("Qods Force");
      const claims = page.getByRole("list", { name: "Claimed by others" });
      const claim = claims.locator("li", { hasText: "Active member of the Qods Force" });
      expect(await claim.innerText()).toMatch(
        /Claimed\s+by National Council of Resistance of Iran/i,
      );
      await claim.getByRole("button", { name: /^The claim/ }).click();
      const dialog = await evidencePanel();
      expect(await dialog.locator(".fact-kind").first().innerText()).toMatch(
        /CLAIMED\s+by National Council of Resistance of Iran/i,
      );
      // The claim's own words, as the article reports them (not a quotation), and where.
      const words = dialog.locator("p.original.reported");
      expect(await words.first().innerText()).toContain(
        "Kazemi Qomi was currently an active member",
      );
      expect(await dialog.locator(".original.quoted").count()).toBe(0);
      expect(await dialog.locator(".article-line").first().innerText()).toContain(
        "Iran Focus · 31 May 2007",
      );
      expect(await dialog.locator("mark").first().innerText()).toContain(
        "said earlier this week that Kazemi Qomi was currently an active member",
      );
      await page.screenshot({ path: shot("claim-evidence") });
      await accessible("the evidence panel of a claim");
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("dialog.evidence[open]").count()).toBe(0);
      // Focus goes back to what opened the panel.
      expect(await page.evaluate("document.activeElement?.textContent")).toBe("The claim");
      await accessible("a person's page");
    }, 60_000);

    it("3. a reported claim has no quotation marks and says REPORTED; relayed words say via whom", async () => {
      await open(`#/search/Iraq`, "search");
      const bush = page.locator(".hit-Statement", { hasText: "George W. Bush had authorised" });
      expect(await bush.locator("q, blockquote, .quoted-inline").count()).toBe(0);
      expect(await bush.locator(".badge").first().innerText()).toMatch(/reported/i);
      const marks = await styleOf(bush.locator(".reported-inline"), "content", "::before");
      expect(marks === "none" || marks === "normal" || marks === '""').toBe(true);
      await accessible("search results");

      // A quotation keeps its marks; Mottaki's words came through IRNA, and say so.
      await open("#/actor/person%3Amanouchehr-mottaki", "person");
      const quote = page.locator("article.quote", {
        hasText: "Iran will give a positive response",
      });
      expect(await styleOf(quote.locator("blockquote.quoted"), "content", "::before")).toBe('"“"');
      expect(await quote.locator(".fact-kind").innerText()).toMatch(/VIA\s+IRNA/i);
      await quote.getByRole("button", { name: /^Evidence/ }).click();
      const dialog = await evidencePanel();
      expect(await dialog.locator(".fact-kind").first().innerText()).toMatch(/QUOTE.*VIA\s+IRNA/is);
      await page.screenshot({ path: shot("relay-evidence") });
      await accessible("the evidence panel of a relayed quote");
      await page.keyboard.press("Escape");
    }, 60_000);

    it("evidence panel: a line of the network opens the meetings behind it, each excerpt highlighted in its article", async () => {
      await open("#/actor/person%3Aryan-crocker", "person");
      const canvas = page.locator(".network-canvas");
      await expect
        .poll(() => canvas.getAttribute("data-nodes"), { timeout: 15_000 })
        .not.toBeNull();
      await canvas.scrollIntoViewIfNeeded();
      const middle = await canvas.evaluate((element) => {
        const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
        const edge = cy.edges(".met")[0];
        const box = element.getBoundingClientRect();
        const point = edge?.renderedMidpoint() ?? { x: 0, y: 0 };
        return { x: box.left + point.x, y: box.top + point.y };
      });
      await page.mouse.click(middle.x, middle.y);
      const dialog = await evidencePanel();
      expect(await dialog.locator("h2").innerText()).toContain(
        "Ryan Crocker and Hassan Kazemi Qomi",
      );
      expect(await dialog.locator("section.fact[data-meeting]").count()).toBe(3);
      const firstSource = dialog.locator(".source-in-article").first();
      const mark = await firstSource.locator("mark").innerText();
      const text = await firstSource.locator(".article-text").innerText();
      expect(mark.length).toBeGreaterThan(20);
      expect(text.length).toBeGreaterThan(mark.length);
      // The excerpt is scrolled into view inside the article's box.
      const [boxRect, markRect] = await Promise.all([
        firstSource.locator(".article-text").boundingBox(),
        firstSource.locator("mark").boundingBox(),
      ]);
      expect(markRect?.y ?? 0).toBeGreaterThanOrEqual((boxRect?.y ?? 0) - 1);
      expect(markRect?.y ?? 0).toBeLessThan((boxRect?.y ?? 0) + (boxRect?.height ?? 0));
      await page.screenshot({ path: shot("edge-evidence") });
      await accessible("the evidence panel of a network line");
      await dialog.getByRole("button", { name: "Close" }).click();
    }, 60_000);

    it("11. sources lead to the article: outlet and date, a page listing what it reports, Persian upright beside its translation, a supplied title marked", async () => {
      await open("#/actor/person%3Aryan-crocker", "person");
      const cite = page
        .locator('section[aria-labelledby="statements-heading"] article.quote cite')
        .first();
      expect(await cite.innerText()).toMatch(/^Iran Focus, 31 May 2007: /);
      await cite.getByRole("link").click();
      await ready("article");
      expect(await page.locator("h1").innerText()).toBe(
        "U.S.’s Crocker gives details of meeting with Iran envoy",
      );
      expect(await page.locator(".page-header").innerText()).toContain("Published 31 May 2007");
      for (const heading of ["Meetings", "Statements", "Positions"]) {
        const count = await page
          .getByRole("heading", { name: new RegExp(`^${heading} \\(`) })
          .innerText();
        expect(Number(/\((\d+)\)/.exec(count)?.[1]), heading).toBeGreaterThan(0);
      }
      expect(await page.locator(".article-full mark").count()).toBeGreaterThan(3);
      await page.screenshot({ path: shot("article"), fullPage: true });
      await accessible("an article's page");

      // The Persian article: its English title supplied and said so, its text right to left.
      await open("#/article/article%3A003-zarif-kerry-new-york", "article");
      expect(await page.locator(".supplied-note").innerText()).toContain("Title supplied");
      expect(await styleOf(page.locator(".article-full"), "direction")).toBe("rtl");
      const persian = page.locator(".reports li", { hasText: "ما در واقع" });
      expect(await persian.locator(".translation-inline").innerText()).toMatch(/English: /);
      await accessible("a Persian article's page");

      // On Zarif's page a Persian excerpt is upright, and its evidence sets it beside the
      // statement's translation.
      await open("#/actor/person%3Amohammad-javad-zarif", "person");
      await page.locator("details.meeting summary").first().click();
      const excerpt = page.locator('.excerpt[lang="fa"]').first();
      expect(await styleOf(excerpt, "fontStyle")).toBe("normal");
      const quote = page
        .locator('details.meeting[open] article.quote:has(.original[lang="fa"])')
        .first();
      await quote.getByRole("button", { name: /^Evidence/ }).click();
      const dialog = await evidencePanel();
      const pair = dialog.locator(".excerpt-pair.with-translation").first();
      expect(await pair.locator('.article-text[dir="rtl"] mark').count()).toBe(1);
      expect(await pair.locator('.translation[lang="en"]').innerText()).toContain("Translation");
      expect(await dialog.locator(".article-line").first().innerText()).toContain(
        "(title supplied)",
      );
      await page.screenshot({ path: shot("persian-evidence") });
      await accessible("the evidence panel of a Persian quote");
      await page.keyboard.press("Escape");
    }, 90_000);

    it("4. the pair draws every event, conflict included: undated ones at their article's date or apart, neither direction hiding the other", async () => {
      await open("#/pair/IRN/USA", "pair");
      const chart = page.locator(".pair-chart");
      await expect.poll(() => chart.getAttribute("data-points"), { timeout: 15_000 }).toBe("26");
      const marks = chart.locator('g[aria-label="dot"] a');
      expect(await marks.count()).toBe(26);
      const labels = await marks.evaluateAll((links) =>
        links.map(
          (link) =>
            link.getAttribute("aria-label") ??
            link.firstElementChild?.getAttribute("aria-label") ??
            "",
        ),
      );
      // The rejections and accusations are there (Goldstein −5, −2), undated as they are.
      expect(labels.filter((label) => /Goldstein -5\)/.test(label)).length).toBe(3);
      expect(labels.filter((label) => /Goldstein -2\)/.test(label)).length).toBeGreaterThanOrEqual(
        4,
      );
      expect(
        labels.filter((label) => label.includes("undated; reported 20 November 2007")).length,
      ).toBeGreaterThan(3);
      expect(labels.filter((label) => label.includes("date unknown")).length).toBe(8);
      expect(await chart.getByText("Date unknown (8)").count()).toBe(1);
      // No mark hides another: every two are apart on screen.
      const centres = await marks.evaluateAll((links) =>
        links.map((link) => {
          const r = (link.firstElementChild ?? link).getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }),
      );
      for (const [i, a] of centres.entries())
        for (const b of centres.slice(i + 1))
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${labels[i]}`).toBeGreaterThan(4);
      // The barometer: one bar per event, conflict below the line, each opening its evidence.
      const barometer = page.locator(".barometer");
      expect(await barometer.getAttribute("data-bars")).toBe("26");
      // Its month labels are each readable: no two overlap (at 390 px the full month names
      // ran together: "AugustSeptemberOctober").
      const monthLabels = await barometer
        .locator('g[aria-label="fx-axis tick label"] text')
        .evaluateAll((texts) =>
          texts.map((text) => {
            const r = text.getBoundingClientRect();
            return { left: r.left, right: r.right, text: text.textContent ?? "" };
          }),
        );
      expect(monthLabels.length).toBeGreaterThan(2);
      for (const [i, label] of monthLabels.slice(1).entries())
        expect(label.left, `${monthLabels[i]?.text} | ${label.text}`).toBeGreaterThanOrEqual(
          monthLabels[i]?.right ?? 0,
        );
      await barometer.locator('a:has([aria-label*="Goldstein -5)"])').first().click();
      const dialog = await evidencePanel();
      expect(await dialog.locator(".fact-kind").first().innerText()).toMatch(/QUOTE|REPORTED/);
      await page.keyboard.press("Escape");
      expect(await page.locator(".pair-table tbody tr").count()).toBe(26);
      // Nothing wider than the screen (the table stacks on a phone).
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.screenshot({ path: shot("pair"), fullPage: true });
      await accessible("the pair view");
    }, 60_000);

    it("9. search counts and pages its results, finds countries by name, leads statements to their evidence with translations; the pair picker takes any two actors and refuses unknown or identical ones", async () => {
      await open("#/search/Iran", "search");
      const country = page.locator(".hit-Country").getByRole("link", { name: "Iran", exact: true });
      expect(await country.getAttribute("href")).toBe("#/actor/country%3AIRN");
      expect(await page.locator(".result-count").innerText()).toContain("there are more");
      expect(await page.locator(".hit").count()).toBe(10);
      await page.getByRole("button", { name: /^Show \d+ more$/ }).click();
      await expect.poll(() => page.locator(".hit").count()).toBeGreaterThan(10);
      await accessible("search results, more of them");

      // A Persian statement carries its translation, and opens its evidence.
      await open(`#/search/${encodeURIComponent("توافق")}`, "search");
      const statement = page.locator(".hit-Statement").first();
      expect(await statement.locator(".translation-inline").innerText()).toMatch(/English: /);
      await statement.getByRole("button", { name: /^Evidence/ }).click();
      await evidencePanel();
      await page.keyboard.press("Escape");

      // Any two actors: two people, picked by name.
      await open("#/pair", "pair");
      const firstSide = page.getByRole("search").filter({ hasText: "First side" });
      await firstSide.getByRole("searchbox").fill("Crocker");
      await firstSide.getByRole("button", { name: "Find" }).click();
      await page
        .getByRole("list", { name: "Matches for first side" })
        .getByRole("button", { name: "Ryan Crocker" })
        .click();
      await ready("pair");
      const secondSide = page.getByRole("search").filter({ hasText: "Second side" });
      await secondSide.getByRole("searchbox").fill("Kazemi");
      await secondSide.getByRole("button", { name: "Find" }).click();
      await page
        .getByRole("list", { name: "Matches for second side" })
        .getByRole("button", { name: "Hassan Kazemi Qomi" })
        .click();
      // The heading names both sides once the Pair query answered (ids until then).
      await expect
        .poll(() => page.locator("h1").innerText(), { timeout: 15_000 })
        .toBe("Ryan Crocker – Hassan Kazemi Qomi");
      await ready("pair");
      await expect.poll(() => page.locator(".barometer").getAttribute("data-bars")).not.toBeNull();
      expect(
        Number(await page.locator(".barometer").getAttribute("data-bars")),
      ).toBeGreaterThanOrEqual(3);
      await accessible("a pair of people");

      await open("#/pair/IRN/XYZ", "pair");
      expect(await page.locator(".notice").innerText()).toContain("No country has the code XYZ.");
      expect(await page.locator(".pair-chart").count()).toBe(0);
      await open("#/pair/IRN/IRN", "pair");
      expect(await page.locator(".notice").innerText()).toContain("choose two different actors");
      expect(await page.locator(".pair-chart").count()).toBe(0);
      await accessible("a pair refused");
    }, 90_000);

    it("5. connections: the home page's example is found and named, every shortest path offered, each step in words with its evidence, weak links switchable, an unknown id said as such", async () => {
      await open("#/", "home");
      await page.getByRole("link", { name: "How Kofi Annan connects to Ryan Crocker" }).click();
      await ready("path");
      expect(await page.locator("h1").innerText()).toBe("Kofi Annan → Ryan Crocker");
      const steps = page.locator(".path-steps li");
      expect(await steps.count()).toBe(6);
      expect(await steps.first().innerText()).toMatch(
        /^Kofi Annan (took part in|was said on behalf of)|said on behalf of Kofi Annan/,
      );
      expect(await steps.allInnerTexts()).toContainEqual(
        expect.stringMatching(/held the position “President of Iran”/),
      );
      const alternatives = page.getByRole("group", { name: "Show connection" }).getByRole("radio");
      expect(await alternatives.count()).toBe(5);
      const before = await steps.allInnerTexts();
      await alternatives.nth(2).check();
      await expect.poll(() => steps.allInnerTexts()).not.toEqual(before);
      // Each step opens the fact it rests on.
      await steps
        .first()
        .getByRole("button", { name: /^Evidence/ })
        .click();
      const dialog = await evidencePanel();
      expect(await dialog.locator(".source-in-article").count()).toBeGreaterThan(0);
      await page.keyboard.press("Escape");
      // Drawn at 1:1: labels readable, every node inside the drawing.
      const canvas = page.locator(".path-canvas");
      await expect.poll(() => canvas.getAttribute("data-nodes")).toBe("7");
      const drawn = await canvas.evaluate((element) => {
        const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
        const width = element.getBoundingClientRect().width;
        const height = element.getBoundingClientRect().height;
        return cy.nodes().map((node) => ({
          size: Number.parseFloat(String(node.style("font-size"))) * cy.zoom(),
          box: node.renderedBoundingBox({ includeLabels: true }),
          width,
          height,
        }));
      });
      for (const node of drawn) {
        expect(node.size).toBeGreaterThanOrEqual(12);
        expect(node.box.x1).toBeGreaterThanOrEqual(-1);
        expect(node.box.x2).toBeLessThanOrEqual(node.width + 1);
        expect(node.box.y2).toBeLessThanOrEqual(node.height + 1);
      }
      await page.screenshot({ path: shot("path"), fullPage: true });
      await accessible("a connection");

      // Without a whole country in the middle there is none within the longest search.
      await page.getByRole("checkbox", { name: "Leave out whole countries in the middle" }).check();
      await ready("path");
      await expect
        .poll(() => page.getByRole("status").first().innerText())
        .toContain("No connection of at most 6 steps without the weak links left out");
      expect(page.url()).toContain("no-countries");
      await accessible("a connection with weak links left out");

      await open("#/path/person%3Anobody/person%3Aryan-crocker", "path");
      expect(await page.locator(".notice").innerText()).toContain(
        "Nothing has the id person:nobody",
      );
      expect(await page.getByText(/No connection of/).count()).toBe(0);
    }, 90_000);

    it("8. nothing is wider than the screen, the header is compact, every view fits", async () => {
      const views = [
        ["home", "#/"],
        ["search", "#/search/Iran"],
        ["person", "#/actor/person%3Ahassan-kazemi-qomi"],
        ["party", "#/actor/country%3AIRN"],
        ["party", "#/actor/org%3Airna"],
        ["meeting", "#/meeting/meeting%3Aus-iran-iraq-talks-round-1"],
        ["article", "#/article/article%3A004-iran-welcomes-fourth-round"],
        ["pair", "#/pair/IRN/USA"],
        ["path", "#/path/person%3Akofi-annan/person%3Aryan-crocker"],
      ] as const;
      for (const [view, path] of views) {
        await open(path, view);
        await page.waitForTimeout(300);
        expect(
          await page.evaluate("document.documentElement.scrollWidth"),
          path,
        ).toBeLessThanOrEqual(viewport.width);
        const header = await page.locator(".site-header").boundingBox();
        expect(header?.height ?? 0, path).toBeLessThanOrEqual(viewport.height * 0.15);
        await accessible(`${view} (${path})`);
      }
      await page.screenshot({ path: shot("header") });
    }, 120_000);

    it("10. organization and country pages say what they are, who held their offices, whom they met, what was said for them and what they relayed", async () => {
      await open("#/actor/org%3Aunited-nations", "party");
      expect(await page.locator(".page-header .kind").innerText()).toMatch(
        /intergovernmental organization/i,
      );
      const offices = page.getByRole("list", { name: "Offices" });
      expect(await offices.innerText()).toContain(
        "Kofi Annan, Secretary-General of the United Nations",
      );
      expect(await offices.innerText()).toContain("Stephane Dujarric, U.N. spokesman");
      expect(
        await page.locator('section[aria-labelledby="statements-heading"] article.quote').count(),
      ).toBeGreaterThan(0);
      await accessible("the UN's page");

      await open("#/actor/org%3Airna", "party");
      expect(await page.locator(".page-header .kind").innerText()).toMatch(/news agency/i);
      const relayed = page.locator('section[aria-labelledby="relayed-heading"]');
      expect(await relayed.locator("h2").innerText()).toContain("What it relayed (2)");
      expect(await relayed.innerText()).toContain(
        "Iran will give a positive response to this request",
      );
      await page.screenshot({ path: shot("irna"), fullPage: true });
      await accessible("IRNA's page");

      await open("#/actor/country%3AIRN", "party");
      expect(await page.getByRole("list", { name: "Offices" }).innerText()).toContain(
        "President of Iran",
      );
      const met = page.getByRole("list", { name: "Who Iran met with" });
      expect(await met.innerText()).toMatch(/United States\s+\d+ meetings?/);
      await expect
        .poll(() => page.locator(".network-canvas").getAttribute("data-nodes"), { timeout: 15_000 })
        .not.toBeNull();
      const said = page.locator("#statements-heading");
      expect(Number(/of (\d+)\)/.exec(await said.innerText())?.[1])).toBeGreaterThanOrEqual(9);
      await page.screenshot({ path: shot("iran"), fullPage: true });
      await accessible("Iran's page");
    }, 60_000);

    it("6. a GET as urql sends it by default is refused with a message that names the fix, and the explorer asks by id with the header", async () => {
      await open("#/", "home");
      // What urql's default (preferGetMethod: "within-url-limit") sends for a short query.
      const refused =
        (await page.evaluate(`fetch("/graphql?query=" + encodeURIComponent("{ status { neo4jEdition } }"), {
        headers: { accept: "application/graphql-response+json, application/graphql+json, application/json" },
      }).then(async (response) => ({ status: response.status, body: await response.json() }))`)) as {
          status: number;
          body: { errors: Array<{ message: string; extensions: { code: string } }> };
        };
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
      expect(refused.body.errors[0]?.message).toContain("preferGetMethod: false");
      expect(refused.body.errors[0]?.message).toContain("POST with content-type: application/json");
      // The guide says the same.
      const guide = readFileSync(join(paths.root, "docs", "client-guide.md"), "utf8");
      expect(guide).toContain("preferGetMethod: false");
      expect(guide).toMatch(/urql does not/);
      // The refusal above is this test's own request; the explorer's are checked below.
      const ours = (list: string[], match: (entry: string) => boolean) => {
        const at = list.findIndex(match);
        if (at >= 0) list.splice(at, 1);
      };
      await expect.poll(() => graphqlFailures.some((f) => f.startsWith("400 "))).toBe(true);
      ours(graphqlFailures, (f) => f.startsWith("400 "));
      ours(operationsSent, (sent) => sent.startsWith("GET ") && sent.endsWith(" text"));
      ours(offline.consoleErrors, (message) => message.includes("status of 400"));
    });

    it("7. the timeline's axis says the year; every mark is labelled and opens its evidence; undated events sit at their article's date", async () => {
      await open("#/actor/person%3Aryan-crocker", "person");
      const chart = page.locator(".timeline-chart");
      await expect.poll(() => chart.getAttribute("data-marks"), { timeout: 15_000 }).not.toBeNull();
      const marks = Number(await chart.getAttribute("data-marks"));
      // Two meetings and two statements of known date, one meeting of 28 May, and the four
      // undated quotes at their article's date (31 May 2007), hollow.
      expect(marks).toBe(9);
      const ticks = await chart
        .locator('g[aria-label="x-axis tick label"] text')
        .evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
      expect(ticks.length).toBeGreaterThan(1);
      for (const tick of ticks) expect(tick).toMatch(/\b2007\b/);
      const labels = chart.locator('g[aria-label="text"] text');
      expect(await labels.count()).toBe(marks);
      const boxes = await labels.evaluateAll((elements) =>
        elements.map((element) => {
          const r = element.getBoundingClientRect();
          return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
        }),
      );
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1).toBe(
            false,
          );
      // Labels stay inside the drawing (nothing cut off at the right on a phone).
      const svgBox = await chart.locator("svg").first().boundingBox();
      for (const box of boxes)
        expect(box.x2).toBeLessThanOrEqual((svgBox?.x ?? 0) + (svgBox?.width ?? 0) + 1);
      expect(await chart.locator('g[aria-label="dot"] circle[fill="#ffffff"]').count()).toBe(4);
      await chart.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot("timeline") });
      // A mark's label is a link: a click (or a tap) opens its evidence.
      await chart.locator('g[aria-label="text"] a').first().click();
      const dialog = await evidencePanel();
      expect(await dialog.locator(".source-in-article").count()).toBeGreaterThan(0);
      await page.keyboard.press("Escape");

      // Al-Maliki's one statement is undated: it is drawn at its article's date, not left out.
      await open("#/actor/person%3Anouri-al-maliki", "person");
      await expect
        .poll(() => page.locator(".timeline-chart").getAttribute("data-marks"), { timeout: 15_000 })
        .toBe("1");
      expect(
        await page
          .locator(".timeline-chart svg")
          .getAttribute("aria-label")
          .catch(() => ""),
      ).toContain("al-Maliki");
      expect(
        await page.locator('.timeline-chart [aria-label*="reported 31 May 2007"]').count(),
      ).toBe(1);
      await accessible("a person's page with an undated statement");
    }, 60_000);

    it("time brush: one period for the network, the timeline and the pair's charts, kept between pages", async () => {
      await open("#/actor/person%3Aryan-crocker", "person");
      const brush = page.locator("fieldset.time-brush");
      const from = brush.getByRole("slider", { name: "From" });
      await from.focus();
      while ((await brush.locator("output").first().innerText()) !== "July 2007")
        await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator(".timeline-chart").getAttribute("data-marks")).toBe("3");
      expect(await brush.locator(".brush-summary").innerText()).toContain(
        "July 2007 – August 2007: 3 of 9",
      );
      // The network counts only the meetings of the period: July's round and August's subcommittee.
      const network = page.getByRole("list", { name: "People Ryan Crocker met" });
      await expect.poll(() => network.innerText()).toContain("2 meetings");
      expect(await page.locator("#network-heading").innerText()).toContain("July 2007");
      await page.screenshot({ path: shot("brushed"), fullPage: true });
      await accessible("a person's page, brushed");

      // The same period on the pair's page.
      await page.locator("header nav").getByRole("link", { name: "Pair" }).click();
      await page.goto(`${app.url}/#/pair/IRN/USA`);
      await ready("pair");
      expect(await page.locator("fieldset.time-brush .brush-summary").innerText()).toMatch(
        /^July 2007 – August 2007: /,
      );
      await page.locator("fieldset.time-brush").getByRole("button", { name: "All dates" }).click();
      expect(await page.locator("fieldset.time-brush .brush-summary").innerText()).toMatch(
        /^All dates: /,
      );
    }, 60_000);

    it("sent only typed operations by id over GET, made no request off this machine, logged no error", async () => {
      expect(operationsSent.length).toBeGreaterThan(0);
      expect(
        operationsSent.filter((sent) => {
          const [method, name, how] = sent.split(" ");
          return method !== "GET" || how !== "id" || !typedOperations.has(name ?? "");
        }),
      ).toEqual([]);
      expect(graphqlFailures).toEqual([]);
      expect(offline.blocked).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
      expect(offline.consoleErrors).toEqual([]);
      expect(await offline.cspViolations()).toEqual([]);
    });
  },
);

interface BoxLike {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface PointLike {
  x: number;
  y: number;
}

interface CyNodeLike {
  id(): string;
  renderedBoundingBox(options?: { includeLabels?: boolean }): BoxLike;
  renderedPosition(): PointLike;
  parent(): CyNodeLike[] & { length: number };
  style(name: string): unknown;
  source(): CyNodeLike;
  target(): CyNodeLike;
  sourceEndpoint(): PointLike;
  targetEndpoint(): PointLike;
  renderedMidpoint(): PointLike;
}

interface CyLike {
  zoom(): number;
  nodes(selector?: string): CyNodeLike[];
  edges(selector?: string): CyNodeLike[];
}

/** True when the segment a–b passes through the box (shrunk by 1 px, so touching is not crossing). */
export function segmentCrossesBox(a: PointLike, b: PointLike, box: BoxLike): boolean {
  const x1 = box.x1 + 1;
  const y1 = box.y1 + 1;
  const x2 = box.x2 - 1;
  const y2 = box.y2 - 1;
  // Liang–Barsky clipping: does any part of the segment lie inside the box?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: Array<[number, number]> = [
    [-dx, a.x - x1],
    [dx, x2 - a.x],
    [-dy, a.y - y1],
    [dy, y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}

const axeSource = readFileSync(join(paths.root, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** axe-core's WCAG 2 A/AA violations on the page, as "rule: target" lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate<Array<{ id: string; nodes: Array<{ target: unknown }> }>>(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } })
       .then((result) => result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** A computed style of the element (or of its ::before / ::after). */
function styleOf(locator: Locator, property: string, pseudo?: string): Promise<string> {
  return locator.evaluate(
    (element, [name, pseudoElement]) =>
      (
        globalThis as unknown as {
          getComputedStyle(e: unknown, p: string | null): Record<string, string>;
        }
      ).getComputedStyle(element, pseudoElement)[name] ?? "",
    [property, pseudo ?? null] as const,
  );
}
