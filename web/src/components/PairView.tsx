/**
 * A country pair over time (the CountryPair operation): the meetings both took part in and
 * what each said to the other, as points on a Goldstein scale (−10 conflict to +10
 * cooperation) with their CAMEO codes, drawn with Observable Plot; the same points in a table
 * below for keyboard and screen-reader users; undated ones listed apart.
 */
import { useQuery } from "urql";
import { CountryPairDocument, type CountryPairQuery } from "../__generated__/graphql.ts";
import { type FuzzyDate, formatDate, midpoint, spanOf } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { useDrawing } from "../drawing.ts";
import { href, hrefForId } from "../route.ts";
import { directionOf } from "../text.ts";
import { QueryState } from "./QueryState.tsx";

interface PairEvent {
  id: string;
  series: string;
  date: FuzzyDate | null;
  label: string;
  language: string;
  link: string;
  cameo: string | null;
  eventName: string | null;
  goldstein: number | null;
}

export function PairView({ first, second }: { first: string; second: string }) {
  const [result] = useQuery({
    query: CountryPairDocument,
    variables: { codes: [first, second], first: `country:${first}`, second: `country:${second}` },
  });
  usePageTitle(`${first}–${second}`);
  const events = result.data ? pairEvents(result.data, first, second) : [];
  const plotted = events.filter((event) => event.date && event.goldstein !== null);
  const undated = events.filter((event) => !event.date);
  const truncated =
    result.data &&
    (result.data.meetings.pageInfo.hasNextPage ||
      result.data.firstToSecond.pageInfo.hasNextPage ||
      result.data.secondToFirst.pageInfo.hasNextPage);

  return (
    <main id="main" data-view="pair" data-ready={result.fetching ? undefined : "true"}>
      <header className="page-header">
        <p className="kind">Country pair</p>
        <h1>
          <a href={hrefForId(`country:${first}`)}>{first}</a> –{" "}
          <a href={hrefForId(`country:${second}`)}>{second}</a>
        </h1>
        <p>
          Meetings both took part in, and statements each made to the other, with their CAMEO event
          codes and Goldstein scores (−10 most conflictual, +10 most cooperative).{" "}
          <a href={href({ view: "pair", first: second, second: first })}>Swap</a>
        </p>
      </header>
      <QueryState fetching={result.fetching} error={result.error} what="the pair" />
      {result.data && events.length === 0 && (
        <p>
          Nothing on record between {first} and {second}.
        </p>
      )}
      {plotted.length > 0 && (
        <PairChart events={plotted} title={`${first}–${second}: Goldstein score over time`} />
      )}
      {truncated && <p className="hint">Showing the first 50 of each series.</p>}
      {events.length > 0 && (
        <table className="pair-table">
          <caption>Every event of the pair, in date order</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Series</th>
              <th scope="col">CAMEO</th>
              <th scope="col">Goldstein</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={`${event.series}:${event.id}`}>
                <td>{formatDate(event.date)}</td>
                <td>{event.series}</td>
                <td>{event.cameo ? `${event.cameo} ${event.eventName}` : "—"}</td>
                <td>{event.goldstein ?? "—"}</td>
                <td>
                  <a href={event.link} lang={event.language} dir={directionOf(event.language)}>
                    {event.label}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {undated.length > 0 && (
        <p className="hint">{undated.length} undated, listed in the table and not drawn.</p>
      )}
    </main>
  );
}

function pairEvents(data: CountryPairQuery, first: string, second: string): PairEvent[] {
  const meetings: PairEvent[] = data.meetings.edges.map(({ node }) => ({
    id: node.id,
    series: "Meeting",
    date: node.date,
    label: node.title,
    language: "en",
    link: href({ view: "meeting", id: node.id }),
    cameo: node.event?.cameo ?? null,
    eventName: node.event?.name ?? null,
    goldstein: node.event?.goldstein ?? null,
  }));
  const statements = (series: string, connection: CountryPairQuery["firstToSecond"]): PairEvent[] =>
    connection.edges.map(({ node }) => ({
      id: node.id,
      series,
      date: node.date,
      label: node.text,
      language: node.language,
      link: node.speaker ? hrefForId(node.speaker.id) : href({ view: "pair", first, second }),
      cameo: node.event?.cameo ?? null,
      eventName: node.event?.name ?? null,
      goldstein: node.event?.goldstein ?? null,
    }));
  const all = [
    ...meetings,
    ...statements(`${first} → ${second}`, data.firstToSecond),
    ...statements(`${second} → ${first}`, data.secondToFirst),
  ];
  const time = (event: PairEvent) =>
    event.date ? spanOf(event.date).start.getTime() : Number.POSITIVE_INFINITY;
  return all.sort((a, b) => time(a) - time(b));
}

function PairChart({ events, title }: { events: PairEvent[]; title: string }) {
  const container = useDrawing(
    () => import("@observablehq/plot"),
    { events, title },
    (Plot, element, { events, title }) => {
      const rows = events.map((event) => {
        const span = spanOf(event.date as FuzzyDate);
        return {
          ...event,
          start: span.start,
          end: span.end,
          at: midpoint(span),
          title: `${formatDate(event.date)} · ${event.series}\nCAMEO ${event.cameo} ${event.eventName} (Goldstein ${event.goldstein})\n${event.label}`,
        };
      });
      const figure = Plot.plot({
        width: Math.max(360, element.clientWidth),
        height: 320,
        ariaLabel: title,
        x: { type: "utc", label: null, nice: true },
        y: { domain: [-10, 10], label: "Goldstein", grid: true },
        color: { legend: true, scheme: "dark2" },
        marks: [
          Plot.ruleY([0], { stroke: "#888", ariaHidden: "true" }),
          // An imprecise date is its whole month or year: a line under the point.
          Plot.link(
            rows.filter((row) => row.date?.precision !== "DAY"),
            {
              x1: "start",
              x2: "end",
              y1: "goldstein",
              y2: "goldstein",
              stroke: "series",
              strokeOpacity: 0.5,
              // The span is drawn for the eye; the point and the table carry the date.
              ariaHidden: "true",
            },
          ),
          Plot.dot(rows, {
            x: "at",
            y: "goldstein",
            fill: "series",
            r: 5,
            title: "title",
            href: "link",
            ariaLabel: "title",
          }),
        ],
      });
      element.replaceChildren(figure);
      element.dataset.points = String(rows.length);
      return () => figure.remove();
    },
  );
  return <div ref={container} className="pair-chart" />;
}
