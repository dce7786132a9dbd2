/**
 * Runs `npm run bench:scale` and `npm run bench:load` end to end at a tiny scale so they
 * cannot rot: one generated dataset of 120 meetings on one of the run's scratch Neo4j servers
 * (never the shared test Neo4j, which holds the articles' graph; test/support/scratch.ts),
 * generated once for both; bench:load comes second and finds Neo4j's plans made by the first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jTarget } from "../src/db/resolve.ts";
import { acquireScratchGraph, type ScratchGraph } from "../test/support/scratch.ts";
import { OPERATIONS } from "./load/mix.ts";
import { SYSTEM_NAMES } from "./load/protocol.ts";
import { runLoad } from "./load/run-load.ts";
import { runBench } from "./scale/bench.ts";

const MEETINGS = 120;

describe(`the benches at ${MEETINGS} meetings`, () => {
  const resultsDir = mkdtempSync(join(tmpdir(), "drg-bench-results-"));
  let scratch: ScratchGraph;
  beforeAll(async () => {
    scratch = await acquireScratchGraph();
  }, 600_000);
  afterAll(async () => {
    await scratch?.release();
    rmSync(resultsDir, { recursive: true, force: true });
  });
  const server = (): Neo4jTarget => ({
    source: "uri",
    uri: scratch.connection.uri,
    username: scratch.connection.username,
    password: scratch.connection.password,
    database: undefined,
    httpUrl: undefined,
    stop: async () => {},
  });

  it("npm run bench:scale measures every operation on all three systems, which agree on every id", async () => {
    const printed: string[] = [];
    const { report, file } = await runBench({
      scales: [MEETINGS],
      seed: 1,
      requests: 2,
      warmup: 0,
      timeoutMs: 5_000,
      pageCache: "64m",
      heap: "512m",
      server: server(),
      // Within the scratch server's small transaction memory limit.
      chunkRows: 2000,
      resultsDir,
      print: (text) => printed.push(text),
      log: () => {},
    });

    expect(report.mismatches).toEqual([]);
    const [scale] = report.scales;
    expect(scale?.operations.map((op) => op.key)).toEqual([
      "actor-hub-first",
      "actor-hub-late",
      "actor-median-first",
      "actor-median-late",
      "meetings-IRN-USA",
      "people-page-10",
      "search",
      "connection-hubs",
      "connection-medians",
      "floor",
    ]);
    for (const op of scale?.operations ?? []) {
      // The hand-written query is the reference: it must answer every operation.
      expect(op.systems.handWritten.failure, op.name).toBeNull();
      for (const result of Object.values(op.systems)) {
        // A failure of load (a timeout or shedding on a loaded machine) is a result, recorded
        // with its code; any other is the bench asking wrongly (an operation the schema no
        // longer validates). A system that was not given up was measured on every request.
        if (result.failure === null) expect(result.samples, op.name).toHaveLength(2);
        else expect(result.failure, op.name).toMatch(/^(QUERY_TIMEOUT|SERVICE_OVERLOADED)$/);
      }
    }
    const answeredByApi = scale?.operations.filter((op) => op.systems.api.samples.length > 0) ?? [];
    expect(answeredByApi.length).toBeGreaterThan(0);
    for (const op of answeredByApi)
      expect(op.systems.api.roundTrips.length, op.name).toBeGreaterThan(0);
    // The hub really is a hub, and a late page starts past the middle of its meetings.
    expect(scale?.subjects.hub.degree).toBeGreaterThan(scale?.subjects.median.degree ?? 0);
    expect(scale?.subjects.hub.lateOffset).toBe(Math.floor((scale?.subjects.hub.degree ?? 0) / 2));

    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(scale?.neo4jVersion).toMatch(/^\d{4}\.\d+/);
    expect(printed.join("\n")).toContain("actor page, hub");
  }, 600_000);

  it("npm run bench:load runs the mix on the three systems at two levels without an error, and writes it all", async () => {
    const printed: string[] = [];
    const { report, file } = await runLoad({
      meetings: MEETINGS,
      seed: 1,
      clients: [1, 4],
      durationS: 0.5,
      warmupS: 0,
      timeoutMs: 5_000,
      systems: [...SYSTEM_NAMES],
      operations: [...OPERATIONS],
      randomDraws: 2,
      profileClients: 2,
      profileS: 0.5,
      heap: "512m",
      server: server(),
      // Within the scratch server's small transaction memory limit.
      chunkRows: 2000,
      resultsDir,
      print: (text) => printed.push(text),
      log: () => {},
    });

    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(file).toMatch(/load-[\dT-]+Z\.json$/);
    expect(report.options.meetings).toBe(MEETINGS);
    expect(report.dataset.hub.degree).toBeGreaterThan(report.dataset.median.degree);
    expect(new Set(report.cases.map((item) => item.operation))).toEqual(new Set(OPERATIONS));
    expect(report.systems.map((system) => system.system)).toEqual(SYSTEM_NAMES);
    for (const system of report.systems) {
      expect(
        system.levels.map((level) => level.clients),
        system.label,
      ).toEqual([1, 4]);
      for (const level of system.levels) {
        const where = `${system.label} at ${level.clients}`;
        expect(level.errorCodes, where).toEqual({});
        expect(level.errors, where).toBe(0);
        expect(level.requests, where).toBeGreaterThan(0);
        expect(level.throughput, where).toBeGreaterThan(0);
        for (const p of [level.p50, level.p95, level.p99]) expect(p, where).toBeGreaterThan(0);
        expect(level.p50 ?? 0).toBeLessThanOrEqual(level.p99 ?? 0);
        expect(level.process.peakRssBytes, where).toBeGreaterThan(10 * 2 ** 20);
        expect(level.process.cpuCores, where).toBeGreaterThan(0);
        expect(level.neo4j.peakHeapUsedBytes, where).toBeGreaterThan(0);
      }
      expect(system.saturatesAt, system.label).not.toBeNull();
      expect(system.profile?.clients).toBe(2);
      expect(existsSync(system.profile?.file ?? ""), system.label).toBe(true);
      expect(system.profile?.top.length).toBeGreaterThan(0);
    }
    expect(report.errors).toBe(0);
    expect(report.targets).toBeNull(); // no level of 32 clients
    expect(printed.join("\n")).toContain("this API");
  }, 120_000);
});
