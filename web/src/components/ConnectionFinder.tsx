/**
 * Pick a second actor by searching for them, then see the shortest connection (the Search
 * operation, then a link to the path view).
 */
import { type FormEvent, useId, useState } from "react";
import { useQuery } from "urql";
import { SearchDocument } from "../__generated__/graphql.ts";
import { DEFAULT_MAX_HOPS, href } from "../route.ts";
import { QueryState } from "./QueryState.tsx";

export function ConnectionFinder({ from }: { from: string }) {
  const inputId = useId();
  const [draft, setDraft] = useState("");
  const [text, setText] = useState("");
  const [result] = useQuery({
    query: SearchDocument,
    variables: { text },
    pause: text === "",
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setText(draft.trim());
  };
  const actors = (result.data?.search ?? []).flatMap((hit) =>
    (hit.__typename === "Person" ||
      hit.__typename === "Organization" ||
      hit.__typename === "Country") &&
    hit.id !== from
      ? [hit]
      : [],
  );
  return (
    <div className="connection-finder">
      <search>
        <form onSubmit={submit}>
          <label htmlFor={inputId}>Find the other person, organization or country</label>
          <input
            id={inputId}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">Find</button>
        </form>
      </search>
      <QueryState fetching={result.fetching} error={result.error} what="matches" />
      {text && result.data && actors.length === 0 && (
        <p>No person, organization or country matches “{text}”.</p>
      )}
      <ul>
        {actors.map((actor) => (
          <li key={actor.id}>
            <a href={href({ view: "path", from, to: actor.id, maxHops: DEFAULT_MAX_HOPS })}>
              Connection to {actor.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
