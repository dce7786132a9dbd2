/**
 * Choose an actor by searching for them (the Search operation): a person, an organization or
 * a country, in any script. Used to pick a pair's two sides and a connection's other end.
 */
import { type FormEvent, useId, useState } from "react";
import { useQuery } from "urql";
import { SearchDocument } from "../__generated__/graphql.ts";
import { QueryState } from "./QueryState.tsx";

export interface PickedActor {
  id: string;
  name: string;
  kind: "Person" | "Organization" | "Country";
}

export function ActorPicker({
  label,
  onPick,
  exclude,
}: {
  label: string;
  onPick: (actor: PickedActor) => void;
  /** An id not to offer (the other side). */
  exclude?: string;
}) {
  const inputId = useId();
  const [draft, setDraft] = useState("");
  const [text, setText] = useState("");
  const [result] = useQuery({ query: SearchDocument, variables: { text, first: 8 }, pause: !text });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setText(draft.trim());
  };
  const actors: PickedActor[] = (result.data?.search ?? []).flatMap((hit) =>
    (hit.__typename === "Person" ||
      hit.__typename === "Organization" ||
      hit.__typename === "Country") &&
    hit.id !== exclude
      ? [{ id: hit.id, name: hit.name, kind: hit.__typename }]
      : [],
  );
  return (
    <div className="actor-picker">
      <search>
        <form onSubmit={submit}>
          <label htmlFor={inputId}>{label}</label>
          <input
            id={inputId}
            type="search"
            dir="auto"
            value={draft}
            maxLength={200}
            placeholder="A name: Iran, Crocker, IRNA…"
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">Find</button>
        </form>
      </search>
      <QueryState fetching={result.fetching} error={result.error} what="matches" />
      {text && result.data && actors.length === 0 && (
        <p>No person, organization or country matches “{text}”.</p>
      )}
      {actors.length > 0 && (
        <ul className="picks" aria-label={`Matches for ${label.toLowerCase()}`}>
          {actors.map((actor) => (
            <li key={actor.id}>
              <button type="button" className="link-button" onClick={() => onPick(actor)}>
                {actor.name}
              </button>{" "}
              <span className="kind">{actor.kind.toLowerCase()}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
