/**
 * The HTTP server: GraphQL at /graphql (Apollo Server on Express, answers compressed when the
 * client accepts it, the shipped operations also by id and cacheable over GET), the offline IDE for browsers at the same URL, the explorer at /, health
 * and metrics endpoints, request logging with a request id, CORS by allow-list, and a drain
 * on shutdown so requests in flight complete.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import { pinoHttp } from "pino-http";
import { type HttpSettings, loadConfig } from "../config/index.ts";
import { articleTexts } from "../data/article-texts.ts";
import type { CypherExecutor } from "../db/executor.ts";
import { createContext, type GraphQLContext } from "../graphql/context.ts";
import { loadExampleOperations, operationsDirectory } from "../graphql/operations.ts";
import { createGraphQLServer } from "../graphql/server.ts";
import { loadTrustedDocuments, type TrustedDocuments } from "../graphql/trusted-documents.ts";
import type { SeedHealth } from "../ingest/start.ts";
import type { Logger } from "../log/logger.ts";
import { createMetrics } from "../metrics/metrics.ts";
import { compressJsonAnswers } from "./compress.ts";
import { capConnectionsPerClient } from "./connection-cap.ts";
import { explorerRoutes } from "./explorer.ts";
import { trackFirstRequests } from "./first-requests.ts";
import { graphiqlRoutes } from "./graphiql.ts";
import { healthRoutes } from "./health.ts";
import { neo4jBrowserRoutes } from "./neo4j-browser.ts";
import { rateLimitPerClient } from "./rate-limit.ts";
import { charsetUtf8, contentEncoding, documentNesting, noSniff } from "./request-guards.ts";
import { trustedDocumentRequests } from "./trusted-documents.ts";
import { warmServingPath } from "./warm-serving.ts";

export interface HttpDependencies {
  executor: CypherExecutor;
  logger: Logger;
  host: string;
  port: number;
  /** Limits, CORS, IDE, production mode; defaults to the development defaults. */
  settings?: HttpSettings;
  /** How seeding went at start: failures show on /health/ready and in metrics. */
  seeds?: SeedHealth;
}

