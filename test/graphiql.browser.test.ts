/**
 * The in-browser IDE at /graphql, driven in headless Chromium against the real application.
 * Every request to a host other than this machine is aborted and recorded, so a passing
 * run proves the IDE works offline (no CDN). Needs Chromium (npm test's pretest installs it
 * on Debian); without it the browser tests report themselves skipped.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApplication } from "../src/application.ts";
import { paths } from "../src/config/paths.ts";
import {
  defaultExampleOperation,
  graphiqlRoutes,
  loadExampleOperations,
} from "../src/http/graphiql.ts";
import {
  chromiumPath,
  launchChromium,
  NO_CHROMIUM,
  type OfflinePage,
  openOfflinePage,
} from "./support/browser.ts";
import { startTestApplication } from "./support/http.ts";

const skipReason = `skipped: ${NO_CHROMIUM}`;
if (!chromiumPath) console.warn(`graphiql.browser.test.ts: ${skipReason}`);

describe.skipIf(!chromiumPath)(
  chromiumPath ? "GraphiQL at /graphql in a browser" : `GraphiQL in a browser (${skipReason})`,
  () => {
    let app: RunningApplication;
    let browser: Browser;
    let offline: OfflinePage;
    let page: Page;

    beforeAll(async () => {
      app = await startTestApplication();
      browser = await launchChromium();
      offline = await openOfflinePage(browser, { width: 1400, height: 900 });
      page = offline.page;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    it("serves the IDE page with strict security headers", async () => {
      const response = await page.goto(`${app.url}/graphql`);
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers["content-type"]).toMatch(/^text\/html/);
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["x-frame-options"]).toBe("DENY");
    });

    it("preloads the example operations as tabs", async () => {
      await page.locator(".graphiql-query-editor .monaco-editor").waitFor({ timeout: 30_000 });
      const tabs = await page.locator(".graphiql-tab-button").allInnerTexts();
      const examples = loadExampleOperations(join(paths.root, "operations"));
      expect(tabs).toHaveLength(examples.length);
      expect(tabs.map((t) => t.trim())).toEqual(examples.map((e) => e.name));
    });

    it("runs a query against the API and shows the result", async () => {
      await page.getByRole("button", { name: "New tab" }).click();
      const editor = page.locator(".graphiql-query-editor .monaco-editor");
      await editor.click();
      await page.keyboard.press("ControlOrMeta+A");
      // insertText, not type: Monaco would auto-close every brace typed one by one.
      await page.keyboard.insertText("query FromTheTest { status { neo4jVersion neo4jEdition } }");
      // GraphiQL reads the operation name from the editor after a debounce; running before
      // the tab shows the new name would send the previous tab's operation name.
      await expect
        .poll(() => page.locator(".graphiql-tab-active .graphiql-tab-button").innerText(), {
          timeout: 10_000,
        })
        .toContain("FromTheTest");
      await page.locator(".graphiql-execute-button").click();

      const result = page.locator(".graphiql-response .view-lines");
      await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('"community"');
      expect(await result.textContent()).toMatch(/"neo4jVersion":\s*"\d{4}\.\d{2}\.\d+"/);
      await page.screenshot({ path: "/tmp/graphiql.png" });
    }, 60_000);

    it("a page too large is refused as such, not a null person; an over-cost query names the field to shrink (issue 21)", async () => {
      const run = async (name: string, query: string) => {
        await page.getByRole("button", { name: "New tab" }).click();
        const editor = page.locator(".graphiql-query-editor .monaco-editor");
        await editor.click();
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.insertText(query);
        await expect
          .poll(() => page.locator(".graphiql-tab-active .graphiql-tab-button").innerText(), {
            timeout: 10_000,
          })
          .toContain(name);
        await page.locator(".graphiql-execute-button").click();
        const result = page.locator(".graphiql-response .view-lines");
        await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('"errors"');
        return (await result.textContent())?.replace(/\s+/g, " ") ?? "";
      };
      const tooLarge = await run(
        "TooLarge",
        'query TooLarge { person(id: "person:ryan-crocker") { name counterparts(first: 500) { meetingCount } } }',
      );
      expect(tooLarge).toContain("first: must be between 0 and 100, got 500");
      expect(tooLarge).toContain("person.counterparts");
      expect(tooLarge).not.toMatch(/"person":\s*null/);
      const overCost = await run(
        "OverCost",
        "query OverCost { people(first: 50) { edges { node { name meetings(first: 20) { totalCount edges { node { title participants { role } } } } } } } }",
      );
      expect(overCost).toContain("exceeds the limit of 25000");
      expect(overCost).toMatch(
        /most of it, \d+, is people \(first: 50\), above all its meetings \(first: 20\)/,
      );
      await page.screenshot({ path: join(paths.root, "test-results", "graphiql-first-500.png") });
      // The two refusals are these queries': Chromium logs each failed request.
      for (let i = 0; i < 2; i += 1) {
        const at = offline.consoleErrors.findIndex((m) => m.includes("status of 400"));
        if (at >= 0) offline.consoleErrors.splice(at, 1);
      }
    }, 60_000);

    it("made no request off this machine, no page error and no CSP violation", async () => {
      expect(offline.blocked).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
      expect(offline.consoleErrors).toEqual([]);
      expect(await offline.cspViolations()).toEqual([]);
    });
  },
);

describe("GraphiQL routes over HTTP", () => {
  let app: RunningApplication;
  beforeAll(async () => {
    app = await startTestApplication();
  });
  afterAll(() => app.stop());

  it("leaves non-HTML requests to /graphql to the GraphQL server", async () => {
    const response = await fetch(
      `${app.url}/graphql?query=${encodeURIComponent("{ status { neo4jEdition } }")}`,
      {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      },
    );
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toHaveProperty("data", { status: { neo4jEdition: "community" } });
  });

  it("serves hashed assets as immutable and unknown ones as 404", async () => {
    const html = await (
      await fetch(`${app.url}/graphql`, { headers: { accept: "text/html" } })
    ).text();
    const script = html.match(/src="(\/graphiql\/graphiql-[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${app.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${app.url}/graphiql/nope.js`)).status).toBe(404);
  });
});

describe("graphiqlRoutes", () => {
  it("serves nothing when disabled (production)", async () => {
    const server = express()
      .use(graphiqlRoutes({ endpoint: "/graphql", exampleOperations: [], enabled: false }))
      .use((_req, res) => {
        res.status(418).send("fell through");
      })
      .listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as { port: number };
    try {
      const page = await fetch(`http://127.0.0.1:${port}/graphql`, {
        headers: { accept: "text/html" },
      });
      expect(page.status).toBe(418);
      expect((await fetch(`http://127.0.0.1:${port}/graphiql/manifest.json`)).status).toBe(418);
    } finally {
      server.close();
    }
  });

  it("refuses to start without the bundle, saying how to build it", () => {
    const empty = mkdtempSync(join(tmpdir(), "graphiql-none-"));
    expect(() =>
      graphiqlRoutes({
        endpoint: "/graphql",
        exampleOperations: [],
        enabled: true,
        assetDirectory: empty,
      }),
    ).toThrow(/run npm run build:ide/);
  });
});

describe("loadExampleOperations", () => {
  it("falls back to the status example when the directory is missing or empty", () => {
    expect(loadExampleOperations(join(tmpdir(), "no-such-operations-dir"))).toEqual([
      defaultExampleOperation,
    ]);
    expect(loadExampleOperations(mkdtempSync(join(tmpdir(), "ops-empty-")))).toEqual([
      defaultExampleOperation,
    ]);
  });

  it("makes one tab per operation, named after it, with its fragments and variables", () => {
    const dir = mkdtempSync(join(tmpdir(), "ops-"));
    writeFileSync(
      join(dir, "b.graphql"),
      [
        "# Who someone is.",
        "query Person($id: ID!) { person(id: $id) { ...Name } }",
        "",
        "query Status { status { neo4jEdition } }",
        "",
        "fragment Name on Person { name }",
      ].join("\n"),
    );
    writeFileSync(join(dir, "b.variables.json"), JSON.stringify({ Person: { id: "person:x" } }));
    writeFileSync(join(dir, "a.graphql"), "query First { status { neo4jVersion } }");
    writeFileSync(join(dir, "notes.txt"), "not an operation");

    expect(loadExampleOperations(dir)).toEqual([
      { name: "First", query: "query First { status { neo4jVersion } }" },
      {
        name: "Person",
        query:
          "# Who someone is.\nquery Person($id: ID!) { person(id: $id) { ...Name } }\n\nfragment Name on Person { name }",
        variables: '{\n  "id": "person:x"\n}',
      },
      { name: "Status", query: "query Status { status { neo4jEdition } }" },
    ]);
  });
});
