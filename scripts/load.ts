/**
 * `npm run load`: drives a RUNNING API with autocannon for a fixed time with the actor-page
 * operation (operations/actor-page.graphql, the heaviest front-end journey) and prints
 * throughput, latency, non-2xx and GraphQL-error counts. Exits non-zero on any error.
 *
 *   API_URL           the API (default http://127.0.0.1:4000; /graphql is appended)
 *   LOAD_SECONDS      how long to drive it (default 10)
 *   LOAD_CONNECTIONS  concurrent connections (default 10)
 *   LOAD_ALLOW_REMOTE 1 to allow a non-loopback API_URL (default: loopback only)
 *
 * autocannon does not parse bodies, so every body is scanned for `"errors"` (cheap), and 20
 * sequential requests before and 20 after the run are checked in full.
 */
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import autocannon from "autocannon";
import { paths } from "../src/config/paths.ts";

export interface LoadOptions {
  /** The API's base URL or its /graphql endpoint. */
  url: string;
  seconds: number;
  connections: number;
  allowRemote?: boolean;
  /** The person whose page is loaded (default person:ryan-crocker). */
  personId?: string;
}

export interface LoadReport {
  endpoint: string;
  seconds: number;
  connections: number;
  /** Responses received during the timed run. */
  requests: number;
  /** Mean requests per second. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Responses whose body carried `"errors"`. */
  graphqlErrors: number;
  connectionErrors: number;
  timeouts: number;
  /** The sequential requests checked in full, and what was wrong with any of them. */
  checked: number;
  checkFailures: string[];
  /** Everything that counts as an error; the script fails when it is not 0. */
  errors: number;
}

const PERSON_ID = "person:ryan-crocker";
const SEQUENTIAL_CHECKS = 20;

export function actorPageBody(id = PERSON_ID): string {
  const query = readFileSync(`${paths.root}operations/actor-page.graphql`, "utf8");
  return JSON.stringify({ query, variables: { id }, operationName: "ActorPage" });
}

/** A load test is traffic: by default it goes to this machine only. */
export function assertLoopback(url: string, allowRemote = false): void {
  if (allowRemote) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const loopback =
    host === "localhost" ||
    (isIP(host) === 4 && host.startsWith("127.")) ||
    (isIP(host) === 6 && (host === "::1" || host === "0:0:0:0:0:0:0:1"));
  if (!loopback) {
    throw new Error(
      `refusing to load ${host}: not a loopback address (set LOAD_ALLOW_REMOTE=1 to allow it)`,
    );
  }
}

export function graphqlEndpoint(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  return trimmed.endsWith("/graphql") ? trimmed : `${trimmed}/graphql`;
}

/** Sends the operation `count` times, one after another, and checks each response fully. */
async function checkSequentially(
  endpoint: string,
  body: string,
  personId: string,
  count: number,
): Promise<string[]> {
  const failures: string[] = [];
  for (let i = 0; i < count; i += 1) {
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      const json = JSON.parse(text) as {
        data?: { person?: { id?: string } | null };
        errors?: unknown[];
      };
      if (response.status !== 200) failures.push(`HTTP ${response.status}: ${text.slice(0, 300)}`);
      else if (json.errors?.length)
        failures.push(`GraphQL errors: ${JSON.stringify(json.errors).slice(0, 300)}`);
      else if (json.data?.person?.id !== personId)
        failures.push(`unexpected data: ${text.slice(0, 300)}`);
    } catch (error) {
      failures.push(`request failed: ${String(error)}`);
    }
  }
  return failures;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  assertLoopback(options.url, options.allowRemote);
  const endpoint = graphqlEndpoint(options.url);
  const personId = options.personId ?? PERSON_ID;
  const body = actorPageBody(personId);

  const before = await checkSequentially(endpoint, body, personId, SEQUENTIAL_CHECKS);
  if (before.length === SEQUENTIAL_CHECKS && before.every((f) => f.startsWith("request failed"))) {
    // Nothing is listening: say so instead of timing a run of connection errors.
    throw new Error(`no API answering at ${endpoint} (${before[0]})`);
  }
  const result = await autocannon({
    url: endpoint,
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
    duration: options.seconds,
    connections: options.connections,
    // Counted as mismatches: a 200 that carries GraphQL errors is still a failed page.
    verifyBody: (responseBody) => !String(responseBody).includes('"errors"'),
  });
  const after = await checkSequentially(endpoint, body, personId, SEQUENTIAL_CHECKS);

  const checkFailures = [...before, ...after];
  const requests = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  return {
    endpoint,
    seconds: options.seconds,
    connections: options.connections,
    requests,
    throughput: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    checked: SEQUENTIAL_CHECKS * 2,
    checkFailures,
    errors: result.non2xx + result.mismatches + result.errors + checkFailures.length,
  };
}

export function formatReport(report: LoadReport): string {
  const rows: Array<[string, string]> = [
    ["requests", String(report.requests)],
    ["throughput", `${report.throughput.toFixed(1)} req/s`],
    ["latency p50", `${report.p50Ms} ms`],
    ["latency p99", `${report.p99Ms} ms`],
    ["non-2xx", String(report.non2xx)],
    ["GraphQL errors", String(report.graphqlErrors)],
    ["connection errors", `${report.connectionErrors} (${report.timeouts} timeouts)`],
    ["full checks", `${report.checked - report.checkFailures.length}/${report.checked} ok`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `actor-page load: ${report.seconds} s × ${report.connections} connections → ${report.endpoint}`,
    ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`),
    ...report.checkFailures.slice(0, 5).map((failure) => `  ! ${failure}`),
  ].join("\n");
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

if (import.meta.main) {
  try {
    const report = await runLoad({
      url: process.env.API_URL ?? "http://127.0.0.1:4000",
      seconds: positiveInteger("LOAD_SECONDS", 10),
      connections: positiveInteger("LOAD_CONNECTIONS", 10),
      allowRemote: process.env.LOAD_ALLOW_REMOTE === "1",
    });
    console.log(formatReport(report));
    process.exitCode = report.errors > 0 ? 1 : 0;
  } catch (error) {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
