/** How a rebuild cuts its work: batches by degree, a hub's counterparts by ranges of ids. */
import { describe, expect, it } from "vitest";
import { byDegree } from "./rebuild.ts";
import { counterpartRange, sliceRanges } from "./slices.ts";

describe("a rebuild's batches", () => {
  it("end where the degrees would pass the budget, a node over it alone", () => {
    const rows = [
      { id: "a", degree: 3 },
      { id: "b", degree: 4 },
      { id: "hub", degree: 50 },
      { id: "c", degree: 1 },
    ];
    expect(byDegree(rows, 8)).toEqual([["a", "b"], ["hub"], ["c"]]);
  });
});

describe("a hub's slices of counterparts", () => {
  it("are index ranges of at most the slice, one empty range when there is none", () => {
    expect(sliceRanges(7, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(sliceRanges(6, 3)).toEqual([
      [0, 3],
      [3, 6],
    ]);
    expect(sliceRanges(0, 3)).toEqual([[0, 0]]);
  });

  it("become id ranges open at both ends, each starting where the one before ended", () => {
    const ids = ["a", "c", "e", "g", "i"];
    const ranges = sliceRanges(ids.length, 2).map((range) => counterpartRange(ids, range));
    expect(ranges).toEqual([
      { after: "", through: "c" },
      { after: "c", through: "g" },
      { after: "g", through: null },
    ]);
    // So an id the list did not hold (a counterpart since) still falls in one of them.
    expect(counterpartRange([], [0, 0])).toEqual({ after: "", through: null });
  });
});
