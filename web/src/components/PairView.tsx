/**
 * Any two actors over time (the Pair operation, issue 21 findings 4 and 9): countries,
 * organizations or people, chosen with a picker. The meetings both took part in and what
 * each said to the other, every one of them drawn:
 *  - a barometer: per month, each side's events as bars up (cooperation) and down
 *    (conflict) by Goldstein score, each bar a link to its evidence;
 *  - a chart of every event by date and score, the two directions told apart by shape and
 *    offset so that neither hides the other; an imprecise date drawn as its span, an undated
 *    event hollow at its article's date, one with no date at all in a strip apart;
 *  - the same events in a table (stacked on a phone, never wider than the screen).
 * The time brush chooses the period.
 */
import { useQuery } from "urql";
import {
  PairDocument,
  type PairQuery,
  type PairStatementsFragment,
} from "../__generated__/graphql.ts";
import { usePageTitle } from "../document.ts";
import { download, fileSlug, toCsv } from "../download.ts";
import { useDrawing } from "../drawing.ts";
import {
  formatMonth,
  inPeriod,
  monthOf,
  monthRange,
  monthsBetween,
  monthTickLabels,
  type Placement,
  periodSpan,
  placementLabel,
  placementOf,
  usePeriod,
} from "../placement.ts";
import { href, hrefForId, navigate, shortId } from "../route.ts";
import { directionOf } from "../text.ts";
import { ActorPicker, type PickedActor } from "./ActorPicker.tsx";
import { EvidenceButton } from "./Evidence.tsx";
import { QueryState } from "./QueryState.tsx";
import { TimeBrush } from "./TimeBrush.tsx";

type Side = "meeting" | "firstToSecond" | "secondToFirst";

interface PairEvent {
  id: string;
  side: Side;
  sideLabel: string;
  label: string;
  language: string;
  statementKind: "QUOTE" | "REPORTED" | null;
  relayedBy: string | null;
  cameo: string | null;
  eventName: string | null;
  goldstein: number | null;
  placement: Placement;
}

const SIDE_COLOURS: Record<Side, string> = {
  meeting: "#2f6aa3",
  firstToSecond: "#b5371f",
  secondToFirst: "#1b7a4c",
};
const SIDE_SYMBOLS: Record<Side, string> = {
  meeting: "square",
  firstToSecond: "circle",
  secondToFirst: "triangle",
};
/** Sideways nudges, in pixels, so that one direction never hides the other. */
const SIDE_NUDGE: Record<Side, number> = { meeting: 0, firstToSecond: -7, secondToFirst: 7 };

export function PairPicker({ first }: { first?: string | undefined }) {
  usePageTitle("Pair");
  return (
    <main id="main" data-view="pair" data-ready="true">
      <header className="page-header">
        <p className="kind">Pair</p>
        <h1>Two actors over time</h1>
        <p>
          Any two countries, organizations or people: their meetings and what each said to the
          other, by month and by how cooperative or conflictual it was. For example{" "}
          <a href={href({ view: "pair", first: "country:IRN", second: "country:USA" })}>
            Iran and the United States
          </a>
          .
        </p>
        {first && (
          <p>
            First side: <a href={hrefForId(first)}>{shortId(first)}</a>. Now choose the second.
          </p>
        )}
      </header>
      <PairChooser {...(first ? { first } : {})} />
    </main>
  );
}

/** Two pickers; a pair view opens once both are chosen. */
function PairChooser({ first, second }: { first?: string; second?: string }) {
  const pick = (which: "first" | "second") => (actor: PickedActor) => {
    const a = which === "first" ? actor.id : (first ?? "");
    const b = which === "second" ? actor.id : (second ?? "");
    if (a && b) navigate({ view: "pair", first: a, second: b });
    else navigate({ view: "pair-picker", first: a || b });
  };
  return (
    <div className="pair-chooser">
      <ActorPicker
        label="First side"
        onPick={pick("first")}
        {...(second ? { exclude: second } : {})}
      />
      <ActorPicker
        label="Second side"
        onPick={pick("second")}
        {...(first ? { exclude: first } : {})}
      />
    </div>
  );
}

