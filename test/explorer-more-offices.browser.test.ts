/**
 * An organization's or a country's offices on its page come a page at a time (issue 24):
 * PartyPage brings the first page and the count ("People in its offices (N)"), and "More
 * offices" asks PartyOffices for the next page only (the party's offices and nothing else:
 * no meetings, statements or relays, which PartyPage already brought); the list grows by that
 * page, without duplicates, in the API's order. At 1280×900 and at 390×844, in headless
 * Chromium against the real application and the seeded Neo4j.
 *
 * No party of the five seeded articles holds more than a page of offices at the explorer's
 * page size (20), and the explorer has no setting for a smaller one: as
 * explorer-more-meetings.browser.test.ts does, the test rewrites the page size in the
 * requests on their way out (PartyPage's `officesFirst`, PartyOffices' `first`), so the
 * United States' offices come a few at a time. The operations, their selections and the
 * cursors are the explorer's own.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "graphql";
import { GraphQLClient } from "graphql-request";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApplication } from "../src/application.ts";
import { paths } from "../src/config/paths.ts";
import { graphql } from "./__generated__/gql.ts";
import {
  chromiumPath,
  launchChromium,
  NO_CHROMIUM,
  type OfflinePage,
  openOfflinePage,
  rewriteVariables,
  sentOperation,
} from "./support/browser.ts";
import { allFields, fieldsOnRootValue } from "./support/documents.ts";
import { startTestApplication } from "./support/http.ts";

const skipReason = `skipped: ${NO_CHROMIUM}`;
if (!chromiumPath) console.warn(`explorer-more-offices.browser.test.ts: ${skipReason}`);

const artifacts = join(paths.root, "test-results");
const USA = "country:USA";

/** The United States' offices in the API's order (holder and title), which its page must show. */
const OfficeOrder = graphql(`
  query OfficeOrder {
    country(code: "USA") {
      offices(first: 100) { totalCount edges { node { title holder { name } } } }
    }
  }
`);

const PAGE_SIZE = 3;

const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** The variables with the small page size for the operations that page offices. */
function smaller(operationName: string, variables: Record<string, unknown>) {
  if (operationName === "PartyPage") return { ...variables, officesFirst: PAGE_SIZE };
  if (operationName === "PartyOffices") return { ...variables, first: PAGE_SIZE };
  return variables;
}

let app: RunningApplication;
let browser: Browser;
/** The United States' offices as the page words them ("holder, title"), in the API's order. */
let expectedOrder: string[];
let totalCount: number;

beforeAll(async () => {
  if (!chromiumPath) return;
  mkdirSync(artifacts, { recursive: true });
  app = await startTestApplication();
  browser = await launchChromium();
  const { country } = await new GraphQLClient(`${app.url}/graphql`).request(OfficeOrder);
  if (!country) throw new Error(`${USA} is not in the seeded graph`);
  expectedOrder = country.offices.edges.map(
    (edge) => `${edge.node.holder.name}, ${edge.node.title}`,
  );
  totalCount = country.offices.totalCount;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!chromiumPath).each(viewports)(
  "More offices at $name size ($width×$height)",
  (viewport) => {
    let offline: OfflinePage;
    let page: Page;
    const requests: Request[] = [];

    beforeAll(async () => {
      offline = await openOfflinePage(browser, { width: viewport.width, height: viewport.height });
      page = offline.page;
      // A small page size, set on the way out.
      await rewriteVariables(page, smaller);
      page.on("request", (request) => {
        if (request.url().includes("/graphql")) requests.push(request);
      });
    }, 60_000);

    afterAll(async () => {
      await page?.context().close();
    });

    const offices = () => page.getByRole("list", { name: "Offices" });
    // Each item's "holder, title", without the former mark and the evidence button.
    const shownOffices = () =>
      offices()
        .locator(":scope > li")
        .evaluateAll((items) =>
          items.map((item) => {
            const link = item.querySelector("a");
            const title = [...item.childNodes]
              .filter((node) => node.nodeType === 3) // text nodes
              .map((node) => node.textContent ?? "")
              .join("")
              .replace(/^,\s*/, "")
              .trim();
            return `${link?.textContent ?? ""}, ${title}`;
          }),
        );

    it("shows the count and the first page, then asks for the next page of offices only", async () => {
      expect(expectedOrder.length, "more than one page of offices").toBeGreaterThan(PAGE_SIZE);
      expect(totalCount).toBe(expectedOrder.length);
      await page.goto(`${app.url}/#/actor/${encodeURIComponent(USA)}`);
      await page.locator('main[data-view="party"][data-ready="true"]').waitFor({ timeout: 20_000 });
      await expect.poll(shownOffices).toEqual(expectedOrder.slice(0, PAGE_SIZE));
      const heading = page.locator("#offices-heading");
      expect(await heading.innerText()).toBe(`People in its offices (${totalCount})`);

      const more = page.getByRole("button", { name: "More offices" });
      let pages = 1;
      while (pages * PAGE_SIZE < expectedOrder.length) {
        // Whatever the first page's operations still had in flight has settled.
        await page.waitForLoadState("networkidle");
        const before = requests.length;
        await more.click();
        const shown = Math.min((pages + 1) * PAGE_SIZE, expectedOrder.length);
        await expect.poll(shownOffices, { timeout: 20_000 }).toEqual(expectedOrder.slice(0, shown));
        await page.waitForLoadState("networkidle");
        const sent = await Promise.all(
          requests.slice(before).map(async (request) => {
            const operation = sentOperation(request);
            const body = {
              operationName: operation?.operationName,
              query: operation?.document,
              variables: operation?.variables,
            };
            return { request, body };
          }),
        );
        expect(
          sent.map(({ request, body }) => `${request.method()} ${body.operationName}`),
          "one request per click, by id",
        ).toEqual(["GET PartyOffices"]);
        const [{ body }] = sent as [(typeof sent)[number]];
        const document = parse(body.query ?? "");
        // On the party: its offices, and nothing else (no meetings, statements, relays).
        expect([...fieldsOnRootValue(document, "PartyOffices")].sort()).toEqual(
          ["__typename", "id", "offices"].sort(),
        );
        const fields = allFields(document);
        for (const absent of ["meetings", "statements", "relayed", "totalCount", "positions"])
          expect(fields.has(absent), absent).toBe(false);
        expect(body.variables?.after, "the previous page's end cursor").toEqual(expect.any(String));
        pages += 1;
      }

      const shown = await shownOffices();
      expect(new Set(shown).size, "no duplicates").toBe(shown.length);
      expect(shown).toEqual(expectedOrder);
      expect(await heading.innerText()).toBe(`People in its offices (${totalCount})`);
      expect(await more.count(), "no more pages").toBe(0);
      // The rest of the page is still there (the first page's data was not replaced).
      expect(await page.locator("h1").innerText()).toBe("United States");
      expect(await page.locator("#meetings-heading").count()).toBe(1);
      await page.screenshot({
        path: join(artifacts, `explorer-more-offices-${viewport.name}.png`),
        fullPage: true,
      });
      expect(offline.blocked).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
      expect(offline.consoleErrors).toEqual([]);
    }, 90_000);
  },
);
