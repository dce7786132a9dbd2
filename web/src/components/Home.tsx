/** The first screen: what this is, a search box (in the header) and places to start. */
import { usePageTitle } from "../document.ts";
import { DEFAULT_MAX_HOPS, href } from "../route.ts";

export function Home() {
  usePageTitle(undefined);
  return (
    <main id="main" data-view="home" data-ready="true">
      <h1>Who met whom, who said what</h1>
      <p className="lead">
        People, organizations, countries, meetings and statements from news reporting, each traced
        to the article that reports it. Search a name in Latin or Persian script (small misspellings
        are fine), or start here:
      </p>
      <ul className="starts">
        <li>
          <a href={href({ view: "actor", id: "person:ryan-crocker" })}>Ryan Crocker</a>, US
          ambassador to Iraq, and his talks with Iran's envoy
        </li>
        <li>
          <a href={href({ view: "actor", id: "person:mohammad-javad-zarif" })}>
            Mohammad Javad Zarif
          </a>
          , Iran's foreign minister, in Persian reporting
        </li>
        <li>
          <a href={href({ view: "pair", first: "country:IRN", second: "country:USA" })}>
            Iran and the United States
          </a>{" "}
          over time
        </li>
        <li>
          <a
            href={href({
              view: "path",
              from: "person:kofi-annan",
              to: "person:ryan-crocker",
              maxHops: DEFAULT_MAX_HOPS,
            })}
          >
            How Kofi Annan connects to Ryan Crocker
          </a>
        </li>
      </ul>
    </main>
  );
}