export function PairView({
  first,
  second,
  month,
}: {
  first: string;
  second: string;
  month?: string | undefined;
}) {
  const same = first === second;
  const [result] = useQuery({
    query: PairDocument,
    variables: {
      first,
      second,
      firstIsPerson: first.startsWith("person:"),
      secondIsPerson: second.startsWith("person:"),
    },
    pause: same,
  });
  const { period } = usePeriod();
  const data = result.data;
  const firstName = actorName(data?.firstActor) ?? shortId(first);
  const secondName = actorName(data?.secondActor) ?? shortId(second);
  usePageTitle(`${firstName} – ${secondName}`);
  const missing = data
    ? [...(data.firstActor ? [] : [first]), ...(data.secondActor ? [] : [second])]
    : [];
  const events = data && missing.length === 0 ? pairEvents(data, firstName, secondName) : [];
  const inView = events.filter(
    (event) => inPeriod(event.placement, period) || event.placement.kind === "unknown",
  );
  const drawable = inView.filter((event) => event.goldstein !== null);
  const listed = month ? events.filter((event) => bucketOf(event) === month) : inView;
  const truncated =
    data &&
    [
      data.meetings,
      data.firstToSecond,
      data.firstToSecondSpoken,
      data.secondToFirst,
      data.secondToFirstSpoken,
    ].some((connection) => connection?.pageInfo.hasNextPage);

  return (
    <main id="main" data-view="pair" data-ready={same || !result.fetching ? "true" : undefined}>
      <header className="page-header">
        <p className="kind">Pair</p>
        <h1>
          <a href={hrefForId(first)}>{firstName}</a> – <a href={hrefForId(second)}>{secondName}</a>
        </h1>
        <p>
          Meetings both took part in, and what each said to the other, by CAMEO event code and
          Goldstein score (−10 most conflictual, +10 most cooperative).{" "}
          <a href={href({ view: "pair", first: second, second: first })}>Swap the sides</a>
        </p>
        <details className="change-pair">
          <summary className="change-pair-summary">Choose another pair</summary>
          <PairChooser first={first} second={second} />
        </details>
      </header>
      {same && (
        <p className="notice" role="status">
          Both sides are {firstName}: choose two different actors.
        </p>
      )}
      <QueryState fetching={result.fetching} error={result.error} what="the pair" />
      {missing.map((id) => (
        <p key={id} className="notice" role="status">
          {id.startsWith("country:")
            ? `No country has the code ${shortId(id)}.`
            : `Nothing has the id ${id}.`}{" "}
          Choose another side above.
        </p>
      ))}
      {data && missing.length === 0 && events.length === 0 && (
        <p>
          Nothing on record between {firstName} and {secondName}.
        </p>
      )}
      {events.length > 0 && (
        <>
          <TimeBrush placements={events.map((event) => event.placement)} what="events" />
          <section aria-labelledby="barometer-heading">
            <h2 id="barometer-heading">Barometer</h2>
            <p className="hint">
              Each month, each side's events stacked up (cooperation) or down (conflict) by
              Goldstein score; a bar opens its evidence.
            </p>
            <PairLegend firstName={firstName} secondName={secondName} />
            <Barometer
              events={drawable}
              title={`${firstName}–${secondName}: cooperation and conflict by month`}
              pair={{ first, second }}
            />
          </section>
          <section aria-labelledby="events-heading">
            <h2 id="events-heading">Every event</h2>
            <PairChart
              events={drawable}
              title={`${firstName}–${secondName}: Goldstein score over time`}
            />
            {truncated && <p className="hint">Showing the first 50 of each series.</p>}
            <EventTable
              events={listed}
              month={month}
              pair={{ first, second }}
              all={events.length}
            />
            <p className="exports">
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  download(
                    pairCsv(events),
                    `pair-${fileSlug(firstName)}-${fileSlug(secondName)}.csv`,
                    "text/csv",
                  )
                }
              >
                Save every event as CSV
              </button>
            </p>
          </section>
        </>
      )}
    </main>
  );
}

function actorName(node: PairQuery["firstActor"] | undefined): string | null {
  if (!node) return null;
  return "name" in node ? node.name : null;
}

function PairLegend({ firstName, secondName }: { firstName: string; secondName: string }) {
  return (
    <ul className="legend" aria-label="Pair legend">
      <li>
        <span className="swatch swatch-meeting-square" aria-hidden="true" /> meeting of both
      </li>
      <li>
        <span className="swatch swatch-first" aria-hidden="true" /> {firstName} → {secondName}
      </li>
      <li>
        <span className="swatch swatch-second" aria-hidden="true" /> {secondName} → {firstName}
      </li>
      <li>
        <span className="swatch swatch-hollow" aria-hidden="true" /> hollow or pale: undated, placed
        at the date of the article that reports it
      </li>
    </ul>
  );
}

/** The month an event counts in: its date's (the middle of a span), or "unknown". */
function bucketOf(event: PairEvent): string {
  const p = event.placement;
  if (p.kind === "unknown") return "unknown";
  return monthOf(new Date((p.span.start.getTime() + p.span.end.getTime()) / 2));
}

