import { describe, expect, it } from "vitest";
import { QueryTime } from "./query-time.ts";

describe("query time", () => {
  it("sums durations but counts overlapping queries once in the wall time", () => {
    const time = new QueryTime();
    time.add(100, 1100); // 1000..1100
    time.add(50, 1080); // 1030..1080, inside the first
    time.add(40, 1120); // 1080..1120, overlaps its end
    time.add(10, 1210); // 1200..1210, after a gap
    expect(time.sumMs).toBe(200);
    expect(time.wallMs).toBe(130);
    expect(time.rounds).toBe(2);
  });

  it("is zero with no queries", () => {
    expect(new QueryTime().wallMs).toBe(0);
    expect(new QueryTime().rounds).toBe(0);
  });
});
