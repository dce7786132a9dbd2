/**
 * The project's Neo4j Browser graph style (neo4j-browser/style.grass) as the one-line JSON
 * Browser's `:style` takes inline (neo4j-browser/style.json, written by `npm run
 * browser-guide`; a test fails when it differs). Inline, not by URL: Browser applies an
 * inline style at once, so the `clear` after it in browser.post_connect_cmd removes its
 * frame (80 lines of style) before the guide opens; a style fetched by URL lands after the
 * `clear`, above the guide (issue 21). JSON, because Browser splits that setting on every
 * semicolon outside quotes, and grass separates its declarations with them.
 */

const SEPARATOR = "\u0000";

/**
 * Grass read as Browser reads it: `selector { name: value; ... }`, where braces and
 * semicolons inside quotes belong to the value (a caption "{name}") and the quotes are dropped.
 */
export function grassToStyleJson(grass: string): string {
  const style: Record<string, Record<string, string>> = {};
  let quoted = false;
  let inRule = false;
  let selector = "";
  let body = "";
  const declarations: string[][] = [];
  for (const char of grass) {
    if (char === '"' || char === "'") {
      quoted = !quoted;
      continue;
    }
    if (!quoted && !inRule && char === "{") {
      inRule = true;
      continue;
    }
    if (!quoted && inRule && char === "}") {
      declarations.push([selector.trim(), body]);
      inRule = false;
      selector = "";
      body = "";
      continue;
    }
    if (!inRule) selector += char;
    // A semicolon inside quotes is the value's own: only the others separate declarations.
    else body += !quoted && char === ";" ? SEPARATOR : char;
  }
  for (const [name, text] of declarations) {
    const rule: Record<string, string> = {};
    for (const declaration of (text ?? "").split(SEPARATOR)) {
      const colon = declaration.indexOf(":");
      if (colon > 0) rule[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
    }
    style[name ?? ""] = rule;
  }
  if (Object.keys(style).length === 0) throw new Error("style.grass: no rule found");
  return JSON.stringify(style);
}
