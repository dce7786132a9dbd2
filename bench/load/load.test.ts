/**
 * Runs `npm run bench:load` end to end at a tiny scale so it cannot rot: a generated dataset
 * of 120 meetings on one of the run's scratch Neo4j servers (never the shared test Neo4j;
 * test/support/scratch.ts), two levels of half a second each, every system, a profiled half second.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireScratchGraph, type ScratchGraph } from "../../test/support/scratch.ts";
import { OPERATIONS } from "./mix.ts";
import { SYSTEM_NAMES } from "./protocol.ts";
import { runLoad } from "./run-load.ts";

describe("npm run bench:load at 120 meetings", () => {
  const resultsDir = mkdtempSync(join(tmpdir(), "drg-load-results-"));
  let scratch: ScratchGraph;
  beforeAll(async () => {
    scratch = await acquireScratchGraph();
  }, 600_000);
  afterAll(async () => {
    await scratch?.release();
    rmSync(resultsDir, { recursive: true, force: true });
  });

  it("runs the mix on the three systems at two levels without an error, and writes it all", async () => {
    const printed: string[] = [];
    const { report, file } = await runLoad({
      meetings: 120,
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
      server: {
        source: "uri",
        uri: scratch.connection.uri,
        username: scratch.connection.username,
        password: scratch.connection.password,
        database: undefined,
        httpUrl: undefined,
        stop: async () => {},
      },
      // Within the scratch server's small transaction memory limit.
      chunkRows: 2000,
      resultsDir,
      print: (text) => printed.push(text),
      log: () => {},
    });

    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(file).toMatch(/load-[\dT-]+Z\.json$/);
    expect(report.options.meetings).toBe(120);
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
