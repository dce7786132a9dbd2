import { describe, expect, it } from "vitest";
import { monthsBetween, monthTickLabels } from "./placement.ts";

describe("the month labels under a chart's columns", () => {
  const year = monthsBetween("2007-01", "2007-12");

  it("name every month in full where a column is wide enough, and short where it is not", () => {
    expect(monthTickLabels(["2007-09", "unknown"], 120)).toEqual([
      "September\n2007",
      "date\nunknown",
    ]);
    expect(monthTickLabels(year, 45)).toEqual(
      year.map(
        (month) =>
          `${new Date(`${month}-01T00:00:00Z`).toLocaleString("en", { month: "short", timeZone: "UTC" })}\n2007`,
      ),
    );
  });

  it("name every k-th month, the last always, where even short names would run together", () => {
    const decade = monthsBetween("2000-01", "2009-12");
    const labels = monthTickLabels(decade, 4);
    const named = labels.flatMap((label, index) => (label ? [index] : []));
    // 40 px a name over 4 px columns: one in ten, the last month among them.
    expect(named.at(-1)).toBe(decade.length - 1);
    expect(named.slice(1).map((index, i) => index - (named[i] ?? 0))).toEqual(
      Array(named.length - 1).fill(10),
    );
    expect(labels.at(-1)).toBe("Dec\n2009");
    expect(monthTickLabels([...decade, "unknown"], 4).at(-1)).toBe("date\nunknown");
  });
});
