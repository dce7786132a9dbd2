/**
 * `npm run browser-guide`: writes neo4j-browser/guide.html, the Neo4j Browser start guide,
 * from the analyst library (src/queries/browser-guide.ts), and neo4j-browser/style.json, the
 * graph style as Browser takes it inline on connect (src/queries/browser-style.ts). Run it
 * after changing a query or style.grass.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../config/paths.ts";
import { buildGuide } from "../queries/browser-guide.ts";
import { grassToStyleJson } from "../queries/browser-style.ts";
import { loadLibrary } from "../queries/library.ts";

const dir = join(paths.root, "neo4j-browser");
writeFileSync(join(dir, "guide.html"), buildGuide(loadLibrary()));
console.log(`wrote ${join(dir, "guide.html")}`);
writeFileSync(
  join(dir, "style.json"),
  `${grassToStyleJson(readFileSync(join(dir, "style.grass"), "utf8"))}\n`,
);
console.log(`wrote ${join(dir, "style.json")}`);
