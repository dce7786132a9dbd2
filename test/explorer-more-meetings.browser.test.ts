/**
 * "More meetings" asks for the next page of meetings only (issue 24, part 5): one request,
 * the ActorMeetings operation, whose selection on the actor is its meetings and nothing else
 * (no positions, no statements, no network, which the first page's ActorPage already
 * brought); the list grows by that page, without duplicates, in the API's order. At 1280×900
 * and at 390×844, in headless Chromium against the real application and the seeded Neo4j.
 *
 * No one in the five seeded articles has more than a page of meetings at the explorer's page
 * size (20), and the explorer has no setting for a smaller one: the test rewrites the page
 * size in the requests on their way out (ActorPage's `meetingsFirst`, ActorMeetings'
 * `first`) to 1, so Ryan Crocker's three meetings come as three pages. The operations, their
 * selections and the cursors are the explorer's own.
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
if (!chromiumPath) console.warn(`explorer-more-meetings.browser.test.ts: ${skipReason}`);

const artifacts = join(paths.root, "test-results");
const CROCKER = "person:ryan-crocker";

/** Crocker's meetings in the API's order, which his page must show. */
const MeetingOrder = graphql(`
  query MeetingOrder($id: ID!) { person(id: $id) { meetings(first: 50) { edges { node { id } } } } }
`);

const PAGE_SIZE = 1;

const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** The variables with the small page size for the operations that page meetings. */
function smaller(operationName: string, variables: Record<string, unknown>) {
  if (operationName === "ActorPage") return { ...variables, meetingsFirst: PAGE_SIZE };
  if (operationName === "ActorMeetings") return { ...variables, first: PAGE_SIZE };
  return variables;
}

let app: RunningApplication;
let browser: Browser;
/** Crocker's meetings in the API's order, all on one page. */
let expectedOrder: string[];

beforeAll(async () => {
  if (!chromiumPath) return;
  mkdirSync(artifacts, { recursive: true });
  app = await startTestApplication();
  browser = await launchChromium();
  const { person } = await new GraphQLClient(`${app.url}/graphql`).request(MeetingOrder, {
    id: CROCKER,
  });
  if (!person) throw new Error(`${CROCKER} is not in the seeded graph`);
  expectedOrder = person.meetings.edges.map((edge) => edge.node.id);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe.skipIf(!chromiumPath).each(viewports)(
  "More meetings at $name size ($width×$height)",
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

    const shownMeetings = () =>
      page
        .locator('section[aria-labelledby="meetings-heading"] details.meeting')
        .evaluateAll((elements) => elements.map((element) => element.id));
    const domId = (id: string) => `m-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`;

    it("asks for the next page of meetings only, and appends it in order", async () => {
      expect(expectedOrder.length, "Crocker has more than one page").toBeGreaterThan(PAGE_SIZE);
      await page.goto(`${app.url}/#/actor/${encodeURIComponent(CROCKER)}`);
      await page
        .locator('main[data-view="person"][data-ready="true"]')
        .waitFor({ timeout: 20_000 });
      await expect.poll(shownMeetings).toEqual(expectedOrder.slice(0, PAGE_SIZE).map(domId));
      const heading = page.locator("#meetings-heading");
      expect(await heading.innerText()).toContain(`(${PAGE_SIZE} of ${expectedOrder.length})`);

      const more = page.getByRole("button", { name: "More meetings" });
      let pages = 1;
      while (pages * PAGE_SIZE < expectedOrder.length) {
        // Whatever the first page's operations still had in flight has settled.
        await page.waitForLoadState("networkidle");
        const before = requests.length;
        await more.click();
        const shown = Math.min((pages + 1) * PAGE_SIZE, expectedOrder.length);
        await expect
          .poll(shownMeetings, { timeout: 20_000 })
          .toEqual(expectedOrder.slice(0, shown).map(domId));
        await page.waitForLoadState("networkidle");
        const sent = requests.slice(before);
        const described = await Promise.all(
          sent.map(async (request) => {
            const operation = sentOperation(request);
            const body = {
              operationName: operation?.operationName,
              query: operation?.document,
              variables: operation?.variables,
            };
            const response = await request.response();
            const sizes = await request.sizes();
            const decoded = (await response?.body())?.length ?? 0;
            return { request, body, sizes, decoded };
          }),
        );
        // What the click cost, printed before anything is asserted (the figures of issue 24).
        for (const { body, sizes, decoded } of described)
          console.log(
            `${viewport.name}, page ${pages + 1}: ${body.operationName}, request ${sizes.requestBodySize} B, ` +
              `response ${sizes.responseBodySize} B on the wire, ${decoded} B decoded`,
          );
        expect(
          described.map(({ request, body }) => `${request.method()} ${body.operationName}`),
          "one request per click, by id",
        ).toEqual(["GET ActorMeetings"]);
        const [{ body }] = described as [(typeof described)[number]];
        const document = parse(body.query ?? "");
        // On the actor: its meetings, and nothing else (no positions, statements, network).
        expect([...fieldsOnRootValue(document, "ActorMeetings")].sort()).toEqual(
          ["__typename", "id", "meetings"].sort(),
        );
        const fields = allFields(document);
        for (const absent of ["positions", "allegedPositions", "counterparts", "aliases"])
          expect(fields.has(absent), absent).toBe(false);
        expect(body.variables?.after, "the previous page's end cursor").toEqual(expect.any(String));
        pages += 1;
      }

      const shown = await shownMeetings();
      expect(new Set(shown).size, "no duplicates").toBe(shown.length);
      expect(shown).toEqual(expectedOrder.map(domId));
      expect(await heading.innerText()).toContain(
        `(${expectedOrder.length} of ${expectedOrder.length})`,
      );
      expect(await more.count(), "no more pages").toBe(0);
      // The rest of the page is still there (the first page's data was not replaced).
      expect(await page.locator("h1").innerText()).toBe("Ryan Crocker");
      expect(await page.getByRole("list", { name: "Positions" }).count()).toBe(1);
      await page.screenshot({
        path: join(artifacts, `explorer-more-meetings-${viewport.name}.png`),
        fullPage: true,
      });
      expect(offline.blocked).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
      expect(offline.consoleErrors).toEqual([]);
    }, 90_000);
  },
);
