/** The API serves the Browser guide and style to Browser's origin, and nothing else there. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../../test/support/graphql.ts";
import { paths } from "../config/paths.ts";
import { postConnectCommand } from "./neo4j-browser.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

describe("the Neo4j Browser guide and style from the API", () => {
  it("serves both to Neo4j Browser's origin (CORS)", async () => {
    for (const [file, marker] of [
      ["style.grass", 'caption: "{text}"'],
      ["guide.html", '<article class="guide">'],
    ]) {
      const response = await fetch(`${api.app.url}/neo4j-browser/${file}`, {
        headers: { origin: "http://localhost:7474" },
      });
      expect(response.status, file).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:7474");
      expect(await response.text()).toContain(marker);
    }
  });

  it("serves no other file and allows no other origin", async () => {
    const other = await fetch(`${api.app.url}/neo4j-browser/package.json`);
    expect(other.status).toBe(404);
    const foreign = await fetch(`${api.app.url}/neo4j-browser/style.grass`, {
      headers: { origin: "https://example.org" },
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("tells Browser to apply the style inline, clear the stream, then play the guide", () => {
    const style = readFileSync(join(paths.root, "neo4j-browser", "style.json"), "utf8").trim();
    expect(postConnectCommand("http://localhost:4000")).toBe(
      `style ${style}; clear; play http://localhost:4000/neo4j-browser/guide.html`,
    );
    // Browser splits the setting on semicolons outside quotes: the style holds none.
    expect(style).not.toContain(";");
  });

  it("says the same in docker-compose.yml, whose Neo4j loads the guide from this API", () => {
    const compose = readFileSync(join(paths.root, "docker-compose.yml"), "utf8");
    const setting = /NEO4J_browser_post__connect__cmd: '(.*)'$/m.exec(compose)?.[1];
    expect(setting).toBe(postConnectCommand("http://localhost:4000"));
  });
});
