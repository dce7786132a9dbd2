/** The API serves the Browser guide and style to Browser's origin, and nothing else there. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../../test/support/graphql.ts";
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

  it("tells Browser to load the style, clear the stream, then play the guide", () => {
    expect(postConnectCommand("http://localhost:4000")).toBe(
      "style http://localhost:4000/neo4j-browser/style.grass; clear; play http://localhost:4000/neo4j-browser/guide.html",
    );
  });
});
