/**
 * Where an event goes on a time axis (issue 21): at its own date, drawn as the span it stands
 * for (a day, a month, a year, a range); when it has none, at the date of the earliest
 * article that reports it, marked as such ("reported 20 November 2007"); when not even that
 * is known, apart, as "date unknown". Never dropped. And the period the time brush selects,
 * shared by every chart on the page (and kept as the reader moves between pages).
 */
import { createContext, useContext } from "react";
import { type FuzzyDate, formatDate, type Span, spanOf } from "./dates.ts";

export type Placement =
  | { kind: "dated"; date: FuzzyDate; span: Span }
  | { kind: "reported"; date: FuzzyDate; span: Span }
  | { kind: "unknown" };

/** The event's own date, else its earliest dated source's publication date, else unknown. */
export function placementOf(
  date: FuzzyDate | null | undefined,
  sources: ReadonlyArray<{ article: { published?: FuzzyDate | null } }> = [],
): Placement {
  if (date) return { kind: "dated", date, span: spanOf(date) };
  const published = sources
    .map((source) => source.article.published)
    .filter((d): d is FuzzyDate => Boolean(d))
    .map((d) => ({ date: d, span: spanOf(d) }))
    .sort((a, b) => a.span.start.getTime() - b.span.start.getTime())[0];
  return published ? { kind: "reported", ...published } : { kind: "unknown" };
}

/** "28 May 2007", "reported 20 November 2007", "date unknown". */
export function placementLabel(placement: Placement): string {
  switch (placement.kind) {
    case "dated":
      return formatDate(placement.date);
    case "reported":
      return `undated; reported ${formatDate(placement.date)}`;
    case "unknown":
      return "date unknown";
  }
}

/** A period of whole months, "2007-05" to "2007-11" (inclusive); null: all dates. */
export interface Period {
  from: string;
  to: string;
}

export function periodSpan(period: Period): Span {
  const start = spanOf({ iso: period.from, precision: "MONTH" }).start;
  const end = spanOf({ iso: period.to, precision: "MONTH" }).end;
  return { start, end };
}

/** True when the placement overlaps the period (or there is no period); "date unknown" never does. */
export function inPeriod(placement: Placement, period: Period | null): boolean {
  if (!period) return true;
  if (placement.kind === "unknown") return false;
  const { start, end } = periodSpan(period);
  return placement.span.start < end && placement.span.end > start;
}

/** "2007-05" for a date. */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Every month from the first to the last, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year = 1970, month = 1] = first.split("-").map(Number);
  const [lastYear = 1970, lastMonth = 1] = last.split("-").map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The months the placements cover (their spans' first and last months), or null when none is placed. */
export function monthRange(placements: Placement[]): Period | null {
  const spans = placements.flatMap((p) => (p.kind === "unknown" ? [] : [p.span]));
  if (spans.length === 0) return null;
  const start = Math.min(...spans.map((s) => s.start.getTime()));
  // End is exclusive: the last day is a millisecond before.
  const end = Math.max(...spans.map((s) => s.end.getTime())) - 1;
  return { from: monthOf(new Date(start)), to: monthOf(new Date(end)) };
}

export function formatMonth(month: string): string {
  return formatDate({ iso: month, precision: "MONTH" });
}

/** What a month's name needs across a chart: "September 2007" on two lines, "Sep 2007". */
const FULL_MONTH_PX = 72;
const SHORT_MONTH_PX = 40;

/**
 * The label under each of a chart's month columns (and "unknown", the undated events'), for
 * columns `columnPx` wide: full names where they fit, short ones where those fit, and where
 * even those do not (years of months on a phone), every k-th column's short name, counted
 * from the last so that the latest month is always named, the others left blank.
 */
export function monthTickLabels(buckets: readonly string[], columnPx: number): string[] {
  const every = Math.max(1, Math.ceil(SHORT_MONTH_PX / Math.max(1, columnPx)));
  return buckets.map((bucket, index) => {
    if ((buckets.length - 1 - index) % every !== 0) return "";
    if (bucket === "unknown") return "date\nunknown";
    if (columnPx >= FULL_MONTH_PX) return formatMonth(bucket).replace(" ", "\n");
    return shortMonth(bucket);
  });
}

/** "2007-09" as "Sep\n2007". */
function shortMonth(month: string): string {
  const [year, number] = month.split("-");
  const name = new Date(Date.UTC(Number(year), Number(number) - 1, 1)).toLocaleString("en", {
    month: "short",
    timeZone: "UTC",
  });
  return `${name}\n${year}`;
}

/** The brushed period, shared by the network, the timeline and the pair's charts. */
export const PeriodContext = createContext<{
  period: Period | null;
  setPeriod: (period: Period | null) => void;
}>({ period: null, setPeriod: () => {} });

export function usePeriod() {
  return useContext(PeriodContext);
}
