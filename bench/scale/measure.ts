/**
 * Measures one operation on the three systems: warm-up, then rounds that ask each system
 * in turn, so that drift in the machine's load hits all three alike. A failed request (a
 * GraphQL error such as QUERY_TIMEOUT, a transaction timeout, a hung request) is counted and
 * its error code kept; a system that fails twice in a row is given up for the operation, so
 * one cold-cache timeout does not disqualify it, and a query that never finishes costs two
 * timeouts, not fifty.
 * The first answer of each system is read into levels of ids for the comparison.
 */
import { postGraphQL, summarize } from "../support.ts";
import type { BenchOperation, Levels } from "./operations/types.ts";
import type { Systems } from "./systems.ts";

export const SYSTEMS = ["api", "handWritten", "neo4jGraphql"] as const;
export type SystemName = (typeof SYSTEMS)[number];

export const SYSTEM_LABELS: Record<SystemName, string> = {
  api: "this API",
  handWritten: "hand-written Cypher",
  neo4jGraphql: "@neo4j/graphql",
};

export interface SystemResult {
  /** Milliseconds of each measured request. */
  samples: number[];
  p50: number | null;
  p95: number | null;
  /** The error code of the last failed request, if any failed. */
  failure: string | null;
  /** Requests that failed, warm-up included. */
  failedRequests: number;
  /** True when the system failed twice in a row and was not asked again. */
  gaveUp: boolean;
  /** Distinct Cypher round-trip counts the API reported (API only). */
  roundTrips: number[];
}

export interface OperationResult {
  key: string;
  name: string;
  systems: Record<SystemName, SystemResult>;
  /** Levels where a system's ids differ from the reference system's, described. */
  mismatches: string[];
}

interface Answer {
  ms: number;
  data: unknown;
  roundTrips?: number;
}

class Failure extends Error {}

/**
 * A GraphQL error's stable code; with the message too when the code says only that the
 * server failed (@neo4j/graphql reports Neo4j's errors, e.g. a transaction timeout, so).
 */
function failureCode(error: { message: string; extensions?: { code?: string } } | undefined) {
  if (!error) return undefined;
  const code = error.extensions?.code;
  if (code && code !== "INTERNAL_SERVER_ERROR") return code;
  return code ? `${code}: ${error.message.slice(0, 160)}` : error.message.slice(0, 160);
}

async function graphql(
  endpoint: string,
  request: BenchOperation["api"],
  timeoutMs: number,
): Promise<Answer> {
  const response = await postGraphQL(endpoint, JSON.stringify(request), timeoutMs).catch(
    (error: Error) => {
      throw new Failure(
        error.name === "TimeoutError" ? `NO ANSWER IN ${timeoutMs} ms` : error.message,
      );
    },
  );
  const error = response.json.errors?.[0];
  if (error || !response.json.data) {
    throw new Failure(failureCode(error) ?? `HTTP ${response.status}`);
  }
  return {
    ms: response.ms,
    data: response.json.data,
    roundTrips: response.json.extensions?.cypher?.queries,
  };
}

async function ask(
  system: SystemName,
  operation: BenchOperation,
  systems: Systems,
  timeoutMs: number,
): Promise<Answer> {
  if (system === "api") return graphql(systems.apiEndpoint, operation.api, timeoutMs);
  if (system === "neo4jGraphql")
    return graphql(systems.neo4jGraphqlEndpoint, operation.neo4jGraphql, timeoutMs);
  const started = performance.now();
  try {
    const data = await systems.handWritten(
      operation.handWritten.cypher,
      operation.handWritten.params,
    );
    return { ms: performance.now() - started, data };
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Failure(code ?? (error as Error).message);
  }
}

export interface MeasureOptions {
  requests: number;
  warmup: number;
  /** Bound of one request; also the anchors' transaction timeout. */
  timeoutMs: number;
}

/**
 * Asks every operation once of every system and ignores the outcome: right after Neo4j
 * starts, its page cache is cold, and the first operation measured would pay for all.
 */
export async function warmCaches(
  operations: BenchOperation[],
  systems: Systems,
  timeoutMs: number,
): Promise<void> {
  for (const operation of operations) {
    for (const system of SYSTEMS) {
      await ask(system, operation, systems, timeoutMs + 5000).catch((error: unknown) => {
        if (!(error instanceof Failure)) throw error;
      });
    }
  }
}

export async function measure(
  operation: BenchOperation,
  systems: Systems,
  options: MeasureOptions,
): Promise<OperationResult> {
  const results = Object.fromEntries(
    SYSTEMS.map((system) => [
      system,
      {
        samples: [],
        p50: null,
        p95: null,
        failure: operation.failures?.[system] ?? null,
        failedRequests: operation.failures?.[system] ? 1 : 0,
        gaveUp: Boolean(operation.failures?.[system]),
        roundTrips: [],
      } as SystemResult,
    ]),
  ) as Record<SystemName, SystemResult>;
  const levels: Partial<Record<SystemName, Levels>> = {};
  const rounds = options.warmup + options.requests;
  const failedInARow: Record<SystemName, number> = { api: 0, handWritten: 0, neo4jGraphql: 0 };

  for (let round = 0; round < rounds; round += 1) {
    for (const system of SYSTEMS) {
      const result = results[system];
      if (result.gaveUp) continue;
      try {
        // The HTTP bound leaves the server's own timeout room to answer with its error code.
        const answer = await ask(system, operation, systems, options.timeoutMs + 5000);
        if (!levels[system]) {
          levels[system] =
            system === "neo4jGraphql"
              ? operation.neo4jGraphqlLevels(answer.data)
              : operation.levels(answer.data);
        }
        failedInARow[system] = 0;
        if (round < options.warmup) continue;
        result.samples.push(answer.ms);
        if (answer.roundTrips !== undefined && !result.roundTrips.includes(answer.roundTrips))
          result.roundTrips.push(answer.roundTrips);
      } catch (error) {
        if (!(error instanceof Failure)) throw error;
        result.failure = error.message;
        result.failedRequests += 1;
        failedInARow[system] += 1;
        result.gaveUp = failedInARow[system] >= 2;
      }
    }
  }
  for (const system of SYSTEMS) {
    const result = results[system];
    if (result.samples.length === 0) continue;
    const { median, p95 } = summarize(result.samples);
    result.p50 = median;
    result.p95 = p95;
  }
  return {
    key: operation.key,
    name: operation.name,
    systems: results,
    mismatches: compare(operation.name, levels),
  };
}

/** Compares every system's levels with the first system that answered, level by level. */
export function compare(name: string, levels: Partial<Record<SystemName, Levels>>): string[] {
  const answered = SYSTEMS.filter((system) => levels[system]);
  const reference = answered[0];
  if (!reference) return [];
  const expected = levels[reference] as Levels;
  const mismatches: string[] = [];
  for (const system of answered.slice(1)) {
    const actual = levels[system] as Levels;
    for (const level of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const want = expected[level];
      const got = actual[level];
      if (JSON.stringify(want) === JSON.stringify(got)) continue;
      mismatches.push(
        `${name}: ${SYSTEM_LABELS[system]} differs from ${SYSTEM_LABELS[reference]} at "${level}": ` +
          `${show(want)} vs ${show(got)}`,
      );
    }
  }
  return mismatches;
}

const show = (ids: string[] | undefined) =>
  ids === undefined
    ? "(absent)"
    : `[${ids.slice(0, 6).join(", ")}${ids.length > 6 ? `, … ${ids.length} in all` : ""}]`;
