/**
 * Configuration from the environment, validated once at start-up so a typo fails fast with
 * a message naming the variable, instead of surfacing later as a confusing runtime error.
 */
import { readFileSync } from "node:fs";
import { join as joinPath, resolve as resolvePath } from "node:path";
import { z } from "zod";
import { paths } from "./paths.ts";

/**
 * How long a transaction that failed for a transient reason is retried, by default
 * (NEO4J_MAX_RETRY_MS; the driver's and the executor's default too).
 */
export const DEFAULT_MAX_RETRY_MS = 3000;

const port = z.coerce.number().int().min(0).max(65535);
const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      "must be a bolt:// or neo4j:// URI (optionally +s/+ssc)",
    )
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  /**
   * No default (see src/db/password.ts): unset, an embedded or container Neo4j gets a
   * generated password, kept in the data directory for the embedded one.
   */
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  /** A file holding the password (compose's generated secret); NEO4J_PASSWORD wins over it. */
  NEO4J_PASSWORD_FILE: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Which way to get a Neo4j: `auto` tries NEO4J_URI, then a container runtime, then embedded. */
  NEO4J_PROVIDER: z.enum(["auto", "uri", "container", "embedded"]).default("auto"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
  /** The embedded Neo4j's JVM heap: at most 2g, the machines have 2 cores to share. */
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, "must look like 512m or 1g")
    .refine(
      (value) => megabytes(value) >= 256 && megabytes(value) <= 2048,
      "must be between 256m and 2g",
    )
    .default("1g"),
  /**
   * The embedded Neo4j's page cache (the store's pages in memory, outside the heap). 128m
   * holds the seeded graph; a generated dataset wants about 4 KB per meeting (4g for 1M).
   */
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/i, "must look like 128m or 4g")
    .refine(
      (value) => megabytes(value) >= 16 && megabytes(value) <= 16 * 1024,
      "must be between 16m and 16g",
    )
    .default("128m"),
  /** Apply cypher/schema.cypher and seeds/*.cypher on start. Defaults to on, except for NEO4J_URI. */
  SEED_ON_START: flag.optional(),
  /** The seed files' folder (its articles in <SEEDS_DIR>/articles); the project's seeds/. */
  SEEDS_DIR: z.string().min(1).optional(),
  /** Per-transaction timeout for API reads, in milliseconds. */
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** How long the driver retries a failed transaction before giving up, in milliseconds. */
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(DEFAULT_MAX_RETRY_MS),
  /**
   * Per-transaction timeout for planning the shipped operations' queries before serving (and
   * in the JVM cache's training start): a cold planner on a large graph takes seconds.
   */
  NEO4J_WARMUP_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** Per-transaction timeout for `npm run query`: an analyst's question may read much. */
  NEO4J_CLI_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** Longest wait for a new Bolt connection to open: an unreachable server fails fast. */
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /** Longest a query waits for a connection from the driver's pool (opening included). */
  NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /**
   * Cypher queries this process runs in Neo4j at once; the others wait their turn, cheapest
   * request first. About twice Neo4j's cores: more only makes every query slower.
   */
  NEO4J_MAX_CONCURRENT_QUERIES: z.coerce.number().int().min(1).max(45).default(4),
  /** Queries that may wait for a turn; one more is answered 503 at once. */
  NEO4J_MAX_QUEUED_QUERIES: z.coerce.number().int().min(0).default(100),
  /** Longest wait for a turn before the request is answered 503 with Retry-After. */
  NEO4J_QUEUE_WAIT_MS: z.coerce.number().int().positive().default(2000),

  /** Browser origins allowed to call the API cross-origin, comma-separated; empty = none. */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url("each origin must be a URL such as https://app.example.org"))),
  /** The in-browser IDE at /graphql; defaults to on except in production. */
  GRAPHQL_IDE: flag.optional(),
  /** The explorer (network, timeline, quotes) at /; defaults to on except in production. */
  EXPLORER: flag.optional(),
  /** Schema introspection; defaults to on except in production. */
  GRAPHQL_INTROSPECTION: flag.optional(),
  /** Prometheus metrics at /metrics; defaults to on except in production. */
  METRICS: flag.optional(),
  /** The Neo4j version in `status { neo4jVersion }`; defaults to on except in production. */
  VERSION_DETAILS: flag.optional(),
  /**
   * Field levels, counted by graphql-armor: a Relay connection takes three (`meetings`,
   * `edges`, `node`), so the 3-hop actor → meetings → participants → their meetings →
   * statements → sources { article { title } } needs 13.
   */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(13),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().positive().default(15),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(1000),
  /**
   * Deepest nesting of `{`, `[` and `(` a document may have, checked before parsing: the
   * parser and the validation rules recurse once per level and overflow the stack near 2,000.
   * The 13-level three-hop page needs about 20.
   */
  GRAPHQL_MAX_NESTING: z.coerce.number().int().positive().max(500).default(100),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().positive().default(10),
  /**
   * The most objects a query may be able to return, as src/graphql/cost/ estimates it from
   * the SDL's cost directives: above the actor page with 50 meetings (about 15,000), far
   * below what an amplifying query asks for (millions and up).
   */
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(25_000),
  /**
   * Accept only the trusted documents (the shipped operations, sent by id): a document sent
   * as text is refused. Defaults to on in production, off elsewhere (the IDE sends text).
   */
  TRUSTED_DOCUMENTS_ONLY: flag.optional(),
  /**
   * How long a CDN or browser may keep a GET answer of a trusted query (`Cache-Control:
   * public, max-age=…`), in seconds. The graph changes when seed files are applied; at most a day.
   */
  TRUSTED_DOCUMENTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Requests one client may send to /graphql per minute; 0 = no limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /**
   * A request header that names the client for the rate limit and the connection cap (e.g.
   * x-api-key set by a gateway); unset: the client's IP address. Only name a header that
   * something in front of the API sets: clients could otherwise pick a new name per request.
   */
  RATE_LIMIT_KEY_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, "must be a header name")
    .optional(),
  /** Largest accepted request body, in bytes. */
  // 32 KB: a document within the token limit and variables within the input caps fit in a
  // few KB, and a bigger body is refused before it is parsed (it costs the event loop).
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(32_000),
  /** Longest a client may take to send a request's headers; then the socket is closed. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10_000),
  /** Longest a client may take to send a whole request (headers and body). */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Open connections one address may hold; one more is answered 429 and closed. 0 = no cap. */
  MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(0).default(64),
  /** How long shutdown waits for requests in flight before closing their connections. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * How long /health/ready waits for Neo4j to answer a trivial query before it says Neo4j is
   * down: short, so a load balancer stops sending traffic during an outage.
   */
  HEALTH_READY_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Neo4jSettings {
  provider: Environment["NEO4J_PROVIDER"];
  uri: string | undefined;
  username: string;
  /** Unset: the data directory's generated password (src/db/password.ts). */
  password: string | undefined;
  database: string | undefined;
  boltPort: number;
  httpPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  queryTimeoutMs: number;
  maxRetryMs: number;
  warmUpTimeoutMs: number;
  cliQueryTimeoutMs: number;
  connectionTimeoutMs: number;
  connectionAcquisitionTimeoutMs: number;
  maxConcurrentQueries: number;
  maxQueuedQueries: number;
  queueWaitMs: number;
}

