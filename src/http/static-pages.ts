/**
 * What the pages this server renders for browsers (the GraphQL IDE, the explorer) share: one
 * HTML page per app naming a content-hashed bundle built at install, served from our own
 * origin with strict security headers, and settings handed to the page as JSON.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import compression from "compression";
import express, { type RequestHandler } from "express";

/** esbuild's [name]-[hash] output names, e.g. graphiql-E7OG54GZ.js. */
const hashedName = /-[A-Z0-9]{8}\.(js|css|ttf|woff2?|svg)$/;

/**
 * The bundle's files under `directory`, compressed for browsers that accept it (a third of
 * the bytes): hashed names cached for good (they change with their content), anything else
 * revalidated; unknown files 404 as text.
 */
export function bundleAssets(directory: string): RequestHandler[] {
  return [
    compression(),
    express.static(directory, {
      index: false,
      redirect: false,
      dotfiles: "ignore",
      setHeaders: (res, filePath) => {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader(
          "Cache-Control",
          hashedName.test(basename(filePath)) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    }),
    (_req, res) => {
      res.status(404).type("text").send("Not found\n");
    },
  ];
}

/** The manifest.json a build script wrote, or an error saying which command builds it. */
export function readBundleManifest<Manifest>(
  directory: string,
  what: string,
  command: string,
): Manifest {
  const file = join(directory, "manifest.json");
  if (!existsSync(file)) {
    throw new Error(`The ${what} bundle is missing (${file}): run ${command} (npm ci does it too)`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

/** Headers for an app's HTML page under the given Content-Security-Policy. */
export function pageHeaders(contentSecurityPolicy: string): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // The page names the current bundle's hashed files: always fetch it fresh.
    "Cache-Control": "no-cache",
  };
}

/** The origin of an absolute endpoint URL, for connect-src; none for a path on our own origin. */
function endpointOrigin(endpoint: string): string | undefined {
  return URL.canParse(endpoint) ? new URL(endpoint).origin : undefined;
}

/**
 * The Content-Security-Policy of an app page: everything from our own origin only, requests
 * to it and to the GraphQL endpoint, no inline or eval'd script, no framing; `extra`
 * directives for what an app's bundle really needs (its page says why).
 */
export function appContentSecurityPolicy(endpoint: string, extra: string[] = []): string {
  const origin = endpointOrigin(endpoint);
  return [
    "default-src 'none'",
    "script-src 'self'",
    ...extra,
    "img-src 'self' data:",
    `connect-src 'self'${origin ? ` ${origin}` : ""}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON inside <script>: escape what could end the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026");
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
