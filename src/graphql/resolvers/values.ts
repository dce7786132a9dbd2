/** Shared field mappings from records to GraphQL value types. */
import type { DatePrecision, EventCode, FuzzyDate } from "../../__generated__/resolvers-types.ts";

/**
 * A stored ISO date and its precision as a FuzzyDate, with the first and last day it may be
 * and the source's words; precision falls back to the ISO form ("2007", "2007-05",
 * "2007-05-28", or "2007-09-25/2007-11-20" for a RANGE).
 */
export function fuzzyDate(
  iso: string | null,
  precision: DatePrecision | null,
  text: string | null = null,
  textGloss: string | null = null,
): FuzzyDate | null {
  if (!iso) return null;
  const kind =
    precision ??
    (iso.includes("/") ? "RANGE" : iso.length === 4 ? "YEAR" : iso.length === 7 ? "MONTH" : "DAY");
  const [first = iso, last = iso] = iso.split("/");
  return {
    iso,
    precision: kind,
    start: kind === "RANGE" ? first : spanOf(iso).start,
    end: kind === "RANGE" ? last : spanOf(iso).end,
    text,
    textGloss,
  };
}

/** The first and last day of "2007", "2007-05" or "2007-05-28". */
function spanOf(iso: string): { start: string; end: string } {
  if (iso.length === 4) return { start: `${iso}-01-01`, end: `${iso}-12-31` };
  if (iso.length === 7) {
    const [year, month] = iso.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${iso}-01`, end: `${iso}-${String(last).padStart(2, "0")}` };
  }
  return { start: iso, end: iso };
}

export function eventCode(record: {
  cameo: string | null;
  cameoName: string | null;
  goldstein: number | null;
}): EventCode | null {
  if (!record.cameo) return null;
  return { cameo: record.cameo, name: record.cameoName ?? "", goldstein: record.goldstein ?? 0 };
}
