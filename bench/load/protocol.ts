/**
 * What the load bench and a system's child process (serve.ts) say to each other over IPC.
 * Every command carries an id its reply repeats.
 */
import type { LevelRun } from "./clients.ts";

export type SystemName = "api" | "neo4j-graphql" | "hand-written";

export const SYSTEM_NAMES: SystemName[] = ["api", "neo4j-graphql", "hand-written"];

export const SYSTEM_LABELS: Record<SystemName, string> = {
  api: "this API",
  "neo4j-graphql": "@neo4j/graphql",
  "hand-written": "hand-written client",
};

/** One hand-written query of the mix: one row, column `data`. */
export interface HandWrittenCase {
  cypher: string;
  params: Record<string, unknown>;
}

export interface TargetCredentials {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  source: "uri";
}

export type Command = { id: number } & (
  | {
      type: "start";
      system: SystemName;
      target: TargetCredentials;
      timeoutMs: number;
      /** The API's environment over the child's own. */
      env: Record<string, string>;
    }
  | { type: "cases"; cases: HandWrittenCase[] }
  | { type: "run"; clients: number; durationMs: number; sequence: number[] }
  | { type: "usage" }
  | { type: "profile-start" }
  | { type: "profile-stop"; file: string }
  | { type: "stop" }
);

export interface Usage {
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  /** User and system CPU time since the process started. */
  cpuMicros: number;
}

export type Reply = { id: number } & (
  | { type: "ready"; url: string | null }
  | { type: "done" }
  | { type: "ran"; level: LevelRun }
  | ({ type: "usage" } & Usage)
  | { type: "failed"; message: string }
);