function pairEvents(data: PairQuery, firstName: string, secondName: string): PairEvent[] {
  const meetings: PairEvent[] = data.meetings.edges.map(({ node }) => ({
    id: node.id,
    side: "meeting",
    sideLabel: "Meeting of both",
    label: node.title,
    language: "en",
    statementKind: null,
    relayedBy: null,
    cameo: node.event?.cameo ?? null,
    eventName: node.event?.name ?? null,
    goldstein: node.event?.goldstein ?? null,
    placement: placementOf(node.date, node.sources),
  }));
  const statements = (
    side: Side,
    sideLabel: string,
    connection: PairStatementsFragment | null | undefined,
  ): PairEvent[] =>
    (connection?.edges ?? []).map(({ node }) => ({
      id: node.id,
      side,
      sideLabel,
      label: node.translation ?? node.text,
      language: node.translation ? "en" : node.language,
      statementKind: node.kind,
      relayedBy: node.relayedBy?.name ?? null,
      cameo: node.event?.cameo ?? null,
      eventName: node.event?.name ?? null,
      goldstein: node.event?.goldstein ?? null,
      placement: placementOf(node.date, node.sources),
    }));
  const all = [
    ...meetings,
    ...statements(
      "firstToSecond",
      `${firstName} → ${secondName}`,
      data.firstToSecond ?? data.firstToSecondSpoken,
    ),
    ...statements(
      "secondToFirst",
      `${secondName} → ${firstName}`,
      data.secondToFirst ?? data.secondToFirstSpoken,
    ),
  ];
  const time = (event: PairEvent) =>
    event.placement.kind === "unknown"
      ? Number.POSITIVE_INFINITY
      : event.placement.span.start.getTime();
  return all.sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id));
}

function describe(event: PairEvent): string {
  const code = event.cameo ? `CAMEO ${event.cameo} ${event.eventName}` : "no event code";
  return `${event.sideLabel}, ${placementLabel(event.placement)}: ${event.label} (${code}, Goldstein ${event.goldstein ?? "none"})`;
}

function Barometer({
  events,
  title,
}: {
  events: PairEvent[];
  title: string;
  pair: { first: string; second: string };
}) {
  const { period } = usePeriod();
  const placed = events.filter((event) => event.placement.kind !== "unknown");
  const range = period ?? monthRange(placed.map((event) => event.placement));
  const months = range ? monthsBetween(range.from, range.to) : [];
  const hasUnknown = events.some((event) => event.placement.kind === "unknown");
  const container = useDrawing(
    () => import("@observablehq/plot"),
    {
      rows: events.map((event) => ({
        id: event.id,
        side: event.side,
        bucket: bucketOf(event),
        goldstein: event.goldstein ?? 0,
        pale: event.placement.kind !== "dated",
        title: describe(event),
      })),
      buckets: [...months, ...(hasUnknown ? ["unknown"] : [])],
      title,
    },
    (Plot, element, { rows, buckets, title }) => {
      const width = Math.max(300, element.clientWidth);
      const columnPx = (width - 40) / Math.max(1, buckets.length);
      const labels = new Map(
        monthTickLabels(buckets, columnPx).map((label, index) => [buckets[index], label]),
      );
      const figure = Plot.plot({
        width,
        height: 260,
        marginLeft: 40,
        marginBottom: 44,
        ariaLabel: title,
        fx: {
          domain: buckets,
          label: null,
          padding: 0.15,
          tickFormat: (bucket: string) => labels.get(bucket) ?? "",
        },
        x: { domain: ["meeting", "firstToSecond", "secondToFirst"], axis: null, padding: 0.1 },
        y: {
          label: "Goldstein",
          grid: true,
          domain: [Math.min(-10, ...sums(rows, -1)), Math.max(10, ...sums(rows, 1))],
        },
        marks: [
          Plot.ruleY([0], { stroke: "#4d5560", ariaHidden: "true" }),
          Plot.barY(rows, {
            fx: "bucket",
            x: "side",
            y: "goldstein",
            fill: (d: { side: Side }) => SIDE_COLOURS[d.side],
            fillOpacity: (d: { pale: boolean }) => (d.pale ? 0.45 : 1),
            stroke: "#ffffff",
            strokeWidth: 1,
            title: "title",
            ariaLabel: "title",
            href: (d: { id: string }) => `#evidence/${encodeURIComponent(d.id)}`,
          }),
        ],
      });
      element.replaceChildren(figure);
      element.dataset.bars = String(rows.length);
      return () => figure.remove();
    },
  );
  return <div ref={container} className="barometer" />;
}

