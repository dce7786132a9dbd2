/** Client date arguments: "2007", "2007-05" or "2007-05-28", as the interval they cover. */
import { InvalidInputError } from "./errors.ts";

export interface DateInterval {
  /** First day, ISO. */
  start: string;
  /** Last day, ISO. */
  end: string;
}

const FUZZY_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseFuzzyDate(value: string, argument: string): DateInterval {
  const match = FUZZY_DATE.exec(value);
  if (!match) throw invalid(value, argument);
  const [, year, month, day] = match;
  const y = Number(year);
  if (!month) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) throw invalid(value, argument);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (!day)
    return {
      start: `${year}-${month}-01`,
      end: `${year}-${month}-${String(lastDay).padStart(2, "0")}`,
    };
  const d = Number(day);
  if (d < 1 || d > lastDay) throw invalid(value, argument);
  return { start: value, end: value };
}

function invalid(value: string, argument: string): InvalidInputError {
  return new InvalidInputError(
    argument,
    `${argument}: "${value.slice(0, 40)}" is not a date; use 2007, 2007-05 or 2007-05-28`,
  );
}

/** A list filter's date range: the interval a client names, and the key bound it implies. */
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
