import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_HOPS, href, parseRoute, type Route } from "./route.ts";

describe("explorer routes in the URL hash", () => {
  const routes: Route[] = [
    { view: "home" },
    { view: "search", text: "ظریف / Zarif" },
    { view: "actor", id: "person:ryan-crocker" },
    { view: "actor", id: "person:ryan-crocker", meeting: "meeting:us-iran-iraq-talks-round-1" },
    { view: "meeting", id: "meeting:us-iran-iraq-talks-round-1" },
    { view: "pair", first: "IRN", second: "USA" },
    { view: "path", from: "person:kofi-annan", to: "organization:un", maxHops: 6 },
  ];

  it.each(routes)("reads back what it wrote: $view", (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it("falls back to the home view, or the default maxHops, on what it cannot read", () => {
    expect(parseRoute("")).toEqual({ view: "home" });
    expect(parseRoute("#/nowhere/x")).toEqual({ view: "home" });
    expect(parseRoute("#/actor/")).toEqual({ view: "home" });
    expect(parseRoute("#/search/%E0%A4%A")).toEqual({ view: "search", text: "%E0%A4%A" });
    expect(parseRoute("#/path/a/b/99")).toMatchObject({ maxHops: DEFAULT_MAX_HOPS });
    expect(parseRoute("#/pair/irn/usa")).toEqual({ view: "pair", first: "IRN", second: "USA" });
  });
});
