/**
 * Date triples as docs/graph-model.md defines them: `<x>` (ISO, only as precise as known),
 * `<x>Precision`, and the `<x>Start`/`<x>End` bounds. Days are counted from 1970-01-01 so
 * that the model can do arithmetic on plain integers.
 */
export type Precision = "DAY" | "MONTH" | "YEAR";

const DAY_MS = 86_400_000;

export const FIRST_DAY = dayOf("1990-01-01");
export const LAST_DAY = dayOf("2026-06-30");

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** 0 = January. */
export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth();
}

export interface DateTriple {
  iso: string | null;
  precision: Precision | null;
  start: string | null;
  end: string | null;
}

export const UNDATED: DateTriple = { iso: null, precision: null, start: null, end: null };

export function dateTriple(day: number, precision: Precision): DateTriple {
  const iso = isoOf(day);
  const year = iso.slice(0, 4);
  if (precision === "DAY") return { iso, precision, start: iso, end: iso };
  if (precision === "YEAR")
    return { iso: year, precision, start: `${year}-01-01`, end: `${year}-12-31` };
  const month = iso.slice(0, 7);
  const date = new Date(day * DAY_MS);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    iso: month,
    precision,
    start: `${month}-01`,
    end: `${month}-${String(last).padStart(2, "0")}`,
  };
}

/** The triple as node properties named after `name` (date, datePrecision, dateStart, dateEnd). */
export function dateProperties(name: string, triple: DateTriple): Record<string, string | null> {
  return {
    [name]: triple.iso,
    [`${name}Precision`]: triple.precision,
    [`${name}Start`]: triple.start,
    [`${name}End`]: triple.end,
  };
}

/** The derived list key (cypher/derived.cypher): start date, undated last, then the id. */
export function sortKey(start: string | null, id: string): string {
  return `${start ?? "9999-12-31"}|${id}`;
}
