/**
 * Many clients at once: `clients` virtual clients, each sending its next request as soon as
 * its last one is answered (a closed loop, as a page of the explorer does), for a fixed
 * time. Every client walks the same sequence of cases from its own starting point, so each
 * picks the next operation of the mix with its own variables, and every system gets the same
 * requests in the same order. Latency is timed per request, from sending to the answer's
 * last byte read and checked.
 */
import { percentile } from "../support.ts";

/** One request's outcome: its case, its latency, and the error code of a failed one. */
export interface Sample {
  case: number;
  ms: number;
  error: string | null;
}

export interface LevelRun {
  clients: number;
  /** From the first request sent to the last one answered. */
  elapsedMs: number;
  samples: Sample[];
}

export interface RunOptions {
  clients: number;
  durationMs: number;
  /** Case indices, walked in a ring; client c starts at c × length / clients. */
  sequence: number[];
  /** Sends one case; resolves with null when it was answered without error, else a code. */
  send(caseIndex: number): Promise<string | null>;
}

/** Runs the clients until the duration is over; a request in flight then is waited for. */
export async function runClients(options: RunOptions): Promise<LevelRun> {
  const { clients, sequence } = options;
  if (sequence.length === 0) throw new Error("runClients: an empty sequence of cases");
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async (index: number) => {
    let position = Math.floor((index * sequence.length) / clients);
    while (performance.now() < deadline) {
      const caseIndex = sequence[position % sequence.length] as number;
      position += 1;
      const sent = performance.now();
      let error: string | null;
      try {
        error = await options.send(caseIndex);
      } catch (thrown) {
        error = (thrown as { code?: string }).code ?? (thrown as Error).message;
      }
      samples.push({ case: caseIndex, ms: performance.now() - sent, error });
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  return { clients, elapsedMs: performance.now() - started, samples };
}

export interface Latency {
  requests: number;
  errors: number;
  /** Error code → how many requests failed with it. */
  errorCodes: Record<string, number>;
  /**
   * Over the requests answered without error: a shed request is answered fast, a timed-out
   * one at the timeout, and either would hide in a percentile what the errors say.
   */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export function summarizeSamples(samples: Sample[]): Latency {
  const sorted = samples
    .filter((sample) => sample.error === null)
    .map((sample) => sample.ms)
    .sort((a, b) => a - b);
  const errorCodes: Record<string, number> = {};
  for (const { error } of samples) if (error) errorCodes[error] = (errorCodes[error] ?? 0) + 1;
  const at = (p: number) => (sorted.length === 0 ? null : round(percentile(sorted, p)));
  return {
    requests: samples.length,
    errors: samples.filter((sample) => sample.error !== null).length,
    errorCodes,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.length === 0 ? null : round(sorted.at(-1) as number),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
