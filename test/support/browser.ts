/**
 * Headless Chromium for browser tests: Debian's chromium (npm test's pretest installs it),
 * launched with the flags that keep it off the network by itself.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page, type Request } from "playwright-core";
import {
  loadTrustedDocuments,
  type TrustedDocuments,
} from "../../src/graphql/trusted-documents.ts";

export const chromiumPath = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
]
  .filter((path): path is string => Boolean(path))
  .find((path) => existsSync(path));

export const NO_CHROMIUM = "Chromium not found (set CHROMIUM_PATH, or apt-get install chromium)";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** True for this machine's own addresses: everything else is "the internet" to a test. */
export function isLocal(url: string): boolean {
  return LOCAL_HOSTS.has(new URL(url).hostname);
}

/** A page that may reach only this machine, and what it did that a test must see. */
export interface OfflinePage {
  page: Page;
  /** Every request to another host, aborted. */
  blocked: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error messages. */
  consoleErrors: string[];
  /** Content-Security-Policy violations the page reported (not thrown, so collected). */
  cspViolations(): Promise<string[]>;
}

/**
 * A new context and page in `browser` with every non-local request aborted and recorded (on
 * the context, so web workers' requests are covered too), and page errors, console errors
 * and CSP violations collected.
 */
export async function openOfflinePage(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
      });`,
  });
  return {
    page,
    blocked,
    pageErrors,
    consoleErrors,
    cspViolations: () => page.evaluate<string[]>("window.cspViolations"),
  };
}

/** A GraphQL request as the page sent it, whether a POST body or a GET by trusted id. */
export interface SentOperation {
  method: string;
  /** The operation's name: the body's, or that of the trusted document the request names. */
  operationName: string;
  /** The trusted document's id, when the request named one (`documentId`). */
  documentId: string | undefined;
  /** The full text, when the request carried one. */
  query: string | undefined;
  /** The text it runs: the one it carried, or its trusted document's. */
  document: string | undefined;
  variables: Record<string, unknown>;
  /** The same request as a JSON body for POST /graphql (a bench can send it again). */
  body: string;
}

let trusted: TrustedDocuments | undefined;

/**
 * What a request to /graphql asked for, or undefined for any other request. The explorer
 * sends `GET /graphql?documentId=sha256:…&variables=…` (web/src/trusted-documents.ts): the
 * name comes from the trusted documents manifest, "(unknown id)" for an id it lacks.
 */
export function sentOperation(request: Request): SentOperation | undefined {
  const url = new URL(request.url());
  if (url.pathname !== "/graphql") return undefined;
  const params: Record<string, unknown> =
    request.method() === "GET"
      ? Object.fromEntries(
          [...url.searchParams].map(([name, value]) => [
            name,
            name === "variables" || name === "extensions" ? JSON.parse(value) : value,
          ]),
        )
      : (JSON.parse(request.postData() ?? "{}") as Record<string, unknown>);
  const documentId = typeof params.documentId === "string" ? params.documentId : undefined;
  trusted ??= loadTrustedDocuments();
  const operationName =
    typeof params.operationName === "string"
      ? params.operationName
      : documentId !== undefined
        ? (trusted.get(documentId)?.operationName ?? "(unknown id)")
        : "(anonymous)";
  const variables = (params.variables ?? {}) as Record<string, unknown>;
  const query = typeof params.query === "string" ? params.query : undefined;
  return {
    method: request.method(),
    operationName,
    documentId,
    query,
    document: query ?? (documentId === undefined ? undefined : trusted.get(documentId)?.text),
    variables,
    body: JSON.stringify(
      documentId !== undefined
        ? { documentId, variables }
        : { query, operationName: params.operationName, variables },
    ),
  };
}

/**
 * Rewrites the variables of every GraphQL request the page sends, on the way out: in the URL
 * of the explorer's GET by id, or in a POST body (a test's small page size, for instance).
 */
export async function rewriteVariables(
  page: Page,
  rewrite: (operationName: string, variables: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  await page.route(
    (url) => url.pathname === "/graphql",
    async (route) => {
      const request = route.request();
      const sent = sentOperation(request);
      if (sent === undefined) return route.continue();
      const variables = rewrite(sent.operationName, sent.variables);
      if (request.method() === "GET") {
        const url = new URL(request.url());
        url.searchParams.set("variables", JSON.stringify(variables));
        return route.continue({ url: url.toString() });
      }
      const body = JSON.parse(request.postData() ?? "{}") as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, variables }) });
    },
  );
}
