/**
 * The project's Neo4j Browser start guide and graph style (neo4j-browser/), for a Neo4j that
 * cannot serve them itself: the official image (docker compose, Testcontainers) loads them
 * from here on connect (browser.post_connect_cmd). The embedded launcher serves the same
 * files itself. Browser fetches them from its own page, so CORS allows Browser's origins.
 */
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
 * The Browser command that loads both from an API at `apiUrl`: the style, then `clear` (the
 * style's frame lists its 80 lines, and Browser has already opened `:play start` and the
 * connect frame by then), then the guide, alone in the stream (issue 21).
 */
export function postConnectCommand(apiUrl: string): string {
  const base = `${apiUrl}${NEO4J_BROWSER_PATH}`;
  return `style ${base}/style.grass; clear; play ${base}/guide.html`;
}
