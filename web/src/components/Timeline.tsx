/**
 * Meetings and statements over time, drawn with Observable Plot. A date only known to the
 * month or year is drawn as that whole month or year (a bar), a day as a dot; undated items
 * are listed apart, never placed at a guessed date. Each mark links to the meeting's details
 * on the page. Plot is loaded only when a timeline is shown.
 */
import { type FuzzyDate, formatDate, spanOf } from "../dates.ts";
import { useDrawing } from "../drawing.ts";

export interface TimelineItem {
  id: string;
  kind: "Meeting" | "Statement";
  label: string;
  date: FuzzyDate | null;
  /** Where the mark links to (a meeting's details on the page). */
  href?: string;
}

export function Timeline({ items, title }: { items: TimelineItem[]; title: string }) {
  const dated = items.filter((item) => item.date !== null);
  const undated = items.filter((item) => item.date === null);
  const container = useDrawing(
    () => import("@observablehq/plot"),
    { dated, title },
    (Plot, element, { dated, title }) => {
      if (dated.length === 0) return undefined;
      const rows = dated.map((item) => {
        const span = spanOf(item.date as FuzzyDate);
        return {
          ...item,
          start: span.start,
          end: span.end,
          precise: item.date?.precision === "DAY",
          title: `${formatDate(item.date)}: ${item.label}`,
        };
      });
      const width = Math.max(320, element.clientWidth);
      const figure = Plot.plot({
        width,
        height: 150,
        marginLeft: 90,
        ariaLabel: title,
        x: { type: "utc", label: null, nice: true },
        y: { domain: ["Meeting", "Statement"], label: null },
        color: { domain: ["Meeting", "Statement"], range: ["#3b6ea5", "#b5371f"] },
        marks: [
          // Decoration: hidden from assistive technology (the marks carry the content).
          Plot.ruleY(["Meeting", "Statement"], { stroke: "#ddd", ariaHidden: "true" }),
          Plot.barX(
            rows.filter((row) => !row.precise),
            {
              x1: "start",
              x2: "end",
              y: "kind",
              fill: "kind",
              fillOpacity: 0.35,
              inset: 6,
              title: "title",
              href: "href",
              ariaLabel: "title",
            },
          ),
          Plot.dot(
            rows.filter((row) => row.precise),
            {
              x: "start",
              y: "kind",
              fill: "kind",
              r: 5,
              title: "title",
              href: "href",
              ariaLabel: "title",
            },
          ),
        ],
      });
      element.replaceChildren(figure);
      element.dataset.marks = String(rows.length);
      return () => figure.remove();
    },
  );

  return (
    <div className="timeline">
      <div ref={container} className="timeline-chart" />
      {undated.length > 0 && (
        <div className="undated">
          <h4>Undated</h4>
          <ul>
            {undated.map((item) => (
              <li key={item.id}>
                <span className="kind">{item.kind}:</span>{" "}
                {item.href ? <a href={item.href}>{item.label}</a> : item.label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
