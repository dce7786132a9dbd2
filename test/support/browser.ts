/**
 * Headless Chromium for browser tests: Debian's chromium (npm test's pretest installs it),
 * launched with the flags that keep it off the network by itself.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

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
