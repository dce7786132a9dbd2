/**
 * Neo4j Browser, as served by the embedded Neo4j, driven in headless Chromium the way an
 * analyst uses it: connect, set parameters, paste a query from the analyst library
 * (cypher/queries/), read the result table. Requests to any host but this machine are
 * aborted and recorded, so a passing run shows the Browser works offline.
 * Skipped when the run's Neo4j is not the embedded one (no Browser to open) or Chromium
 * is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../src/config/paths.ts";
import { loadLibrary } from "../src/queries/library.ts";
import { chromiumPath, isLocal, launchChromium, NO_CHROMIUM } from "./support/browser.ts";
import { neo4jConnection } from "./support/neo4j.ts";

const connection = neo4jConnection();
const skipReason = !chromiumPath
  ? NO_CHROMIUM
  : connection.httpUrl === null
    ? `the run's Neo4j (${connection.source}) serves no Neo4j Browser we know the address of`
    : undefined;
if (skipReason) console.warn(`neo4j-browser.browser.test.ts: skipped: ${skipReason}`);

/**
 * Hosts Neo4j Browser 5.24 tries to reach even with client.allow_telemetry=false (all
 * aborted here): its web fonts, and Segment, Canny and Sentry scripts. A host not in this
 * list is a new leak, and fails the test.
 */
const knownOutboundHosts = [
  /^fonts\.googleapis\.com$/,
  /^fonts\.gstatic\.com$/,
  /^cdn\.segment\.com$/,
  /^api\.segment\.io$/,
  /^canny\.io$/,
  /\.sentry\.io$/,
];

/** The analyst library query, or a plain one while the library does not have it yet. */
function analystQuery(): {
  params: Record<string, string | null>;
  cypher: string;
  expect: RegExp;
} {
  const file = join(paths.queries, "meetings-between.cypher");
  if (existsSync(file)) {
    return {
      // A paged query's after and limit are set to null for the first page, as the guide does.
      params: {
        a: "person:ryan-crocker",
        b: "person:hassan-kazemi-qomi",
        after: null,
        limit: null,
      },
      cypher: readFileSync(file, "utf8").trim(),
      expect: /Crocker/,
    };
  }
  return {
    params: {},
    cypher: "MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 5",
    expect: /\S/,
  };
}

