/**
 * Headless Chromium for browser tests: Debian's chromium (npm test's pretest installs it),
 * launched with the flags that keep it off the network by itself.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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
