/**
 * `npm run browser-guide`: writes neo4j-browser/guide.html, the Neo4j Browser start guide,
 * from the analyst library (src/queries/browser-guide.ts). Run it after changing a query.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../config/paths.ts";
import { buildGuide } from "../queries/browser-guide.ts";
import { loadLibrary } from "../queries/library.ts";

const file = join(paths.root, "neo4j-browser", "guide.html");
writeFileSync(file, buildGuide(loadLibrary()));
console.log(`wrote ${file}`);