export interface GraphQLLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxNesting: number;
  maxDirectives: number;
  maxCost: number;
}

export interface HttpSettings {
  corsOrigins: string[];
  maxBodyBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxConnectionsPerClient: number;
  shutdownGraceMs: number;
  readyTimeoutMs: number;
  ide: boolean;
  /** The explorer web app at `/`. */
  explorer: boolean;
  introspection: boolean;
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  /** Tell clients the Neo4j version (`status { neo4jVersion }`). */
  versionDetails: boolean;
  /** Hide internals: no field suggestions, no diagnostics in responses. */
  production: boolean;
  limits: GraphQLLimits;
  /** Trusted documents (src/graphql/trusted-documents.ts): text refused, answers' max-age. */
  trustedDocuments: { only: boolean; maxAgeSeconds: number };
  rateLimit: { perMinute: number; keyHeader: string | undefined };
  /** The articles' texts (`Article.text`): <SEEDS_DIR>/articles. */
  articlesDir: string;
}

export interface Config {
  environment: Environment["NODE_ENV"];
  host: string;
  port: number;
  logLevel: Environment["LOG_LEVEL"];
  seedOnStart: boolean;
  /** Absolute path of the seed files' folder. */
  seedsDir: string;
  neo4j: Neo4jSettings;
  http: HttpSettings;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the configuration; throws a ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  const seedsDir = e.SEEDS_DIR ? resolvePath(e.SEEDS_DIR) : paths.seeds;
  if (e.NEO4J_PROVIDER === "uri" && !e.NEO4J_URI) {
    throw new ConfigError("Invalid configuration:\n  NEO4J_URI: required when NEO4J_PROVIDER=uri");
  }
  return {
    environment: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START ?? e.NEO4J_URI === undefined,
    seedsDir,
    neo4j: {
      provider: e.NEO4J_PROVIDER,
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD ?? passwordFromFile(e.NEO4J_PASSWORD_FILE),
      database: e.NEO4J_DATABASE,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      dataDir: e.NEO4J_DATA_DIR,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maxRetryMs: e.NEO4J_MAX_RETRY_MS,
      warmUpTimeoutMs: e.NEO4J_WARMUP_TIMEOUT_MS,
      cliQueryTimeoutMs: e.NEO4J_CLI_QUERY_TIMEOUT_MS,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      connectionAcquisitionTimeoutMs: e.NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS,
      maxConcurrentQueries: e.NEO4J_MAX_CONCURRENT_QUERIES,
      maxQueuedQueries: e.NEO4J_MAX_QUEUED_QUERIES,
      queueWaitMs: e.NEO4J_QUEUE_WAIT_MS,
    },
    http: {
      corsOrigins: e.CORS_ORIGINS,
      maxBodyBytes: e.MAX_BODY_BYTES,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: Math.max(e.HTTP_REQUEST_TIMEOUT_MS, e.HTTP_HEADERS_TIMEOUT_MS),
      maxConnectionsPerClient: e.MAX_CONNECTIONS_PER_CLIENT,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      readyTimeoutMs: e.HEALTH_READY_TIMEOUT_MS,
      ide: e.GRAPHQL_IDE ?? e.NODE_ENV !== "production",
      explorer: e.EXPLORER ?? e.NODE_ENV !== "production",
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== "production",
      metrics: e.METRICS ?? e.NODE_ENV !== "production",
      versionDetails: e.VERSION_DETAILS ?? e.NODE_ENV !== "production",
      production: e.NODE_ENV === "production",
      trustedDocuments: {
        only: e.TRUSTED_DOCUMENTS_ONLY ?? e.NODE_ENV === "production",
        maxAgeSeconds: e.TRUSTED_DOCUMENTS_MAX_AGE_SECONDS,
      },
      rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, keyHeader: e.RATE_LIMIT_KEY_HEADER },
      articlesDir: joinPath(seedsDir, "articles"),
      limits: {
        maxDepth: e.GRAPHQL_MAX_DEPTH,
        maxAliases: e.GRAPHQL_MAX_ALIASES,
        maxTokens: e.GRAPHQL_MAX_TOKENS,
        maxNesting: e.GRAPHQL_MAX_NESTING,
        maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
        maxCost: e.GRAPHQL_MAX_COST,
      },
    },
  };
}

function passwordFromFile(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  let password: string;
  try {
    password = readFileSync(file, "utf8").trim();
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  NEO4J_PASSWORD_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  if (password.length < 8) {
    throw new ConfigError(
      `Invalid configuration:\n  NEO4J_PASSWORD_FILE: ${file} must hold a password of at least 8 characters`,
    );
  }
  return password;
}

function megabytes(size: string): number {
  const amount = Number.parseInt(size, 10);
  return /g$/i.test(size) ? amount * 1024 : amount;
}

/** `FOO=` in a shell or compose file means "not set", not "set to the empty string". */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
