import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_HOPS, href, parseRoute, type Route } from "./route.ts";

describe("explorer routes in the URL hash", () => {
  const routes: Route[] = [
    { view: "home" },
    { view: "search", text: "ظریف / Zarif" },
    { view: "actor", id: "person:ryan-crocker" },
    { view: "actor", id: "person:ryan-crocker", meeting: "meeting:us-iran-iraq-talks-round-1" },
    { view: "meeting", id: "meeting:us-iran-iraq-talks-round-1" },
    { view: "article", id: "article:004-iran-welcomes-fourth-round" },
    // Any two actors; a country's id is written as its code in the URL (#/pair/IRN/USA).
    { view: "pair", first: "country:IRN", second: "country:USA" },
    { view: "pair", first: "person:ryan-crocker", second: "country:IRN", month: "2007-05" },
    { view: "pair-picker", first: "country:IRN" },
    { view: "path", from: "person:kofi-annan", to: "organization:un", maxHops: 6 },
    {
      view: "path",
      from: "person:kofi-annan",
      to: "person:ryan-crocker",
      maxHops: 6,
      without: ["COUNTRY", "UNHELD_MEETING"],
    },
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
    expect(parseRoute("#/pair/irn/usa")).toEqual({
      view: "pair",
      first: "country:IRN",
      second: "country:USA",
    });
  });
});
