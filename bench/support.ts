/**
 * What the benchmarks share: percentiles, byte formatting, and one GraphQL POST over HTTP
 * the way a client sends it, timed from the first byte sent to the last byte read.
 */

/** Nearest-rank percentile of an ascending list; NaN when it is empty. */
export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarize(milliseconds: number[]): { median: number; p95: number } {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { cypher?: { queries?: number } };
}

export interface TimedResponse {
  ms: number;
  status: number;
  json: GraphQLResponse;
}

/**
 * POSTs one GraphQL request. `timeoutMs` aborts a request that hangs, so a benchmark records
 * a failure instead of waiting for it; an abort rejects with an error named "TimeoutError".
 */
export async function postGraphQL(
  endpoint: string,
  body: string,
  timeoutMs?: number,
): Promise<TimedResponse> {
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
    signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let json: GraphQLResponse;
  try {
    json = JSON.parse(text) as GraphQLResponse;
  } catch {
    json = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 300)}` }] };
  }
  return { ms, status: response.status, json };
}