/** The largest stack each way, so that no bar runs off the scale. */
function sums(rows: { bucket: string; side: string; goldstein: number }[], sign: 1 | -1): number[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (Math.sign(row.goldstein) !== sign) continue;
    const key = `${row.bucket}|${row.side}`;
    totals.set(key, (totals.get(key) ?? 0) + row.goldstein);
  }
  return [...totals.values()];
}

function PairChart({ events, title }: { events: PairEvent[]; title: string }) {
  const { period } = usePeriod();
  const container = useDrawing(
    () => import("@observablehq/plot"),
    {
      rows: events.map((event) => ({
        id: event.id,
        side: event.side,
        y: event.goldstein ?? 0,
        goldstein: event.goldstein ?? 0,
        placed: event.placement.kind,
        precise: event.placement.kind === "unknown" || event.placement.date.precision === "DAY",
        start: event.placement.kind === "unknown" ? null : event.placement.span.start.toISOString(),
        end: event.placement.kind === "unknown" ? null : event.placement.span.end.toISOString(),
        title: describe(event),
      })),
      domain: period ? periodSpan(period) : null,
      title,
    },
    (Plot, element, { rows, domain, title }) => {
      const width = Math.max(300, element.clientWidth);
      const unknownCount = rows.filter((row) => row.placed === "unknown").length;
      const mainWidth = unknownCount > 0 && width > 640 ? width - 170 : width;
      const spans = rows
        .filter((row) => row.placed !== "unknown")
        .map((row) => ({ start: new Date(row.start as string), end: new Date(row.end as string) }));
      const t0 = domain
        ? new Date(domain.start).getTime()
        : Math.min(...spans.map((s) => s.start.getTime()));
      const t1 = domain
        ? new Date(domain.end).getTime()
        : Math.max(...spans.map((s) => s.end.getTime()));
      const pad = domain ? 0 : Math.max((t1 - t0) * 0.04, 86_400_000 * 5);
      const xDomain = [new Date(t0 - pad), new Date(t1 + pad)] as const;
      const placed = spread(
        rows
          .filter((row) => row.placed !== "unknown")
          .map((row) => {
            const start = new Date(row.start as string);
            const end = new Date(row.end as string);
            return { ...row, start, end, at: new Date((start.getTime() + end.getTime()) / 2) };
          }),
        xDomain,
        mainWidth,
      );
      const unknown = rows.filter((row) => row.placed === "unknown");
      const href = (d: { id: string }) => `#evidence/${encodeURIComponent(d.id)}`;
      const symbolMarks = (data: typeof placed, x: string) =>
        (["meeting", "firstToSecond", "secondToFirst"] as const).map((side) =>
          Plot.dot(
            data.filter((d) => d.side === side),
            {
              x,
              y: "y",
              r: 6,
              symbol: SIDE_SYMBOLS[side],
              stroke: SIDE_COLOURS[side],
              strokeWidth: 2,
              fill: (d: { placed: string }) =>
                d.placed === "dated" ? SIDE_COLOURS[side] : "#ffffff",
              title: "title",
              ariaLabel: "title",
              href,
            },
          ),
        );
      const main = Plot.plot({
        width: mainWidth,
        height: CHART.height,
        marginLeft: CHART.left,
        marginRight: CHART.right,
        marginTop: CHART.top,
        marginBottom: CHART.bottom,
        ariaLabel: title,
        x: {
          type: "utc",
          label: null,
          domain: [...xDomain],
          ticks: Math.max(2, Math.floor(mainWidth / 120)),
        },
        y: { domain: [-10.5, 10.5], label: "Goldstein", grid: true },
        marks: [
          Plot.ruleY([0], { stroke: "#4d5560", ariaHidden: "true" }),
          // An imprecise date is drawn as its span, a line through the point.
          Plot.link(
            placed.filter((d) => !d.precise),
            {
              x1: "start",
              x2: "end",
              y1: "y",
              y2: "y",
              stroke: (d: { side: Side }) => SIDE_COLOURS[d.side],
              strokeOpacity: 0.6,
              strokeWidth: 3,
              ariaHidden: "true",
            },
          ),
          ...symbolMarks(placed, "shown"),
        ],
      });
      const parts: Element[] = [main];
      if (unknown.length > 0) {
        const strip = Plot.plot({
          width: width > 640 ? 160 : width,
          height: 320,
          marginLeft: width > 640 ? 10 : 40,
          ariaLabel: `${title}: events with no date at all`,
          caption: `Date unknown (${unknown.length})`,
          x: { type: "band", domain: unknown.map((d) => d.id), axis: null },
          y: {
            domain: [-10.5, 10.5],
            axis: width > 640 ? null : "left",
            label: "Goldstein",
            grid: true,
          },
          marks: [
            Plot.ruleY([0], { stroke: "#4d5560", ariaHidden: "true" }),
            ...symbolMarks(
              unknown.map((d) => ({
                ...d,
                start: new Date(0),
                end: new Date(0),
                at: new Date(0),
                shown: new Date(0),
              })),
              "id",
            ),
          ],
        });
        parts.push(strip);
      }
      element.replaceChildren(...parts);
      element.dataset.points = String(rows.length);
      return () => {
        for (const part of parts) part.remove();
      };
    },
  );
  return <div ref={container} className="pair-chart" />;
}

