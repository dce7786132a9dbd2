/**
 * Liveness and readiness. Live: the process answers. Ready: Neo4j answers a trivial query
 * within a short time, so a load balancer stops sending traffic during a database outage
 * and resumes by itself when it is back.
 */
import type { Router } from "express";
import express from "express";
import type { CypherExecutor } from "../db/executor.ts";

export function healthRoutes(executor: CypherExecutor, readyTimeoutMs = 2000): Router {
  const router = express.Router();
  router.get("/health/live", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/health/ready", async (_req, res) => {
    try {
      await withTimeout(executor.read("RETURN 1 AS ok"), readyTimeoutMs);
      res.json({ status: "ok", neo4j: "up" });
    } catch {
      res.status(503).json({ status: "unavailable", neo4j: "down" });
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
