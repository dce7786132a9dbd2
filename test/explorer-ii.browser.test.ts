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
        if (!request.url().includes("/graphql")) return;
        const body = JSON.parse(request.postData() ?? "{}") as { operationName?: string };
        operationsSent.push(`${request.method()} ${body.operationName ?? "(anonymous)"}`);
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

    it("sent only typed operations by POST, made no request off this machine, logged no error", async () => {
      expect(operationsSent.length).toBeGreaterThan(0);
      expect(
        operationsSent.filter((sent) => {
          const [method, name] = sent.split(" ");
          return method !== "POST" || !typedOperations.has(name ?? "");
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
