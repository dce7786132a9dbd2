/**
 * The CAMEO event codebook (Schrodt, CAMEO 1.1b3) with each code's Goldstein score as GDELT
 * publishes the pairing (CAMEO.goldsteinscale.txt): the one table the seed checker holds a
 * meeting's or statement's `cameo`, `cameoName` and `goldstein` against
 * (docs/event-coding.md). Names are the codebook's, with its typos mended.
 */
import { readFileSync } from "node:fs";

export interface CameoEvent {
  code: string;
  name: string;
  goldstein: number;
}

function load(): Map<string, CameoEvent> {
  const text = readFileSync(new URL("./cameo-event-codes.tsv", import.meta.url), "utf8");
  const codes = new Map<string, CameoEvent>();
  for (const line of text.split("\n").slice(1)) {
    if (!line) continue;
    const [code = "", name = "", goldstein = ""] = line.split("\t");
    codes.set(code, { code, name, goldstein: Number(goldstein) });
  }
  return codes;
}

export const CAMEO_EVENTS: ReadonlyMap<string, CameoEvent> = load();
