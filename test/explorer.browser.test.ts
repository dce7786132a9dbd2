/**
 * The explorer at /, driven in headless Chromium against the real application and the seeded
 * Neo4j: the journeys a reader takes (search → network → meeting → quote with its source;
 * Persian search → right-to-left quote beside its translation; a country pair's chart; a
 * path). Every request to a host other than this machine is aborted and recorded, so a
 * passing run proves the explorer works offline; every GraphQL request must be one of the
 * typed operations in operations/, asked for by its trusted-document id over GET (issue 24).
 * Screenshots go to test-results/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import express from "express";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApplication } from "../src/application.ts";
import { paths } from "../src/config/paths.ts";
import { explorerRoutes } from "../src/http/explorer.ts";
import { loadExampleOperations } from "../src/http/graphiql.ts";
import {
  chromiumPath,
  launchChromium,
  NO_CHROMIUM,
  type OfflinePage,
  openOfflinePage,
  type SentOperation,
  sentOperation,
} from "./support/browser.ts";
import { startTestApplication } from "./support/http.ts";

const skipReason = `skipped: ${NO_CHROMIUM}`;
if (!chromiumPath) console.warn(`explorer.browser.test.ts: ${skipReason}`);

const artifacts = join(paths.root, "test-results");
const typedOperations = new Set(
  loadExampleOperations(join(paths.root, "operations")).map((operation) => operation.name),
);

describe.skipIf(!chromiumPath)(
  chromiumPath ? "the explorer at / in a browser" : `the explorer in a browser (${skipReason})`,
  () => {
    let app: RunningApplication;
    let browser: Browser;
    let offline: OfflinePage;
    let page: Page;
    const operationsSent: SentOperation[] = [];
    const graphqlFailures: string[] = [];

    beforeAll(async () => {
      mkdirSync(artifacts, { recursive: true });
      app = await startTestApplication();
      browser = await launchChromium();
      offline = await openOfflinePage(browser, { width: 1280, height: 900 });
      page = offline.page;
      page.on("request", (request) => {
        const sent = sentOperation(request);
        if (sent) operationsSent.push(sent);
      });
      page.on("response", async (response) => {
        if (new URL(response.url()).pathname !== "/graphql") return;
        const body = (await response.json().catch(() => ({}))) as { errors?: unknown[] };
        if (response.status() !== 200 || body.errors)
          graphqlFailures.push(`${response.status()} ${JSON.stringify(body.errors)}`);
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    /** A person among the search results (a statement's speaker links to them too). */
    function personHit(name: string) {
      return page.locator(".hit-Person").getByRole("link", { name, exact: true });
    }

    async function ready(view: string) {
      await page
        .locator(`main[data-view="${view}"][data-ready="true"]`)
        .waitFor({ timeout: 20_000 });
    }

    it("serves the explorer page at / with strict security headers", async () => {
      const response = await page.goto(`${app.url}/`);
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers["content-type"]).toMatch(/^text\/html/);
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(csp).toContain("connect-src 'self'");
      expect(headers["x-frame-options"]).toBe("DENY");
      await ready("home");
      await expect.poll(() => page.title()).toBe("Diplomatic Relations Graph");
      await page.screenshot({ path: join(artifacts, "explorer-home.png") });
    });

    it("search “Crocker” → his network → Kazemi Qomi → round 1 → the quote with its source", async () => {
      await page.getByRole("searchbox", { name: /Search people/ }).fill("Crocker");
      await page.keyboard.press("Enter");
      await ready("search");
      await personHit("Ryan Crocker").click();
      await ready("person");
      await expect.poll(() => page.locator("h1").innerText()).toBe("Ryan Crocker");

      // The network is drawn (Cytoscape, on a canvas): find Kazemi Qomi's node and click it.
      const canvas = page.locator(".network-canvas");
      await expect
        .poll(() => canvas.getAttribute("data-nodes"), { timeout: 15_000 })
        .not.toBeNull();
      expect(Number(await canvas.getAttribute("data-nodes"))).toBeGreaterThan(2);
      expect(
        await page.getByRole("list", { name: "People Ryan Crocker met" }).innerText(),
      ).toContain("Hassan Kazemi Qomi");
      const timeline = page.locator(".timeline-chart");
      await expect
        .poll(() => timeline.getAttribute("data-marks"), { timeout: 15_000 })
        .not.toBeNull();
      expect(await timeline.locator("svg a").count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(artifacts, "explorer-crocker.png"), fullPage: true });

      const node = await canvas.evaluate((element) => {
        // Cytoscape keeps its instance on the container; the node's on-screen position.
        const cy = (element as unknown as { _cyreg: { cy: CytoscapeLike } })._cyreg.cy;
        const position = cy.$id("person:hassan-kazemi-qomi").renderedPosition();
        const box = element.getBoundingClientRect();
        return { x: box.left + position.x, y: box.top + position.y };
      });
      await page.mouse.click(node.x, node.y);
      await expect
        .poll(() => page.locator("main[data-ready] h1").innerText(), { timeout: 20_000 })
        .toBe("Hassan Kazemi Qomi");

      const roundOne = page.locator("details.meeting", { hasText: "round 1" });
      await roundOne.locator("summary").click();
      const quote = roundOne.locator("article.quote", {
        hasText:
          "We made it clear from the American point of view that this is about actions, not just principles",
      });
      await quote.waitFor();
      expect(await quote.locator(".excerpt").innerText()).toContain("said Crocker.");
      expect(await quote.locator("cite").first().innerText()).not.toBe("");
      await quote.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, "explorer-round-1.png") });
    }, 90_000);

    it("search “ظریف” → Zarif's page, the Persian quote right to left beside its translation", async () => {
      await page.getByRole("searchbox", { name: /Search people/ }).fill("ظریف");
      await page.keyboard.press("Enter");
      await ready("search");
      await personHit("Mohammad Javad Zarif").click();
      await ready("person");
      const meeting = page.locator("details.meeting").first();
      await meeting.locator("summary").click();
      // Kerry's words in Persian: a reported claim, so a paragraph, not a blockquote (issue 21).
      const persian = meeting.locator('.original[lang="fa"]').first();
      await persian.waitFor();
      const direction = await persian.evaluate(
        // Runs in the page (this project's TypeScript settings have no DOM types).
        (element) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }
          ).getComputedStyle(element).direction,
      );
      expect(direction).toBe("rtl");
      const translation = persian.locator("xpath=following-sibling::p[@lang='en']");
      await translation.waitFor();
      const [original, english] = [await persian.boundingBox(), await translation.boundingBox()];
      // Beside, not below: the same row, side by side.
      expect(Math.abs((original?.y ?? 0) - (english?.y ?? 1000))).toBeLessThan(30);
      expect(english?.x).toBeGreaterThan((original?.x ?? 0) + (original?.width ?? 0) - 1);
      await persian.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, "explorer-zarif.png") });
    }, 60_000);

    it("the IRN–USA view draws a point for every coded event", async () => {
      await page.goto(`${app.url}/#/pair/IRN/USA`);
      await ready("pair");
      const chart = page.locator(".pair-chart");
      await expect
        .poll(() => chart.getAttribute("data-points"), { timeout: 15_000 })
        .not.toBeNull();
      const points = Number(await chart.getAttribute("data-points"));
      expect(points).toBeGreaterThan(0);
      // Every event is drawn, dated or not (issue 21): one linked mark each.
      expect(await chart.locator('g[aria-label="dot"] a').count()).toBe(points);
      expect(await page.locator(".pair-table tbody tr").count()).toBeGreaterThanOrEqual(points);
      await page.screenshot({ path: join(artifacts, "explorer-irn-usa.png"), fullPage: true });
    }, 60_000);

    it("draws the shortest connection from Kofi Annan to Ryan Crocker as a path", async () => {
      await page.goto(`${app.url}/#/path/person%3Akofi-annan/person%3Aryan-crocker/6`);
      await ready("path");
      const steps = page.locator(".path-steps li");
      expect(await steps.count()).toBeGreaterThan(0);
      const drawing = page.locator(".path-canvas");
      await expect
        .poll(() => drawing.getAttribute("data-nodes"), { timeout: 15_000 })
        .toBe(String((await steps.count()) + 1));
      await page.screenshot({ path: join(artifacts, "explorer-path.png") });
    }, 60_000);

    it("says when no connection is found within maxHops, and offers a longer search", async () => {
      await page.goto(`${app.url}/#/path/person%3Akofi-annan/person%3Aryan-crocker/1`);
      await ready("path");
      expect(await page.getByRole("status").innerText()).toContain(
        "No connection of at most 1 steps",
      );
      await page.getByRole("link", { name: "Search up to 6 steps" }).waitFor();
    });

    it("shows the API's error and its code when a request is refused, and an unknown id as such", async () => {
      const before = graphqlFailures.length;
      await page.goto(`${app.url}/#/search/${encodeURIComponent("***")}`);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.innerText()).toContain("BAD_USER_INPUT");
      // The one refused request is this test's; the check below wants no others.
      expect(graphqlFailures.splice(before)).toHaveLength(1);

      await page.goto(`${app.url}/#/actor/person%3Anobody-by-this-name`);
      await page.getByText("No person has the id person:nobody-by-this-name.").waitFor();
    });

    it("passes axe's WCAG 2 A and AA checks on every view, and works from the keyboard", async () => {
      const views = [
        ["home", "/#/"],
        ["search", "/#/search/Crocker"],
        ["person", "/#/actor/person%3Aryan-crocker"],
        ["party", "/#/actor/country%3AIRN"],
        ["meeting", "/#/meeting/meeting%3Aus-iran-iraq-talks-round-1"],
        ["pair", "/#/pair/IRN/USA"],
        ["path", "/#/path/person%3Akofi-annan/person%3Aryan-crocker/6"],
      ] as const;
      for (const [view, path] of views) {
        await page.goto(`${app.url}${path}`);
        await ready(view);
        expect(await accessibilityViolations(page), view).toEqual([]);
      }

      // Keyboard only: search, pick a person, open a meeting.
      await page.goto(`${app.url}/`);
      await ready("home");
      await page.keyboard.press("Tab"); // the skip link
      await page.keyboard.press("Tab"); // the brand link
      await page.keyboard.press("Tab"); // the search box
      await page.keyboard.type("Kazemi");
      await page.keyboard.press("Enter");
      await ready("search");
      await personHit("Hassan Kazemi Qomi").focus();
      await page.keyboard.press("Enter");
      await ready("person");
      await page.locator("details.meeting summary").first().focus();
      await page.keyboard.press("Enter");
      expect(await page.locator("details.meeting").first().getAttribute("open")).not.toBeNull();
    }, 90_000);

    it("sent only typed operations, by id over GET, made no request off this machine, and logged no error", async () => {
      expect(operationsSent.length).toBeGreaterThan(0);
      expect(
        operationsSent
          .filter(
            (sent) =>
              sent.method !== "GET" ||
              sent.documentId === undefined ||
              sent.query !== undefined ||
              !typedOperations.has(sent.operationName),
          )
          .map((sent) => `${sent.method} ${sent.operationName} ${sent.documentId ?? "(text)"}`),
      ).toEqual([]);
      expect(graphqlFailures).toEqual([]);
      expect(offline.blocked).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
      expect(offline.consoleErrors).toEqual([]);
      expect(await offline.cspViolations()).toEqual([]);
    });
  },
);

