/**
 * The explorer's frame: a skip link, the header with the search box, and the view the URL's
 * hash names.
 */
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { ArticleView } from "./components/ArticleView.tsx";
import { EvidenceProvider } from "./components/Evidence.tsx";
import { Home } from "./components/Home.tsx";
import { MeetingView } from "./components/MeetingView.tsx";
import { PairPicker, PairView } from "./components/PairView.tsx";
import { PartyPage } from "./components/PartyPage.tsx";
import { PathView } from "./components/PathView.tsx";
import { PersonPage } from "./components/PersonPage.tsx";
import { SearchView } from "./components/SearchView.tsx";
import { type Period, PeriodContext } from "./placement.ts";
import { href, navigate, type Route, useRoute } from "./route.ts";

export function App() {
  const route = useRoute();
  const [period, setPeriod] = useState<Period | null>(null);
  const periodState = useMemo(() => ({ period, setPeriod }), [period]);
  // A new view starts at the top, unless it opens a meeting further down.
  useEffect(() => {
    if (route.view !== "actor" || !route.meeting) window.scrollTo(0, 0);
  }, [route]);
  return (
    <PeriodContext.Provider value={periodState}>
      <EvidenceProvider>
        <button type="button" className="skip-link" onClick={skipToMain}>
          Skip to content
        </button>
        <header className="site-header">
          <a className="brand" href={href({ view: "home" })}>
            Diplomatic Relations Graph
          </a>
          <SearchForm current={route.view === "search" ? route.text : ""} />
          <nav aria-label="Views">
            <a href={href({ view: "pair-picker" })}>Pair</a>
            <a href="/graphql">
              GraphQL<span className="wide-only"> IDE</span>
            </a>
          </nav>
        </header>
        <View route={route} />
      </EvidenceProvider>
    </PeriodContext.Provider>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case "home":
      return <Home />;
    case "search":
      return <SearchView key={route.text} text={route.text} />;
    case "actor":
      return route.id.startsWith("person:") ? (
        <PersonPage key={route.id} id={route.id} openMeeting={route.meeting} />
      ) : (
        <PartyPage key={route.id} id={route.id} openMeeting={route.meeting} />
      );
    case "meeting":
      return <MeetingView key={route.id} id={route.id} />;
    case "article":
      return <ArticleView key={route.id} id={route.id} />;
    case "pair":
      return (
        <PairView
          key={`${route.first}-${route.second}`}
          first={route.first}
          second={route.second}
          month={route.month}
        />
      );
    case "pair-picker":
      return <PairPicker first={route.first} />;
    case "path":
      return <PathView key={href(route)} {...route} />;
  }
}

function SearchForm({ current }: { current: string }) {
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed) navigate({ view: "search", text: trimmed });
  };
  return (
    <search className="search">
      <form onSubmit={submit}>
        <label htmlFor="search-text" className="visually-hidden">
          Search people, organizations, meetings and statements
        </label>
        <input
          id="search-text"
          type="search"
          dir="auto"
          placeholder="Search: Crocker, ظریف, Kazemi…"
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

/** A button, not a link to #main: the hash is the router's. Moves focus to the content. */
function skipToMain() {
  const main = document.getElementById("main");
  main?.setAttribute("tabindex", "-1");
  main?.focus();
}
