/** Date-range filters of the lists: the interval a client names, and the key bound it implies. */
import { parseFuzzyDate } from "../dates.ts";

export interface DateFilter {
  /** First day of `from`, ISO, or null. */
  from: string | null;
  /** Last day of `to`, ISO, or null. */
  to: string | null;
  /**
   * Sort keys start with the item's start date, so "starts on or before `to`" is "key below
   * the day after `to`": an index bound, not only a filter. Null when `to` is absent.
   */
  upper: string | null;
}

export function dateFilter(
  from: string | null | undefined,
  to: string | null | undefined,
): DateFilter {
  const end = to ? parseFuzzyDate(to, "filter.to").end : null;
  return {
    from: from ? parseFuzzyDate(from, "filter.from").start : null,
    to: end,
    upper: end ? dayAfter(end) : null,
  };
}

function dayAfter(iso: string): string {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
