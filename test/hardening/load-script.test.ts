/**
 * The load script (scripts/load.ts, `npm run load`) works end to end: a short run against
 * the application on the seeded graph reports requests and no errors, and it refuses to
 * send load anywhere but this machine unless told to.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertLoopback, formatReport, runLoad } from "../../scripts/load.ts";
import { type ApiHarness, startApi } from "../support/graphql.ts";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

describe("npm run load", () => {
  it("drives the actor page for 2 seconds and reports requests, latency and no errors", async () => {
    const report = await runLoad({ url: api.app.url, seconds: 2, connections: 4 });
    console.log(formatReport(report));
    expect(report.requests).toBeGreaterThan(0);
    expect(report.throughput).toBeGreaterThan(0);
    expect(report.p99Ms).toBeGreaterThanOrEqual(report.p50Ms);
    expect(report.checkFailures).toEqual([]);
    expect(report.non2xx).toBe(0);
    expect(report.graphqlErrors).toBe(0);
    expect(report.errors).toBe(0);
  });

  it("counts a page that answers with GraphQL errors as an error", async () => {
    // A person id that is not an id at all: HTTP 200 with BAD_USER_INPUT in `errors`.
    const report = await runLoad({
      url: api.app.url,
      seconds: 1,
      connections: 2,
      personId: "nobody",
    });
    expect(report.requests).toBeGreaterThan(0);
    expect(report.graphqlErrors).toBe(report.requests - report.non2xx);
    expect(report.checkFailures).toHaveLength(report.checked);
    expect(report.errors).toBeGreaterThan(0);
  });

  it("refuses a target that is not on this machine unless LOAD_ALLOW_REMOTE is set", () => {
    for (const url of [
      "http://127.0.0.1:4000",
      "http://localhost:4000",
      "http://[::1]:4000",
      "http://127.8.9.10",
    ]) {
      expect(() => assertLoopback(url)).not.toThrow();
    }
    for (const url of [
      "http://10.0.0.5:4000",
      "http://192.168.1.2",
      "http://example.org",
      "http://[2001:db8::1]",
      "http://127.0.0.1.nip.io",
    ]) {
      expect(() => assertLoopback(url), url).toThrow(/not a loopback address/);
    }
    expect(() => assertLoopback("http://10.0.0.5:4000", true)).not.toThrow();
  });
});
