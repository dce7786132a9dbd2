/**
 * Meetings and statements over time, drawn with Observable Plot (issue 21, finding 7): an axis
 * that says the month and the year; every mark labelled in words beside it (rows are packed so
 * labels never overlap, however narrow the screen) and a link that opens its evidence, so touch
 * and keyboard reach it as a mouse does. A day is a dot, a month, a year or a range a bar over
 * that span; an undated event is drawn hollow at the date of the article that reports it; one
 * with no date at all is listed apart. Only what falls in the brushed period is drawn.
 * Plot is loaded only when a timeline is shown.
 */
import { formatDate } from "../dates.ts";
import { download, fileSlug, toCsv } from "../download.ts";
import { useDrawing } from "../drawing.ts";
import { inPeriod, type Placement, placementLabel, usePeriod } from "../placement.ts";
import { EvidenceButton } from "./Evidence.tsx";

export interface TimelineItem {
  id: string;
  kind: "Meeting" | "Statement";
  label: string;
  placement: Placement;
}

const COLOURS = { Meeting: "#2f6aa3", Statement: "#b5371f" } as const;
const ROW = 24;
/** About how wide a 12 px label's letter is. */
const LETTER = 6.6;
const MAX_LABEL = 34;

export function Timeline({ items, title }: { items: TimelineItem[]; title: string }) {
  const { period } = usePeriod();
  const placed = items.filter((item) => item.placement.kind !== "unknown");
  const shown = placed.filter((item) => inPeriod(item.placement, period));
  const unknown = items.filter((item) => item.placement.kind === "unknown");

  const container = useDrawing(
    () => import("@observablehq/plot"),
    {
      rows: shown.map((item) => {
        const p = item.placement as Exclude<Placement, { kind: "unknown" }>;
        return {
          id: item.id,
          kind: item.kind,
          label: item.label,
          start: p.span.start.toISOString(),
          end: p.span.end.toISOString(),
          precise: p.date.precision === "DAY",
          reported: p.kind === "reported",
          when: placementLabel(p),
          date: formatDate(p.date),
        };
      }),
      title,
    },
    (Plot, element, { rows, title }) => {
      if (rows.length === 0) {
        element.replaceChildren();
        element.dataset.marks = "0";
        return undefined;
      }
      const chartWidth = Math.max(300, element.clientWidth);
      const marginLeft = 12;
      const marginRight = 12;
      const starts = rows.map((row) => new Date(row.start).getTime());
      const ends = rows.map((row) => new Date(row.end).getTime());
      const t0 = Math.min(...starts);
      const t1 = Math.max(...ends);
      const pad = Math.max((t1 - t0) * 0.03, 86_400_000 * 3);
      const domain = [new Date(t0 - pad), new Date(t1 + pad)] as const;
      // The x scale as Plot will draw it, to place each label where it fits and pack rows.
      const px = (t: Date) =>
        marginLeft +
        ((t.getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) *
          (chartWidth - marginLeft - marginRight);
      const data = rows.map((row) => {
        const start = new Date(row.start);
        const end = new Date(row.end);
        // Right of the mark (after a bar's end), or left of it when there is more room there.
        const right =
          chartWidth - marginRight - (row.precise || row.reported ? px(start) : px(end)) - 9;
        const left = px(start) - marginLeft - 9;
        const leftward = left > right;
        const room = Math.max(
          6,
          Math.floor(Math.min(MAX_LABEL * LETTER, Math.max(left, right)) / LETTER),
        );
        const short = row.label.length > room ? `${row.label.slice(0, room - 1)}…` : row.label;
        const anchorX = leftward ? start : row.precise || row.reported ? start : end;
        const extent = short.length * LETTER + 9;
        const x = px(anchorX);
        return {
          ...row,
          start,
          end,
          anchorX,
          leftward,
          short,
          from: Math.min(px(start) - 6, leftward ? x - extent : x),
          to: Math.max(px(end), leftward ? x : x + extent),
          title: `${row.kind}, ${row.when}: ${row.label}`,
          href: `#evidence/${encodeURIComponent(row.id)}`,
        };
      });
      const order = data
        .map((d, index) => ({ d, index }))
        .sort((a, b) => a.d.from - b.d.from || a.index - b.index);
      const rowEnds: number[] = [];
      const placedRows = new Map<number, number>();
      for (const { d, index } of order) {
        let row = rowEnds.findIndex((end) => end <= d.from);
        if (row < 0) {
          row = rowEnds.length;
          rowEnds.push(0);
        }
        rowEnds[row] = d.to + 8;
        placedRows.set(index, row);
      }
      const labelled = data.map((d, index) => ({ ...d, row: placedRows.get(index) ?? 0 }));
      const rowsUsed = rowEnds.length;
      const figure = Plot.plot({
        width: chartWidth,
        height: rowsUsed * ROW + 48,
        marginLeft,
        marginRight,
        marginTop: 8,
        marginBottom: 36,
        ariaLabel: title,
        x: {
          type: "utc",
          domain: [...domain],
          label: null,
          ticks: Math.max(2, Math.floor(chartWidth / 110)),
          tickFormat: monthYear,
        },
        y: { type: "band", domain: [...Array(rowsUsed).keys()], axis: null, padding: 0 },
        marks: [
          Plot.ruleX([domain[0]], { stroke: "#d9dde3", ariaHidden: "true" }),
          Plot.barX(
            labelled.filter((d) => !d.precise && !d.reported),
            {
              x1: "start",
              x2: "end",
              y: "row",
              fill: (d: { kind: keyof typeof COLOURS }) => COLOURS[d.kind],
              fillOpacity: 0.35,
              insetTop: 5,
              insetBottom: 5,
              // The label beside it is the link, with the same words.
              ariaHidden: "true",
            },
          ),
          Plot.dot(
            labelled.filter((d) => d.precise || d.reported),
            {
              x: "start",
              y: "row",
              r: 5,
              stroke: (d: { kind: keyof typeof COLOURS }) => COLOURS[d.kind],
              strokeWidth: 2,
              fill: (d: { kind: keyof typeof COLOURS; reported: boolean }) =>
                d.reported ? "#ffffff" : COLOURS[d.kind],
              ariaHidden: "true",
            },
          ),
          ...[false, true].map((leftward) =>
            Plot.text(
              labelled.filter((d) => d.leftward === leftward),
              {
                x: "anchorX",
                y: "row",
                text: "short",
                textAnchor: leftward ? "end" : "start",
                dx: leftward ? -9 : 9,
                fontSize: 12,
                fill: "#1a1a1a",
                // The label is the link (a tap target wider than a dot), named in full.
                href: "href",
                title: "title",
                ariaLabel: "title",
              },
            ),
          ),
        ],
      });
      element.replaceChildren(figure);
      element.dataset.marks = String(rows.length);
      return () => figure.remove();
    },
  );

  const exportCsv = () =>
    download(
      toCsv(
        ["kind", "id", "what", "date", "placed"],
        items.map((item) => [
          item.kind,
          item.id,
          item.label,
          item.placement.kind === "unknown" ? "" : formatDate(item.placement.date),
          item.placement.kind,
        ]),
      ),
      `timeline-${fileSlug(title)}.csv`,
      "text/csv",
    );

  return (
    <div className="timeline">
      {placed.length > 0 && (
        <>
          <ul className="legend" aria-label="Timeline legend">
            <li>
              <span className="swatch swatch-person" aria-hidden="true" /> meeting
            </li>
            <li>
              <span className="swatch swatch-center" aria-hidden="true" /> statement
            </li>
            <li>
              <span className="swatch swatch-band" aria-hidden="true" /> bar: a date known only to
              the month, the year or a range
            </li>
            <li>
              <span className="swatch swatch-hollow" aria-hidden="true" /> hollow: undated, placed
              at the date of the article that reports it
            </li>
          </ul>
          <div ref={container} className="timeline-chart" />
          {shown.length < placed.length && (
            <p className="hint">
              {placed.length - shown.length} more outside the period chosen above.
            </p>
          )}
        </>
      )}
      {unknown.length > 0 && (
        <div className="undated">
          <h3>Date unknown</h3>
          <p className="hint">Neither the event nor any article that reports it gives a date.</p>
          <ul>
            {unknown.map((item) => (
              <li key={item.id}>
                <span className="kind">{item.kind}:</span> <span dir="auto">{item.label}</span>{" "}
                <EvidenceButton request={{ kind: "fact", id: item.id }} description={item.label} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {items.length > 0 && (
        <p className="exports">
          <button type="button" className="link-button" onClick={exportCsv}>
            Save the timeline as CSV
          </button>
        </p>
      )}
    </div>
  );
}

const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** Every tick says its year: "May 2007", or "2007" on a tick at a year's start. */
function monthYear(date: Date): string {
  const day = date.getUTCDate();
  const month = SHORT_MONTHS[date.getUTCMonth()];
  const year = date.getUTCFullYear();
  return day === 1 ? `${month} ${year}` : `${day} ${month} ${year}`;
}