const axeSource = readFileSync(join(paths.root, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * axe-core's WCAG 2 A/AA violations on the page (contrast, names, labels, landmarks), as
 * "rule: target" lines. Evaluated through the DevTools protocol, which the page's CSP does
 * not govern (the page itself may run no injected script).
 */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate<Array<{ id: string; nodes: Array<{ target: unknown }> }>>(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } })
       .then((result) => result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

interface CytoscapeLike {
  $id(id: string): { renderedPosition(): { x: number; y: number } };
}

describe("explorerRoutes", () => {
  it("serves nothing when disabled (production)", async () => {
    const server = express()
      .use(explorerRoutes({ endpoint: "/graphql", enabled: false }))
      .use((_req, res) => {
        res.status(418).send("fell through");
      })
      .listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as { port: number };
    try {
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(418);
      expect((await fetch(`http://127.0.0.1:${port}/explorer/manifest.json`)).status).toBe(418);
    } finally {
      server.close();
    }
  });

  it("serves the bundle compressed and cached for good, unknown files as 404", async () => {
    const server = express()
      .use(explorerRoutes({ endpoint: "/graphql", enabled: true }))
      .listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as { port: number };
    try {
      const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      const script = /src="(\/explorer\/explorer-[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const response = await fetch(`http://127.0.0.1:${port}${script}`, {
        headers: { "accept-encoding": "gzip" },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBe("gzip");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect((await fetch(`http://127.0.0.1:${port}/explorer/nope.js`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it("refuses to start without the bundle, saying how to build it", () => {
    expect(() =>
      explorerRoutes({ endpoint: "/graphql", enabled: true, assetDirectory: "/nonexistent" }),
    ).toThrow(/run npm run build:web/);
  });
});