describe.skipIf(skipReason !== undefined)(
  skipReason ? `Neo4j Browser (skipped: ${skipReason})` : "Neo4j Browser from the embedded Neo4j",
  () => {
    let browser: Browser;
    let page: Page;
    const attemptedOutbound: string[] = [];
    const succeededOutbound: string[] = [];
    const webSockets: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        attemptedOutbound.push(url);
        return route.abort("blockedbyclient");
      });
      page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("requestfinished", (request) => {
        if (!isLocal(request.url())) succeededOutbound.push(request.url());
      });
      // Routes do not see WebSockets (the Bolt connection): check them separately.
      page.on("websocket", (socket) => webSockets.push(socket.url()));
    });

    afterAll(async () => {
      await browser?.close();
      if (attemptedOutbound.length > 0) {
        console.info(
          `Neo4j Browser tried to reach (blocked):\n  ${attemptedOutbound.join("\n  ")}`,
        );
      }
    });

    it("connects to the run's Neo4j over Bolt with the connect form", async () => {
      await page.goto(`${connection.httpUrl}/browser/`);
      const bolt = new URL(connection.uri);
      await page.getByTestId("bolt-scheme-select").selectOption(`${bolt.protocol}//`);
      await page.getByTestId("boltaddress").fill(bolt.host);
      await page.getByTestId("username").fill(connection.username);
      await page.getByTestId("password").fill(connection.password);
      await page.getByTestId("connect").click();
      await expect
        .poll(() => page.getByText("You are connected as user").count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
    }, 60_000);

    it("opens on this project's guide, loaded when Browser connected", async () => {
      const guide = page.getByTestId("frame").filter({ hasText: "Diplomatic Relations Graph" });
      await expect.poll(() => guide.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await guide.first().textContent()).toContain("TOOK_PART_IN");
      // Neither Browser's own ":play start", the connect frame nor the style's 80 lines are
      // left beside it (issue 21).
      await page.waitForTimeout(1_000);
      const commands = await page.getByTestId("frameCommand").allTextContents();
      expect(
        commands.filter((command) => /^:play start|^:server connect|^:style/.test(command)),
      ).toEqual([]);
    }, 60_000);

    it("draws shortest-connection's paths from its slide, not only their text (issue 21)", async () => {
      const frames = page.getByTestId("frame");
      // The slides are a carousel showing one at a time: the model, then one per library query.
      // The guide's frame is the one with the carousel's dots (its title is on the first slide).
      const guide = frames.filter({ has: page.locator("li[aria-label]") }).first();
      const library = loadLibrary().map((query) => query.name);
      await guide.locator(`li[aria-label="${library.indexOf("shortest-connection") + 2}"]`).click();
      await runInEditor(page, ':params {a: "person:mohammad-khatami", b: "person:ryan-crocker"}');
      const blocks = guide.locator("pre.runnable");
      expect(await blocks.last().textContent()).toContain("RETURN nodes, rels");
      await blocks.last().click();
      const before = await frames.count();
      await page.getByTestId("editor-Run").click();
      await expect.poll(() => frames.count(), { timeout: 10_000 }).toBeGreaterThan(before);
      const drawing = frames.first();
      await expect
        .poll(() => drawing.locator("svg g.node").count(), { timeout: 20_000 })
        .toBeGreaterThan(2);
      expect(await drawing.getByTestId("frameCommand").first().textContent()).toContain(
        "RETURN nodes, rels",
      );
      await page.screenshot({ path: join(paths.root, "test-results", "neo4j-browser-paths.png") });
      // Back to the first slide, where the guide's own picture query is.
      await guide.locator('li[aria-label="1"]').click();
    }, 90_000);

    it("applies this project's graph style", async () => {
      await runInEditor(page, ":style");
      const frame = page.getByTestId("frame").first();
      await expect
        .poll(() => frame.textContent(), { timeout: 10_000 })
        .toMatch(/node\.Statement[\s\S]*\{text\}/);
      expect(await frame.textContent()).toMatch(/node\.Meeting[\s\S]*\{title\}/);
    }, 60_000);

    it("runs the guide's query with one click and captions statements with their words", async () => {
      const guide = page.getByTestId("frame").filter({ hasText: "Diplomatic Relations Graph" });
      await guide.first().locator("pre.runnable").first().click();
      await page.getByTestId("editor-Run").click();
      const frame = page.getByTestId("frame").first();
      await expect
        .poll(() => frame.getByTestId("frameCommand").textContent(), { timeout: 10_000 })
        .toContain("meeting:us-iran-iraq-talks-round-2");
      const captions = frame.locator("svg text");
      await expect.poll(() => captions.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      // Captions wrap inside the circle: the statement's first words, the meeting's title.
      const captionText = async () =>
        (await captions.allTextContents()).join(" ").replace(/\s+/g, " ");
      await expect.poll(captionText, { timeout: 20_000 }).toMatch(/Crocker and Qomi agreed/);
      const text = await captionText();
      expect(text).toMatch(/US–Iran talks/);
      expect(text).not.toMatch(/Express intent/);
      await page.screenshot({ path: "/tmp/neo4j-browser-guide.png" });
    }, 60_000);

    it("runs a library query from its slide in two clicks: ▶ on its parameters, ▶ on the query", async () => {
      const frames = page.getByTestId("frame");
      const guide = frames.filter({ has: page.locator("li[aria-label]") }).first();
      const library = loadLibrary().map((query) => query.name);
      await guide.locator(`li[aria-label="${library.indexOf("meetings-between") + 2}"]`).click();
      const params = guide.locator("pre.runnable", { hasText: ':params {a: "country:USA"' });
      const query = guide.locator("pre.runnable", { hasText: "// name: meetings-between" });
      let before = await frames.count();
      await params.locator("i.fa-play-circle-o").click();
      await expect.poll(() => frames.count(), { timeout: 10_000 }).toBeGreaterThan(before);
      await expect
        .poll(() => frames.first().textContent(), { timeout: 10_000 })
        .toContain("Successfully set your parameters");
      before = await frames.count();
      await query.locator("i.fa-play-circle-o").click();
      await expect.poll(() => frames.count(), { timeout: 10_000 }).toBeGreaterThan(before);
      const rows = frames.first().locator("table tr:has(td)");
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      // The United States and Iran's shared meetings, the round-1 talks in Baghdad among them.
      expect((await rows.allInnerTexts()).join("\n")).toMatch(/US–Iran talks on Iraq, round 1/);
      await guide.locator('li[aria-label="1"]').click();
    }, 60_000);

    it("runs a library query with :param parameters and shows the result table", async () => {
      const query = analystQuery();
      for (const [name, value] of Object.entries(query.params)) {
        await runInEditor(page, `:param ${name} => ${value === null ? "null" : `'${value}'`}`);
        await expect
          .poll(() => page.getByTestId("frame").first().textContent(), { timeout: 10_000 })
          .toContain("Successfully set your parameters");
      }

      await runInEditor(page, query.cypher);
      const frame = page.getByTestId("frame").first();
      await expect
        .poll(() => frame.getByTestId("frameCommand").textContent(), { timeout: 10_000 })
        .toContain(query.cypher.split("\n")[0]);
      const rows = frame.locator("table tr:has(td)");
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await rows.allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringMatching(query.expect)]),
      );
      await page.screenshot({ path: "/tmp/neo4j-browser.png" });
    }, 60_000);

    it("reaches nothing beyond this machine", () => {
      expect(pageErrors).toEqual([]);
      expect(succeededOutbound).toEqual([]);
      expect(webSockets.filter((url) => !isLocal(url))).toEqual([]);
      const unknown = attemptedOutbound.filter((url) => {
        const host = new URL(url).hostname;
        return !knownOutboundHosts.some((known) => known.test(host));
      });
      expect(unknown).toEqual([]);
    });
  },
);

/** Types a command into Neo4j Browser's main editor, runs it, and waits for its frame. */
async function runInEditor(page: Page, command: string): Promise<void> {
  const frames = page.getByTestId("frame");
  const before = await frames.count();
  const editor = page.getByTestId("activeEditor").locator("#monaco-main-editor .view-lines");
  await editor.click();
  // insertText pastes the text in one go: Enter would run a half-typed query, and Monaco
  // would auto-close quotes and brackets typed one by one.
  await page.keyboard.insertText(command);
  await page.getByTestId("editor-Run").click();
  await expect.poll(() => frames.count(), { timeout: 10_000 }).toBeGreaterThan(before);
}
