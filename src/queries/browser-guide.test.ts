/** The committed Browser guide is the one the library builds (run `npm run browser-guide`). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paths } from "../config/paths.ts";
import { buildGuide, drawablePaths } from "./browser-guide.ts";
import { grassToStyleJson } from "./browser-style.ts";
import { loadLibrary } from "./library.ts";

describe("the Neo4j Browser guide", () => {
  const committed = readFileSync(join(paths.root, "neo4j-browser", "guide.html"), "utf8");

  it("is up to date with the query library", () => {
    expect(committed).toBe(buildGuide(loadLibrary()));
  });

  it("has the graph style as Browser takes it inline up to date with style.grass", () => {
    const dir = join(paths.root, "neo4j-browser");
    const json = readFileSync(join(dir, "style.json"), "utf8");
    expect(json).toBe(`${grassToStyleJson(readFileSync(join(dir, "style.grass"), "utf8"))}\n`);
    const style = JSON.parse(json) as Record<string, Record<string, string>>;
    expect(style["node.Statement"]?.caption).toBe("{text}");
    expect(style.relationship?.caption).toBe("<type>");
  });

  it("has a slide with runnable parameters and query for every library query", () => {
    for (const query of loadLibrary()) {
      expect(committed, query.name).toContain(`<code>${query.name}</code>`);
      const first = query.params[0];
      if (first) {
        // A value to run with; null only for a parameter the query may go without.
        const value = first.optional ? '(null|")' : '"';
        expect(committed, query.name).toMatch(new RegExp(`:params \\{${first.name}: ${value}`));
      }
    }
    expect(committed.match(/class="[^"]*runnable/g)?.length).toBeGreaterThan(loadLibrary().length);
  });

  it("draws shortest-connection's paths: the query cut where its paths are lists", () => {
    const query = loadLibrary().find((q) => q.name === "shortest-connection");
    const drawable = drawablePaths(query?.cypher ?? "");
    expect(drawable).toMatch(/\nRETURN nodes, rels$/);
    expect(committed).toContain("RETURN nodes, rels");
  });
});