const CHART = { height: 320, left: 40, right: 20, top: 20, bottom: 30 };

/**
 * No mark may hide another: in screen space, each mark after the first that would fall on
 * one already drawn moves sideways (13 px at a time, either way) until it is clear; its score
 * stays as it is. Each direction starts a little to its own side of the date.
 */
function spread<T extends { at: Date; y: number; side: Side }>(
  rows: T[],
  domain: readonly [Date, Date],
  width: number,
): (T & { shown: Date })[] {
  const inner = width - CHART.left - CHART.right;
  const span = domain[1].getTime() - domain[0].getTime();
  const toPx = (t: Date) => CHART.left + ((t.getTime() - domain[0].getTime()) / span) * inner;
  const fromPx = (x: number) => new Date(domain[0].getTime() + ((x - CHART.left) / inner) * span);
  const yPx = (g: number) =>
    CHART.top + ((10.5 - g) / 21) * (CHART.height - CHART.top - CHART.bottom);
  const taken: { x: number; y: number }[] = [];
  const order = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.at.getTime() - b.row.at.getTime() || a.index - b.index);
  const shown = new Map<number, Date>();
  for (const { row, index } of order) {
    const base = toPx(row.at) + SIDE_NUDGE[row.side];
    const y = yPx(row.y);
    let x = base;
    for (let step = 1; taken.some((p) => Math.hypot(p.x - x, p.y - y) < 13); step += 1) {
      x = base + Math.ceil(step / 2) * 13 * (step % 2 === 1 ? 1 : -1);
    }
    taken.push({ x, y });
    shown.set(index, fromPx(x));
  }
  return rows.map((row, index) => ({ ...row, shown: shown.get(index) ?? row.at }));
}

function EventTable({
  events,
  month,
  pair,
  all,
}: {
  events: PairEvent[];
  month?: string | undefined;
  pair: { first: string; second: string };
  all: number;
}) {
  return (
    <>
      {month && (
        <p>
          Events of {month === "unknown" ? "no known date" : formatMonth(month)} ({events.length}).{" "}
          <a href={href({ view: "pair", ...pair })}>All {all} events</a>
        </p>
      )}
      <table className="pair-table">
        <caption>{month ? "The month's events" : "Every event of the pair, in date order"}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Side</th>
            <th scope="col">What</th>
            <th scope="col">CAMEO</th>
            <th scope="col">Goldstein</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={`${event.side}:${event.id}`} className={`side-${event.side}`}>
              <td data-label="Date">{placementLabel(event.placement)}</td>
              <td data-label="Side">{event.sideLabel}</td>
              <td data-label="What">
                {event.statementKind && (
                  <>
                    <span className={`badge badge-${event.statementKind.toLowerCase()}`}>
                      {event.statementKind === "QUOTE" ? "Quote" : "Reported"}
                    </span>{" "}
                  </>
                )}
                <span
                  lang={event.language}
                  dir={directionOf(event.language)}
                  className={event.statementKind === "QUOTE" ? "quoted-inline" : undefined}
                >
                  {event.label}
                </span>
                {event.relayedBy && <span className="via"> · via {event.relayedBy}</span>}{" "}
                <EvidenceButton
                  request={{ kind: "fact", id: event.id }}
                  description={event.label}
                />
              </td>
              <td data-label="CAMEO">{event.cameo ? `${event.cameo} ${event.eventName}` : "—"}</td>
              <td data-label="Goldstein">{event.goldstein ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function pairCsv(events: PairEvent[]): string {
  return toCsv(
    ["id", "side", "date", "placed", "what", "kind", "via", "cameo", "event", "goldstein"],
    events.map((event) => [
      event.id,
      event.sideLabel,
      placementLabel(event.placement),
      event.placement.kind,
      event.label,
      event.statementKind,
      event.relayedBy,
      event.cameo,
      event.eventName,
      event.goldstein,
    ]),
  );
}
