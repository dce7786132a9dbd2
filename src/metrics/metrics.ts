/**
 * Prometheus metrics (prom-client), served at /metrics by the HTTP layer: HTTP and GraphQL
 * latency histograms by operation, GraphQL errors by code, and Neo4j query timings by access
 * mode and outcome. One registry per server, so tests that start several servers do not
 * collide. Its own module (below graphql and http, which both use it), so the GraphQL layer
 * never imports from the HTTP layer.
 */
import type { RequestHandler } from "express";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { QueryObserver } from "../db/executor.ts";
import { type OperationLabels, operationLabels } from "./operation-labels.ts";

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  registry: Registry;
  graphqlDuration: Histogram<"operation">;
  /** Maps a client-chosen operation name to a label from a bounded set. */
  operationLabel: OperationLabels;
  graphqlErrors: Counter<"code">;
  observeNeo4j: QueryObserver;
  httpMiddleware: RequestHandler;
  handler: RequestHandler;
}

export interface MetricsOptions {
  /** Operation names of the shipped client operations: always labels of their own. */
  knownOperations?: readonly string[];
  /** Seed files that failed their checks or transaction when the API started. */
  seedFilesFailed?: number;
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request latency by method, route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "GraphQL request latency by operation name",
    labelNames: ["operation"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: "graphql_errors_total",
    help: "GraphQL errors returned, by extensions.code",
    labelNames: ["code"] as const,
    registers: [registry],
  });
  const neo4jDuration = new Histogram({
    name: "neo4j_query_duration_seconds",
    help: "Cypher round-trip latency by access mode and outcome",
    labelNames: ["mode", "outcome"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  new Gauge({
    name: "seed_files_failed",
    help: "Seed files that failed their checks or their transaction when the API started (not applied)",
    registers: [registry],
  }).set(options.seedFilesFailed ?? 0);

  return {
    registry,
    graphqlDuration,
    operationLabel: operationLabels(options.knownOperations ?? []),
    graphqlErrors,
    observeNeo4j: (event) =>
      neo4jDuration.observe(
        { mode: event.mode, outcome: event.error ? "error" : "ok" },
        event.durationMs / 1000,
      ),
    httpMiddleware: (req, res, next) => {
      // Label by known routes only: raw paths would let a client create unbounded series.
      // Read now: mounted routers rewrite req.path while they handle the request.
      const route = routeLabel(req.path);
      const end = httpDuration.startTimer({ method: req.method, route });
      res.on("finish", () => end({ status: String(res.statusCode) }));
      next();
    },
    handler: async (_req, res) => {
      res.setHeader("content-type", registry.contentType);
      res.send(await registry.metrics());
    },
  };
}

/** Every route label there can be: a fixed set, whatever paths clients make up. */
const ROUTES = new Set(["/graphql", "/health/live", "/health/ready", "/metrics"]);

function routeLabel(path: string): string {
  if (ROUTES.has(path)) return path;
  if (path.startsWith("/graphiql/")) return "/graphiql/*";
  return "other";
}
