/**
 * The time brush (issue 21): one period, chosen here, that the network, the timeline and the
 * pair's charts all show. Two sliders (from, to: whole months; keyboard and touch work as
 * for any slider) over a strip of the page's events: a day as a tick, an imprecise date as a
 * band, an undated event at its article's date as a hollow tick. The period stays as the
 * reader moves between pages; "All dates" clears it. Events with no date at all are never in
 * a period, and every view lists them apart.
 */
import { useId } from "react";
import { useDrawing } from "../drawing.ts";
import {
  formatMonth,
  inPeriod,
  monthRange,
  monthsBetween,
  type Placement,
  periodSpan,
  usePeriod,
} from "../placement.ts";

export function TimeBrush({ placements, what }: { placements: Placement[]; what: string }) {
  const { period, setPeriod } = usePeriod();
  const id = useId();
  const range = monthRange(placements);
  const months = range ? monthsBetween(range.from, range.to) : [];
  const strip = useDrawing(
    () => import("@observablehq/plot"),
    {
      marks: placements.flatMap((p) =>
        p.kind === "unknown"
          ? []
          : [
              {
                start: p.span.start.toISOString(),
                end: p.span.end.toISOString(),
                precise: p.date.precision === "DAY",
                reported: p.kind === "reported",
              },
            ],
      ),
      selected: period ? periodSpan(period) : null,
      domain: range ? periodSpan(range) : null,
    },
    (Plot, element, { marks, selected, domain }) => {
      if (!domain) return undefined;
      const rows = marks.map((m) => ({ ...m, start: new Date(m.start), end: new Date(m.end) }));
      const figure = Plot.plot({
        width: Math.max(280, element.clientWidth),
        height: 44,
        margin: 6,
        marginBottom: 6,
        x: { type: "utc", domain: [new Date(domain.start), new Date(domain.end)], axis: null },
        y: { axis: null, domain: [0, 1] },
        marks: [
          ...(selected
            ? [
                Plot.rectX([selected], {
                  x1: (d: { start: string }) => new Date(d.start),
                  x2: (d: { end: string }) => new Date(d.end),
                  y1: 0,
                  y2: 1,
                  fill: "#1f5a96",
                  fillOpacity: 0.12,
                }),
              ]
            : []),
          Plot.rectX(
            rows.filter((r) => !r.precise),
            { x1: "start", x2: "end", y1: 0.3, y2: 0.7, fill: "#3b6ea5", fillOpacity: 0.25 },
          ),
          Plot.ruleX(
            rows.filter((r) => r.precise && !r.reported),
            { x: "start", y1: 0.1, y2: 0.9, stroke: "#1a1a1a" },
          ),
          Plot.ruleX(
            rows.filter((r) => r.reported),
            { x: "start", y1: 0.1, y2: 0.9, stroke: "#6b7480", strokeDasharray: "3 2" },
          ),
        ],
      });
      figure.setAttribute("aria-hidden", "true");
      element.replaceChildren(figure);
      return () => figure.remove();
    },
  );
  if (months.length === 0) return null;
  const fromIndex = period ? Math.max(0, months.indexOf(period.from)) : 0;
  const toIndex = period
    ? months.indexOf(period.to) >= 0
      ? months.indexOf(period.to)
      : months.length - 1
    : months.length - 1;
  const shown = placements.filter((p) => inPeriod(p, period)).length;
  const unknown = placements.filter((p) => p.kind === "unknown").length;
  const set = (from: number, to: number) => {
    const a = Math.min(from, to);
    const b = Math.max(from, to);
    setPeriod(
      a === 0 && b === months.length - 1
        ? null
        : { from: months[a] as string, to: months[b] as string },
    );
  };
  return (
    <fieldset className="time-brush">
      <legend>Period</legend>
      <div ref={strip} className="brush-strip" />
      <div className="brush-controls">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="range"
          min={0}
          max={months.length - 1}
          value={fromIndex}
          aria-valuetext={formatMonth(months[fromIndex] as string)}
          disabled={months.length < 2}
          onChange={(event) => set(Number(event.target.value), toIndex)}
        />
        <output htmlFor={`${id}-from`}>{formatMonth(months[fromIndex] as string)}</output>
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="range"
          min={0}
          max={months.length - 1}
          value={toIndex}
          aria-valuetext={formatMonth(months[toIndex] as string)}
          disabled={months.length < 2}
          onChange={(event) => set(fromIndex, Number(event.target.value))}
        />
        <output htmlFor={`${id}-to`}>{formatMonth(months[toIndex] as string)}</output>
        <button type="button" onClick={() => setPeriod(null)} disabled={!period}>
          All dates
        </button>
      </div>
      <p className="brush-summary" aria-live="polite">
        {period
          ? `${formatMonth(period.from)} – ${formatMonth(period.to)}: ${shown} of ${placements.length} ${what}`
          : `All dates: ${placements.length} ${what}`}
        {unknown > 0 && `; ${unknown} with no date at all, listed apart`}.
      </p>
    </fieldset>
  );
}
