/**
 * An article's page (the ArticlePage operation, issue 21 finding 11): the outlet, the date
 * (or that none is given), the title marked when it was supplied, everything the graph takes
 * from the article (meetings, statements, positions, each opening its evidence), and the text
 * itself with every excerpt the graph rests on highlighted.
 */
import { useQuery } from "urql";
import { ArticlePageDocument } from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { href, hrefForId } from "../route.ts";
import { directionOf, languageName } from "../text.ts";
import { EvidenceButton } from "./Evidence.tsx";
import { QueryState } from "./QueryState.tsx";

export function ArticleView({ id }: { id: string }) {
  const [result] = useQuery({ query: ArticlePageDocument, variables: { id } });
  const article = result.data?.article;
  usePageTitle(article?.title);
  if (!article) {
    return (
      <main id="main" data-view="article" data-ready={result.fetching ? undefined : "true"}>
        <QueryState fetching={result.fetching} error={result.error} what="this article" />
        {!result.fetching && !result.error && <p>No article has the id {id}.</p>}
      </main>
    );
  }
  const excerptsHere = (sources: { excerpt: string; article: { id: string } }[]) =>
    sources.filter((source) => source.article.id === article.id).map((source) => source.excerpt);
  const excerpts = [
    ...article.meetings.flatMap((m) => excerptsHere(m.sources)),
    ...article.statements.flatMap((s) => excerptsHere(s.sources)),
    ...article.positions.flatMap((p) => excerptsHere(p.sources)),
  ];
  const direction = directionOf(article.language);
  return (
    <main id="main" data-view="article" data-ready="true">
      <header className="page-header">
        <p className="kind">Article · {article.outlet}</p>
        <h1 lang={article.titleSupplied ? "en" : article.language}>{article.title}</h1>
        {article.titleSupplied && (
          <p className="supplied-note">
            Title supplied: the article has no headline of its own; this one was written for it in
            English.
          </p>
        )}
        <p>
          {article.published
            ? `Published ${formatDate(article.published)}`
            : article.publishedText
              ? `Dated only “${article.publishedText}” (no year given)`
              : "No publication date given"}
          {" · "}
          {languageName(article.language)}
        </p>
      </header>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">What the graph takes from it</h2>
        <h3>
          Meetings <span className="count">({article.meetings.length})</span>
        </h3>
        <ul className="reports">
          {article.meetings.map((meeting) => (
            <li key={meeting.id}>
              <a href={href({ view: "meeting", id: meeting.id })}>{meeting.title}</a>{" "}
              <span className="date">
                {formatDate(meeting.date)}
                {meeting.status !== "HELD" && ` · ${meeting.status.toLowerCase()}`}
              </span>{" "}
              <EvidenceButton
                request={{ kind: "fact", id: meeting.id }}
                description={meeting.title}
              />
            </li>
          ))}
        </ul>
        <h3>
          Statements <span className="count">({article.statements.length})</span>
        </h3>
        <ul className="reports">
          {article.statements.map((statement) => (
            <li key={statement.id}>
              <span className={`badge badge-${statement.kind.toLowerCase()}`}>
                {statement.kind === "QUOTE" ? "Quote" : "Reported"}
              </span>{" "}
              {statement.speaker && (
                <>
                  <a href={hrefForId(statement.speaker.id)}>{statement.speaker.name}</a>:{" "}
                </>
              )}
              <span
                lang={statement.language}
                dir={directionOf(statement.language)}
                className={statement.kind === "QUOTE" ? "quoted-inline" : undefined}
              >
                {statement.text}
              </span>
              {statement.translation && (
                <span className="translation-inline" lang="en">
                  {" "}
                  (English: {statement.translation})
                </span>
              )}
              {statement.relayedBy && (
                <span className="via">
                  {" "}
                  · via <a href={hrefForId(statement.relayedBy.id)}>{statement.relayedBy.name}</a>
                </span>
              )}{" "}
              <EvidenceButton
                request={{ kind: "fact", id: statement.id }}
                description={statement.translation ?? statement.text}
              />
            </li>
          ))}
        </ul>
        <h3>
          Positions <span className="count">({article.positions.length})</span>
        </h3>
        <ul className="reports">
          {article.positions.map((position) => (
            <li key={position.id}>
              <a href={hrefForId(position.holder.id)}>{position.holder.name}</a>: {position.title}
              {position.claimedBy && (
                <span className="claim">
                  {" "}
                  (<span className="badge badge-claimed">Claimed</span> by{" "}
                  <a href={hrefForId(position.claimedBy.id)}>{position.claimedBy.name}</a>)
                </span>
              )}{" "}
              <EvidenceButton
                request={{ kind: "fact", id: position.id }}
                description={`${position.holder.name}: ${position.title}`}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Text</h2>
        {article.text ? (
          <div className="article-full" lang={article.language} dir={direction}>
            <Highlighted text={article.text} excerpts={excerpts} />
          </div>
        ) : (
          <p>The article's text is not on this server ({article.file}).</p>
        )}
      </section>
    </main>
  );
}

/** The text with each excerpt found in it marked (overlapping ones merged). */
function Highlighted({ text, excerpts }: { text: string; excerpts: string[] }) {
  const ranges: Array<[number, number]> = [];
  for (const excerpt of new Set(excerpts)) {
    let at = text.indexOf(excerpt);
    while (at >= 0 && excerpt) {
      ranges.push([at, at + excerpt.length]);
      at = text.indexOf(excerpt, at + excerpt.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const parts: React.ReactNode[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    parts.push(text.slice(position, start), <mark key={start}>{text.slice(start, end)}</mark>);
    position = end;
  }
  parts.push(text.slice(position));
  return <>{parts}</>;
}
