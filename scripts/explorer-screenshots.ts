/**
 * The explorer's screenshots in the docs (docs/img/explorer-*.png), made again by
 * `npm run measure:explorer -- --screenshots docs/img` on the five articles: the network, the
 * evidence panel, the timeline under the time brush, the pair barometer and the connection
 * view, each at 1280×900 (desktop) and 390×844 (phone), in headless Chromium with every
 * non-local request aborted. Each is one screen, scrolled to what it shows.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { isLocal } from "../test/support/browser.ts";

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

const CROCKER = "#/actor/person%3Aryan-crocker";

/** The network's canvas as cytoscape holds it, enough to find a line's middle. */
interface CyLike {
  edges(selector: string): { renderedMidpoint(): { x: number; y: number } }[];
}

async function ready(page: Page, view: string) {
  await page.locator(`main[data-view="${view}"][data-ready="true"]`).waitFor({ timeout: 30_000 });
}

async function networkDrawn(page: Page) {
  await page.locator(".network-canvas[data-nodes]").waitFor({ timeout: 30_000 });
  // The layout settles after the first draw.
  await page.waitForTimeout(500);
}

/** Scrolls the element `selector` finds to just under the (sticky) header. */
async function scrollToTop(page: Page, selector: string) {
  // Page code as text: this project's TypeScript settings have no DOM types.
  await page.evaluate(`(() => {
    const node = document.querySelector(${JSON.stringify(selector)});
    const header = document.querySelector(".site-header");
    const offset = header ? header.getBoundingClientRect().height : 0;
    window.scrollTo(0, node.getBoundingClientRect().top + window.scrollY - offset - 8);
  })()`);
  await page.waitForTimeout(200);
}

/** A screenshot of the whole page, or of the part between two elements (both included). */
type Shot = (
  page: Page,
  base: string,
  phone: boolean,
) => Promise<{ from: string; to: string } | undefined>;

const SHOTS: Record<string, Shot> = {
  /** Ryan Crocker's network: people in the boxes of whom they represented. */
  network: async (page, base) => {
    await page.goto(`${base}/${CROCKER}`);
    await ready(page, "person");
    await networkDrawn(page);
    await scrollToTop(page, "section[aria-labelledby='network-heading']");
    return undefined;
  },
  /** A line of the network clicked: the meetings behind it, each excerpt in its article. */
  evidence: async (page, base) => {
    await page.goto(`${base}/${CROCKER}`);
    await ready(page, "person");
    await networkDrawn(page);
    const canvas = page.locator(".network-canvas");
    await canvas.scrollIntoViewIfNeeded();
    const middle = await canvas.evaluate((element) => {
      const cy = (element as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      const box = element.getBoundingClientRect();
      const point = cy.edges(".met")[0]?.renderedMidpoint() ?? { x: 0, y: 0 };
      return { x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(middle.x, middle.y);
    await page.locator('dialog.evidence[open][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    return undefined;
  },
  /**
   * Crocker's timeline with the time brush set to July–August 2007: from the brush to the
   * timeline (the network between them follows the brush too), taller than one screen.
   */
  timeline: async (page, base) => {
    await page.goto(`${base}/${CROCKER}`);
    await ready(page, "person");
    await page.locator(".timeline-chart[data-marks]").waitFor({ timeout: 30_000 });
    const brush = page.locator("fieldset.time-brush");
    await brush.getByRole("slider", { name: "From" }).focus();
    for (let i = 0; i < 40; i++) {
      if ((await brush.locator("output").first().innerText()) === "July 2007") break;
      await page.keyboard.press("ArrowRight");
    }
    await page.locator('.timeline-chart[data-marks="3"]').waitFor({ timeout: 30_000 });
    await page.locator("h1").click();
    return { from: "fieldset.time-brush", to: ".timeline-chart" };
  },
  /** Iran and the United States: the barometer, conflict below the line. */
  pair: async (page, base) => {
    await page.goto(`${base}/#/pair/IRN/USA`);
    await ready(page, "pair");
    await page.locator(".barometer[data-bars]").waitFor({ timeout: 30_000 });
    await scrollToTop(page, "section[aria-labelledby='barometer-heading']");
    return undefined;
  },
  /** Kofi Annan → Ryan Crocker: each step in words, the path drawn. */
  connection: async (page, base, phone) => {
    await page.goto(`${base}/#/path/person%3Akofi-annan/person%3Aryan-crocker/6`);
    await ready(page, "path");
    await page.locator(".path-canvas[data-nodes]").waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    // On a phone the choices fill the first screen: the drawing and its steps instead.
    if (phone) await scrollToTop(page, ".path-canvas");
    return undefined;
  },
};

export async function takeScreenshots(
  browser: Browser,
  base: string,
  dir: string,
  log: (line: string) => void,
): Promise<string[]> {
  const written: string[] = [];
  for (const viewport of VIEWPORTS) {
    for (const [name, prepare] of Object.entries(SHOTS)) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        reducedMotion: "reduce",
      });
      await context.route("**/*", (route) =>
        isLocal(route.request().url()) ? route.continue() : route.abort("blockedbyclient"),
      );
      try {
        const page = await context.newPage();
        const part = await prepare(page, base, viewport.name === "phone");
        const file = join(dir, `explorer-${name}-${viewport.name}.png`);
        if (part) {
          const from = await page.locator(part.from).boundingBox();
          const to = await page.locator(part.to).boundingBox();
          if (!from || !to) throw new Error(`${name}: ${part.from} or ${part.to} not shown`);
          const scrollY = await page.evaluate<number>("window.scrollY");
          const top = Math.max(0, from.y + scrollY - 12);
          await page.screenshot({
            path: file,
            animations: "disabled",
            fullPage: true,
            clip: {
              x: 0,
              y: top,
              width: viewport.width,
              height: to.y + scrollY + to.height + 12 - top,
            },
          });
        } else await page.screenshot({ path: file, animations: "disabled" });
        written.push(file);
        log(`screenshot: ${file}`);
      } finally {
        await context.close();
      }
    }
  }
  return written;
}
