/**
 * The explorer's routes live in the URL's hash, so the server serves one page at `/` and a
 * link or a reload lands on the same view. Ids are URI-encoded path segments.
 */
import { useEffect, useState } from "react";
import { MAX_HOPS as LONGEST_MAX_HOPS } from "../../src/data/hops.ts";

export type Route =
  | { view: "home" }
  | { view: "search"; text: string }
  | { view: "actor"; id: string; meeting?: string }
  | { view: "meeting"; id: string }
  | { view: "article"; id: string }
  /** Two actor ids (a country's written as its code in the URL), and a month to look into. */
  | { view: "pair"; first: string; second: string; month?: string }
  /** The pair view with nobody chosen yet: the picker. */
  | { view: "pair-picker"; first?: string }
  | { view: "path"; from: string; to: string; maxHops: number; without?: WeakLinkName[] };

/** Weak links a connection may leave out, as the URL writes them. */
export type WeakLinkName = "COUNTRY" | "UNHELD_MEETING";
const WEAK_LINK_SLUGS: Record<WeakLinkName, string> = {
  COUNTRY: "no-countries",
  UNHELD_MEETING: "no-unheld-meetings",
};

// The API's own limit, bundled into the explorer. The explorer's links search as far as the
// API allows (the home page's example, Annan → Crocker, needs 6 steps; the API's default is 4).
export { LONGEST_MAX_HOPS };
export const DEFAULT_MAX_HOPS = LONGEST_MAX_HOPS;

export function parseRoute(hash: string): Route {
  const [view, ...rest] = hash
    .replace(/^#\/?/, "")
    .split("/")
    .map((part) => safeDecode(part));
  switch (view) {
    case "search":
      return rest[0] ? { view: "search", text: rest[0] } : { view: "home" };
    case "actor":
      if (!rest[0]) return { view: "home" };
      return rest[1]
        ? { view: "actor", id: rest[0], meeting: rest[1] }
        : { view: "actor", id: rest[0] };
    case "meeting":
      return rest[0] ? { view: "meeting", id: rest[0] } : { view: "home" };
    case "article":
      return rest[0] ? { view: "article", id: rest[0] } : { view: "home" };
    case "pair":
      if (!rest[0]) return { view: "pair-picker" };
      if (!rest[1]) return { view: "pair-picker", first: actorId(rest[0]) };
      return /^\d{4}-\d{2}$/.test(rest[2] ?? "")
        ? {
            view: "pair",
            first: actorId(rest[0]),
            second: actorId(rest[1]),
            month: rest[2] as string,
          }
        : { view: "pair", first: actorId(rest[0]), second: actorId(rest[1]) };
    case "path": {
      const hops = Number(rest[2]);
      const without = (rest[3] ?? "")
        .split("+")
        .flatMap((slug) =>
          (Object.entries(WEAK_LINK_SLUGS) as [WeakLinkName, string][])
            .filter(([, s]) => s === slug)
            .map(([name]) => name),
        );
      return rest[0] && rest[1]
        ? {
            view: "path",
            from: actorId(rest[0]),
            to: actorId(rest[1]),
            maxHops:
              Number.isInteger(hops) && hops >= 1 && hops <= LONGEST_MAX_HOPS
                ? hops
                : DEFAULT_MAX_HOPS,
            ...(without.length > 0 ? { without } : {}),
          }
        : { view: "home" };
    }
    default:
      return { view: "home" };
  }
}

export function href(route: Route): string {
  const path = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join("/")}`;
  switch (route.view) {
    case "home":
      return "#/";
    case "search":
      return path("search", route.text);
    case "actor":
      return route.meeting ? path("actor", route.id, route.meeting) : path("actor", route.id);
    case "meeting":
      return path("meeting", route.id);
    case "article":
      return path("article", route.id);
    case "pair":
      return route.month
        ? path("pair", shortId(route.first), shortId(route.second), route.month)
        : path("pair", shortId(route.first), shortId(route.second));
    case "pair-picker":
      return route.first ? path("pair", shortId(route.first)) : "#/pair";
    case "path":
      return route.without && route.without.length > 0
        ? path(
            "path",
            route.from,
            route.to,
            String(route.maxHops),
            [...route.without]
              .sort()
              .map((name) => WEAK_LINK_SLUGS[name])
              .join("+"),
          )
        : path("path", route.from, route.to, String(route.maxHops));
  }
}

/** The page for any id the API hands out: actors have pages, meetings their own. */
export function hrefForId(id: string): string {
  if (id.startsWith("meeting:")) return href({ view: "meeting", id });
  if (id.startsWith("article:")) return href({ view: "article", id });
  return href({ view: "actor", id });
}

/** Sent by navigate() at once: "hashchange" comes later, as a task of its own. */
const ROUTE_SET = "drg:route-set";

/**
 * Goes to `route`, and renders it in the same task: a control whose state is the URL (a
 * checkbox leaving out weak links) shows its new state when the click's handler returns,
 * not one task later, when the browser's "hashchange" would.
 */
export function navigate(route: Route): void {
  window.location.hash = href(route);
  window.dispatchEvent(new Event(ROUTE_SET));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    window.addEventListener(ROUTE_SET, update);
    return () => {
      window.removeEventListener("hashchange", update);
      window.removeEventListener(ROUTE_SET, update);
    };
  }, []);
  return route;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** "IRN" (an ISO alpha-3 code, any case) is country:IRN; anything else is an id as given. */
export function actorId(text: string): string {
  return /^[A-Za-z]{3}$/.test(text) ? `country:${text.toUpperCase()}` : text;
}

/** A country's id as its code, in URLs: #/pair/IRN/USA. */
export function shortId(id: string): string {
  return /^country:[A-Z]{3}$/.test(id) ? id.slice("country:".length) : id;
}