export interface RunningHttpServer {
  url: string;
  server: Server;
  /** Sends the shipped operations to this server once (./warm-serving.ts), before ready. */
  warmUp(): Promise<{ requests: number; failed: number }>;
  /** Stops accepting connections and resolves once in-flight requests are answered. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,100}$/;

export async function startHttpServer(deps: HttpDependencies): Promise<RunningHttpServer> {
  const settings = deps.settings ?? loadConfig({}).http;
  const texts = articleTexts(settings.articlesDir);
  const exampleOperations = loadExampleOperations(operationsDirectory);
  const trustedDocuments = loadTrustedDocuments();
  const seeds = deps.seeds ?? { checked: false, failed: [], changedGraph: false };
  const metrics = createMetrics({
    knownOperations: exampleOperations.map((op) => op.name),
    seedFilesFailed: new Set(seeds.failed.map((failure) => failure.file)).size,
  });
  const executor = deps.executor.withObserver(metrics.observeNeo4j);
  const app = express();
  app.disable("x-powered-by");
  // A strong ETag of every JSON answer's bytes before compression (the same tag for each
  // coding; `Vary: Accept-Encoding` keeps them apart in caches), and 304 for a GET whose
  // If-None-Match holds it: Express's res.send. Which answers may be kept at all:
  // src/graphql/plugins/cache-policy.ts.
  app.set("etag", "strong");
  const server = nodeServer(app, settings);
  const firstRequests = trackFirstRequests(server);

  const apollo = createGraphQLServer({ httpServer: server, settings, metrics, trustedDocuments });
  await apollo.start();

  app.use(noSniff);
  app.use(metrics.httpMiddleware);
  app.use(requestLogging(deps.logger));
  // Readiness asks Neo4j past the work queue: a busy API is still ready (it sheds its own
  // load), or every replica would go unready together under load.
  app.use(healthRoutes(executor.unqueued(), seeds, settings.readyTimeoutMs));
  if (settings.metrics) app.get("/metrics", metrics.handler);
  // Before the IDE's router, which would otherwise answer every OPTIONS preflight itself.
  app.use(
    "/graphql",
    cors({ origin: settings.corsOrigins, methods: ["GET", "POST"], maxAge: 600 }),
  );
  app.use(
    graphiqlRoutes({
      endpoint: "/graphql",
      exampleOperations,
      enabled: settings.ide,
    }),
  );
  app.use(
    "/graphql",
    graphqlRoute(settings, apollo, trustedDocuments, (req, res) =>
      createContext(executor, req.log, {
        versionDetails: settings.versionDetails,
        articleTexts: texts,
        signal: abandoned(req, res),
      }),
    ),
  );
  app.use(neo4jBrowserRoutes());
  app.use(explorerRoutes({ endpoint: "/graphql", enabled: settings.explorer }));
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
  });
  app.use(bodyErrors);

  const url = await listen(server, deps.port, deps.host);

  let closing: Promise<void> | undefined;
  return {
    url,
    server,
    warmUp: () =>
      warmServingPath(
        `${url}/graphql`,
        exampleOperations,
        trustedDocuments,
        !settings.trustedDocuments.only,
        deps.logger,
      ),
    close: () => {
      // Requests already sent on open connections are answered too (./first-requests.ts).
      closing ??= firstRequests.delivered(FIRST_REQUEST_WAIT_MS).then(() => apollo.stop());
      return closing;
    },
  };
}

/** How long a shutdown waits for open connections' first requests before draining. */
const FIRST_REQUEST_WAIT_MS = 1_000;

/** Node's server for the app: slow senders cut off, connections per client capped. */
function nodeServer(app: express.Express, settings: HttpSettings) {
  const server = createServer(
    {
      // Slow senders are cut off (408 and close); Node's defaults keep them 60 and 300 s, and
      // look only every 30 s.
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      connectionsCheckingInterval: 1000,
    },
    app,
  );
  capConnectionsPerClient(server, settings.maxConnectionsPerClient);
  return server;
}

/** One log line per request (not for health checks and metrics scrapes), with a request id. */
function requestLogging(logger: HttpDependencies["logger"]) {
  return pinoHttp({
    logger,
    // A caller's request id is kept (for tracing across services), else we make one.
    genReqId: (req, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader("x-request-id", id);
      return id;
    },
    autoLogging: {
      ignore: (req) => req.url?.startsWith("/health/") === true || req.url === "/metrics",
    },
  });
}

/** What a request to /graphql passes through, in order, before Apollo answers it. */
function graphqlRoute(
  settings: HttpSettings,
  apollo: ApolloServer<GraphQLContext>,
  trustedDocuments: TrustedDocuments,
  context: (req: express.Request, res: express.Response) => GraphQLContext,
): express.RequestHandler[] {
  return [
    rateLimitPerClient(settings.rateLimit),
    // Answers compressed when the client accepts it (JSON only; small ones plain).
    compressJsonAnswers(),
    contentEncoding,
    charsetUtf8,
    express.json({ limit: settings.maxBodyBytes }),
    // A document asked for by id becomes its text; text refused in trusted-only mode.
    trustedDocumentRequests(trustedDocuments, { only: settings.trustedDocuments.only }),
    documentNesting(settings.limits),
    expressMiddleware(apollo, { context: async ({ req, res }) => context(req, res) }),
  ];
}

/** Listens on host:port (0: a free port) and says where. */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/**
 * Aborts when the connection closes before the response is sent: the client went away,
 * possibly already while its body was read.
 */
function abandoned(req: IncomingMessage, res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  if (req.socket.destroyed) controller.abort();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/**
 * Body parsing failures (invalid JSON, too large, bad encoding) answer in GraphQL's error
 * shape with a code, never as an HTML 500 page.
 */
const bodyErrors: ErrorRequestHandler = (error, req, res, next) => {
  // charsetUtf8 refuses other charsets first; this is the parser's own refusal, kept clear.
  if (error?.type === "charset.unsupported" && !res.headersSent) {
    res.status(415).json({
      errors: [
        {
          message: `Unsupported charset ${JSON.stringify(String(error.charset ?? "").slice(0, 40))}; send JSON in UTF-8`,
          extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
        },
      ],
    });
    return;
  }
  if (res.headersSent) return next(error);
  const status =
    typeof error?.status === "number" && error.status >= 400 && error.status < 500
      ? error.status
      : 500;
  const code =
    error?.type === "entity.too.large"
      ? "PAYLOAD_TOO_LARGE"
      : error?.type === "encoding.unsupported" || status === 415
        ? "UNSUPPORTED_MEDIA_TYPE"
        : error?.type === "entity.parse.failed"
          ? "BAD_REQUEST"
          : status < 500
            ? "BAD_REQUEST"
            : "INTERNAL_SERVER_ERROR";
  if (status >= 500) req.log?.error({ err: error }, "request failed");
  const message =
    status >= 500
      ? "Internal server error"
      : code === "PAYLOAD_TOO_LARGE"
        ? "Request body too large"
        : code === "UNSUPPORTED_MEDIA_TYPE"
          ? "Unsupported content encoding"
          : "Malformed request body";
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
