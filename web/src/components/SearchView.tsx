/** Search results (the Search operation): ranked hits of every kind, each linking to its page. */
import { useQuery } from "urql";
import { SearchDocument, type SearchQuery } from "../__generated__/graphql.ts";
import { formatDate } from "../dates.ts";
import { usePageTitle } from "../document.ts";
import { href, hrefForId } from "../route.ts";
import { directionOf } from "../text.ts";
import { QueryState } from "./QueryState.tsx";

export function SearchView({ text }: { text: string }) {
  const [result] = useQuery({ query: SearchDocument, variables: { text } });
  usePageTitle(`Search: ${text}`);
  const hits = result.data?.search ?? [];
  return (
    <main id="main" data-view="search" data-ready={result.fetching ? undefined : "true"}>
      <h1>
        Results for “<span dir="auto">{text}</span>”
      </h1>
      <QueryState fetching={result.fetching} error={result.error} what="results" />
      {result.data && hits.length === 0 && <p>Nothing matches. Try another spelling or script.</p>}
      <ol className="hits">
        {hits.map((hit) => (
          <li key={hit.id} className={`hit hit-${hit.__typename}`}>
            <Hit hit={hit} />
          </li>
        ))}
      </ol>
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
    case "Meeting":
      return (
        <>
          <span className="kind">Meeting</span>{" "}
          <a href={href({ view: "meeting", id: hit.id })}>{hit.title}</a>{" "}
          <span className="date">{formatDate(hit.date)}</span>
        </>
      );
    case "Statement":
      return (
        <>
          <span className="kind">Statement</span>{" "}
          <q lang={hit.language} dir={directionOf(hit.language)}>
            {hit.text}
          </q>
          {hit.speaker && (
            <>
              {" "}
              — <a href={hrefForId(hit.speaker.id)}>{hit.speaker.name}</a>
            </>
          )}
        </>
      );
  }
}
