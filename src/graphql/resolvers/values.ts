/** Shared field mappings from records to GraphQL value types. */
import type { DatePrecision, EventCode, FuzzyDate } from "../../__generated__/resolvers-types.ts";

/** A stored ISO date and its precision as a FuzzyDate; precision falls back to the ISO length. */
export function fuzzyDate(iso: string | null, precision: DatePrecision | null): FuzzyDate | null {
  if (!iso) return null;
  return {
    iso,
    precision: precision ?? (iso.length === 4 ? "YEAR" : iso.length === 7 ? "MONTH" : "DAY"),
  };
}

export function eventCode(record: {
  cameo: string | null;
  cameoName: string | null;
  goldstein: number | null;
}): EventCode | null {
  if (!record.cameo) return null;
  return { cameo: record.cameo, name: record.cameoName ?? "", goldstein: record.goldstein ?? 0 };
}
