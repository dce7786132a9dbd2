/**
 * Reads a V8 CPU profile (.cpuprofile) into what a reader wants first: where the process's
 * own time went, function by function, and how much of it was idle or collecting garbage.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { paths } from "../../src/config/paths.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export function summarizeProfile(file: string, count = 15) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[] };
  const byFunction = new Map<string, { function: string; where: string; hits: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? `${url.startsWith("file://") ? relative(paths.root, new URL(url).pathname) : url}:${lineNumber + 1}`
      : "";
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? {
      function: functionName || "(anonymous)",
      where,
      hits: 0,
    };
    entry.hits += hits;
    byFunction.set(key, entry);
  }
  const share = (hits: number) => (total === 0 ? 0 : Math.round((hits / total) * 1000) / 1000);
  const named = (name: string) =>
    [...byFunction.values()]
      .filter((entry) => entry.function === name)
      .reduce((n, e) => n + e.hits, 0);
  return {
    top: [...byFunction.values()]
      .sort((a, b) => b.hits - a.hits)
      .slice(0, count)
      .map((entry) => ({ function: entry.function, where: entry.where, share: share(entry.hits) })),
    idle: share(named("(idle)")),
    gc: share(named("(garbage collector)")),
  };
}
