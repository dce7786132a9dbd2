/**
 * The MET_WITH aggregate of cypher/derived.cypher (docs/graph-model.md, "Aggregates"),
 * counted while the meetings are generated: for every two distinct actors that both took
 * part in a held meeting, how many they shared, and the rank key the rules compute. Written
 * after the last meeting (a count is final only then), one edge each way. Actors are
 * numbered as first seen and a pair is one number, so a million meetings' pairs fit in a Map.
 */
import { labelOf } from "./chunk.ts";

/** More actors than any generated graph has (about one person per ten meetings). */
const PAIR_BASE = 2 ** 24;

export interface MetWith {
  from: string;
  to: string;
  properties: { ownerId: string; counterpartId: string; meetings: number; rankKey: string };
}

/** a's key for counterpart b: b's label, meetings descending, name, id (as the rules). */
export function rankKey(label: string, meetings: number, name: string, id: string): string {
  return `${label}|${String(9_999_999_999 - meetings).padStart(10, "0")}|${name.toLowerCase()}\u0000${id}`;
}

export class PairTally {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly counts = new Map<number, number>();

  /** One held meeting's attendees (each actor once). */
  add(attendees: Iterable<string>): void {
    const numbers = [...attendees].map((id) => this.number(id)).sort((a, b) => a - b);
    for (let i = 0; i < numbers.length; i++)
      for (let j = i + 1; j < numbers.length; j++) {
        const key = (numbers[i] as number) * PAIR_BASE + (numbers[j] as number);
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      }
  }

  /** Both edges of every pair, in the order the pairs were first seen. */
  *edges(nameOf: (id: string) => string): Generator<MetWith> {
    for (const [key, meetings] of this.counts) {
      const a = this.ids[Math.floor(key / PAIR_BASE)] as string;
      const b = this.ids[key % PAIR_BASE] as string;
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const)
        yield {
          from,
          to,
          properties: {
            ownerId: from,
            counterpartId: to,
            meetings,
            rankKey: rankKey(labelOf(to), meetings, nameOf(to), to),
          },
        };
    }
  }

  private number(id: string): number {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.ids.length;
      if (number >= PAIR_BASE) throw new RangeError("too many actors for PairTally");
      this.numbers.set(id, number);
      this.ids.push(id);
    }
    return number;
  }
}
