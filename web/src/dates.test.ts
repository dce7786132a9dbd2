import { describe, expect, it } from "vitest";
import { formatDate, midpoint, spanOf } from "./dates.ts";

describe("fuzzy dates on a time axis", () => {
  it("draws a day as that day, a month as the whole month, a year as the whole year", () => {
    expect(spanOf({ iso: "2007-05-28", precision: "DAY" })).toEqual({
      start: new Date("2007-05-28T00:00:00Z"),
      end: new Date("2007-05-29T00:00:00Z"),
    });
    expect(spanOf({ iso: "2007-12", precision: "MONTH" })).toEqual({
      start: new Date("2007-12-01T00:00:00Z"),
      end: new Date("2008-01-01T00:00:00Z"),
    });
    expect(spanOf({ iso: "2007", precision: "YEAR" })).toEqual({
      start: new Date("2007-01-01T00:00:00Z"),
      end: new Date("2008-01-01T00:00:00Z"),
    });
  });

  it('draws a relative date as its range: 004 "in recent weeks" in a story of 20 November 2007 (issue 20)', () => {
    const recent = { iso: "2007-09-25/2007-11-20", precision: "RANGE" as const };
    expect(spanOf(recent)).toEqual({
      start: new Date("2007-09-25T00:00:00Z"),
      end: new Date("2007-11-21T00:00:00Z"),
    });
    expect(formatDate(recent)).toBe("25 September – 20 November 2007");
  });

  it("puts the point for an imprecise date in the middle of its span", () => {
    expect(midpoint(spanOf({ iso: "2007-07", precision: "MONTH" }))).toEqual(
      new Date("2007-07-16T12:00:00Z"),
    );
  });

  it("writes a date no more precisely than the source gave it", () => {
    expect(formatDate({ iso: "2007-05-28", precision: "DAY" })).toBe("28 May 2007");
    expect(formatDate({ iso: "2007-07", precision: "MONTH" })).toBe("July 2007");
    expect(formatDate({ iso: "2007", precision: "YEAR" })).toBe("2007");
    expect(formatDate(null)).toBe("undated");
  });
});
