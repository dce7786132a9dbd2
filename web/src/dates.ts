/**
 * Fuzzy dates as the API gives them ("2007-05-28" DAY, "2007-05" MONTH, "2007" YEAR), turned
 * into the span of time they stand for, so a month-precise meeting is drawn as its month,
 * never as a made-up first day.
 */
import type { DatePrecision } from "./__generated__/graphql.ts";

export interface FuzzyDate {
  iso: string;
  precision: DatePrecision;
}

export interface Span {
  start: Date;
  /** Exclusive. */
  end: Date;
}

export function spanOf(date: FuzzyDate): Span {
  if (date.precision === "RANGE") {
    // "2007-09-25/2007-11-20": a relative date resolved against its article's, drawn as its span.
    const [first = "", last = ""] = date.iso.split("/");
    const start = spanOf({ iso: first, precision: "DAY" }).start;
    return { start, end: spanOf({ iso: last, precision: "DAY" }).end };
  }
  const [year = 1970, month = 1, day = 1] = date.iso.split("-").map(Number);
  switch (date.precision) {
    case "DAY":
      return { start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1) };
    case "MONTH":
      return { start: utc(year, month - 1, 1), end: utc(year, month, 1) };
    case "YEAR":
      return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  }
  throw new Error(`unknown date precision ${date.precision}`);
}

/** The middle of the span: where a point for an imprecise date sits. */
export function midpoint(span: Span): Date {
  return new Date((span.start.getTime() + span.end.getTime()) / 2);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "28 May 2007", "May 2007", "2007", "25 September – 20 November 2007": no more precise than the source. */
export function formatDate(date: FuzzyDate | null | undefined): string {
  if (!date) return "undated";
  if (date.precision === "RANGE") {
    const [first = "", last = ""] = date.iso.split("/");
    const from = formatDate({ iso: first, precision: "DAY" });
    const to = formatDate({ iso: last, precision: "DAY" });
    const sameYear = first.slice(0, 4) === last.slice(0, 4);
    return `${sameYear ? from.replace(/ \d{4}$/, "") : from} – ${to}`;
  }
  const [year, month, day] = date.iso.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  switch (date.precision) {
    case "DAY":
      return `${Number(day)} ${monthName} ${year}`;
    case "MONTH":
      return `${monthName} ${year}`;
    case "YEAR":
      return `${year}`;
  }
  return date.iso;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}
