/**
 * The project's Neo4j Browser start guide and graph style (neo4j-browser/), for a Neo4j that
 * cannot serve them itself: the official image (docker compose, Testcontainers) loads them
 * from here on connect (browser.post_connect_cmd). The embedded launcher serves the same
 * files itself. Browser fetches them from its own page, so CORS allows Browser's origins.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import cors from "cors";
import express, { type Router } from "express";
import { paths } from "../config/paths.ts";

export const NEO4J_BROWSER_PATH = "/neo4j-browser";
const FILES = ["guide.html", "style.grass"];

/** Browser as the compose file and Testcontainers publish it. */
const BROWSER_ORIGINS = [/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/];

export function neo4jBrowserRoutes(): Router {
  const router = express.Router();
  router.get(
    `${NEO4J_BROWSER_PATH}/:file`,
    cors({ origin: BROWSER_ORIGINS, methods: ["GET"] }),
    (req, res, next) => {
      const file = req.params.file;
      if (!FILES.includes(file)) return next();
      res.setHeader("cache-control", "no-store");
      res.type(file.endsWith(".html") ? "html" : "text/plain");
      res.sendFile(join(paths.root, "neo4j-browser", file));
    },
  );
  return router;
}

/**
 * The Browser command that applies the style and opens the guide from an API at `apiUrl`: the
 * style inline (neo4j-browser/style.json: applied at once, src/queries/browser-style.ts
 * says why), then `clear` (the style's frame lists its 80 lines, and Browser has already
 * opened `:play start` and the connect frame by then), then the guide, alone in the stream
 * (issue 21). The launcher (EmbeddedNeo4j.java) builds the same from its own copy.
 */
export function postConnectCommand(apiUrl: string): string {
  const style = readFileSync(join(paths.root, "neo4j-browser", "style.json"), "utf8").trim();
  return `style ${style}; clear; play ${apiUrl}${NEO4J_BROWSER_PATH}/guide.html`;
}
