/**
 * Search results (the Search operation): ranked hits of every kind (people, organizations,
 * countries by name, meetings, statements), each leading somewhere: an actor's or a meeting's
 * page, a statement's evidence. Statements say what kind they are (a quotation in quotation
 * marks, a reported claim without them, relayed by whom) and Persian ones carry their
 * translation. Ten at a time, with how many are shown and "more" while there are more (one
 * more than shown is asked for, to know).
 */
import { useState } from "react";
import { useQuery } from "urql";
import { SearchDocument, type SearchQuery } from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { href, hrefForId } from "../route.ts";
import { directionOf } from "../text.ts";
import { EvidenceButton } from "./Evidence.tsx";
import { QueryState } from "./QueryState.tsx";

const PAGE = 10;
/** The API's largest `first`. */
const MOST = 100;

export function SearchView({ text }: { text: string }) {
  const [shown, setShown] = useState(PAGE);
  const [result] = useQuery({
    query: SearchDocument,
    variables: { text, first: Math.min(shown + 1, MOST) },
  });
  usePageTitle(`Search: ${text}`);
  const all = result.data?.search ?? [];
  const hits = all.slice(0, shown);
  const more = all.length > shown;
  return (
    <main id="main" data-view="search" data-ready={result.fetching ? undefined : "true"}>
      <h1>
        Results for “<span dir="auto">{text}</span>”
      </h1>
      <QueryState fetching={result.fetching} error={result.error} what="results" />
      {result.data && hits.length === 0 && <p>Nothing matches. Try another spelling or script.</p>}
      {hits.length > 0 && (
        <p className="result-count" role="status">
          {more
            ? `The ${hits.length} best matches shown; there are more.`
            : `${hits.length} ${hits.length === 1 ? "match" : "matches"}.`}
        </p>
      )}
      <ol className="hits">
        {hits.map((hit) => (
          <li key={hit.id} className={`hit hit-${hit.__typename}`}>
            <Hit hit={hit} />
          </li>
        ))}
      </ol>
      {more && shown < MOST && (
        <button type="button" onClick={() => setShown((n) => Math.min(n + PAGE, MOST))}>
          Show {Math.min(PAGE, MOST - shown)} more
        </button>
      )}
    </main>
  );
}

function Hit({ hit }: { hit: SearchQuery["search"][number] }) {
  switch (hit.__typename) {
    case "Person":
      return (
        <>
          <span className="kind">Person</span> <a href={hrefForId(hit.id)}>{hit.name}</a>
          {hit.aliases.length > 0 && (
            <span className="aliases" dir="auto">
              {" "}
              ({hit.aliases.join(" · ")})
            </span>
          )}
        </>
      );
    case "Organization":
      return (
        <>
          <span className="kind">Organization</span> <a href={hrefForId(hit.id)}>{hit.name}</a>
        </>
      );
    case "Country":
      return (
        <>
          <span className="kind">Country</span> <a href={hrefForId(hit.id)}>{hit.name}</a>{" "}
          <span className="count">{hit.code}</span>
        </>
      );
    case "Meeting":
      return (
        <>
          <span className="kind">Meeting</span>{" "}
          <a href={href({ view: "meeting", id: hit.id })}>{hit.title}</a>{" "}
          <span className="date">{formatDate(hit.date)}</span>
        </>
      );
    case "Statement": {
      const who = hit.speaker ?? hit.onBehalfOf;
      return (
        <>
          <span className="kind">Statement</span>{" "}
          <span className={`badge badge-${hit.statementKind.toLowerCase()}`}>
            {hit.statementKind === "QUOTE" ? "Quote" : "Reported"}
          </span>{" "}
          <span
            lang={hit.language}
            dir={directionOf(hit.language)}
            className={hit.statementKind === "QUOTE" ? "quoted-inline" : "reported-inline"}
          >
            {hit.text}
          </span>
          {hit.translation && (
            <span className="translation-inline" lang="en">
              {" "}
              (English: {hit.translation})
            </span>
          )}
          {who && (
            <>
              {" "}
              — <a href={hrefForId(who.id)}>{who.name}</a>
            </>
          )}
          {hit.relayedBy && (
            <>
              {" "}
              · <span className="badge badge-via">Via</span>{" "}
              <a href={hrefForId(hit.relayedBy.id)}>{hit.relayedBy.name}</a>
            </>
          )}{" "}
          <EvidenceButton
            request={{ kind: "fact", id: hit.id }}
            description={hit.translation ?? hit.text}
          />
        </>
      );
    }
  }
}
