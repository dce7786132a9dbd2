/**
 * Liveness and readiness. Live: the process answers. Ready: Neo4j answers a trivial query
 * within a short time, so a load balancer stops sending traffic during a database outage
 * and resumes by itself when it is back. Readiness also says how seeding went at start.
 */
import type { Router } from "express";
import express from "express";
import type { CypherExecutor } from "../db/executor.ts";
import type { SeedHealth } from "../ingest/start.ts";

export function healthRoutes(
  executor: CypherExecutor,
  seeds: SeedHealth,
  /** HEALTH_READY_TIMEOUT_MS. */
  readyTimeoutMs: number,
): Router {
  // A seed file that failed at start does not make the API unready (it serves the graph as
  // it is); the details say which file, line and rule, for whoever looks.
  const seedDetails =
    seeds.failed.length > 0
      ? { status: "failed", failed: seeds.failed }
      : { status: seeds.checked ? "ok" : "not checked" };
  const router = express.Router();
  router.get("/health/live", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/health/ready", async (_req, res) => {
    try {
      await withTimeout(executor.read("RETURN 1 AS ok"), readyTimeoutMs);
      res.json({ status: "ok", neo4j: "up", seeds: seedDetails });
    } catch {
      res.status(503).json({ status: "unavailable", neo4j: "down", seeds: seedDetails });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
