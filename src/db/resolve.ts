/**
 * Decides where the Neo4j comes from, in a fixed order:
 *   1. NEO4J_URI (a server, a cluster, Aura: neo4j+s:// routing URIs pass through unchanged);
 *   2. a container runtime that answers: Testcontainers starts the official image;
 *   3. the embedded default: Neo4j Community in a child JVM, jars from Maven Central.
 * NEO4J_PROVIDER forces one of them. Without NEO4J_PASSWORD, a container gets a generated
 * password and the embedded Neo4j its data directory's (src/db/password.ts); NEO4J_URI on
 * this machine uses that data directory's password too (a tool pointed at a running
 * `npm start`), and any other NEO4J_URI needs NEO4J_PASSWORD.
 */
import { ConfigError, type Neo4jSettings } from "../config/index.ts";
import { probeContainerRuntime } from "./container-runtime.ts";
import { startEmbeddedNeo4j } from "./embedded/launcher.ts";
import { generatePassword, passwordFile, readPassword } from "./password.ts";

export type Neo4jSource = "uri" | "container" | "embedded";

export interface Neo4jTarget {
  source: Neo4jSource;
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** Neo4j Browser / Query API base URL, when we know it. */
  httpUrl: string | undefined;
  /** Stops what this process started; a no-op for an external server. */
  stop(): Promise<void>;
}

export async function resolveNeo4j(
  settings: Neo4jSettings,
  log: (message: string) => void,
  /** For a container: the Neo4j Browser command that loads the API's guide and style. */
  browserPostConnect?: string,
): Promise<Neo4jTarget> {
  const base = {
    username: settings.username,
    database: settings.database,
  };

  if (settings.uri && (settings.provider === "auto" || settings.provider === "uri")) {
    log(`Neo4j: using NEO4J_URI ${redact(settings.uri)}`);
    const password = settings.password ?? localPassword(settings.uri, settings.dataDir);
    return {
      ...base,
      password,
      source: "uri",
      uri: settings.uri,
      httpUrl: undefined,
      stop: async () => {},
    };
  }

  if (settings.provider === "auto" || settings.provider === "container") {
    const runtime = await probeContainerRuntime();
    if (runtime.available) {
      log(`Neo4j: starting the official image with Testcontainers (${runtime.detail})`);
      const { startNeo4jContainer } = await import("./containers.ts");
      const password = settings.password ?? generatePassword();
      const container = await startNeo4jContainer(password, browserPostConnect, {
        heap: settings.heap,
        pageCache: settings.pageCache,
      });
      return {
        ...base,
        password,
        username: "neo4j",
        source: "container",
        uri: container.boltUri,
        httpUrl: container.httpUrl,
        stop: container.stop,
      };
    }
    if (settings.provider === "container") {
      throw new Error(`NEO4J_PROVIDER=container, but ${runtime.detail}`);
    }
    log(`Neo4j: ${runtime.detail}; using the embedded Neo4j`);
  }

  const embedded = await startEmbeddedNeo4j({
    boltPort: settings.boltPort,
    httpPort: settings.httpPort,
    dataDir: settings.dataDir,
    password: settings.password,
    heap: settings.heap,
    pageCache: settings.pageCache,
    log,
  });
  log(
    `Neo4j: embedded ${embedded.version} (pid ${embedded.pid}) ready in ${(embedded.startupMs / 1000).toFixed(1)} s at ${embedded.boltUri} (Browser: ${embedded.httpUrl}/browser/)`,
  );
  return {
    ...base,
    password: embedded.password,
    username: "neo4j",
    source: "embedded",
    uri: embedded.boltUri,
    httpUrl: embedded.httpUrl,
    stop: embedded.stop,
  };
}

/**
 * NEO4J_URI without NEO4J_PASSWORD: on this machine, the password of the embedded Neo4j's
 * data directory (NEO4J_DATA_DIR), which is what runs there; never sent anywhere else.
 */
function localPassword(uri: string, dataDir: string): string {
  const host = /^[a-z+]+:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/?]+)/i.exec(uri)?.[1]?.toLowerCase();
  const loopback = host === "localhost" || host === "[::1]" || /^127\./.test(host ?? "");
  const password = loopback ? readPassword(dataDir) : undefined;
  if (password) return password;
  throw new ConfigError(
    loopback
      ? `Invalid configuration:\n  NEO4J_PASSWORD: required with NEO4J_URI, and ${passwordFile(dataDir)} (the embedded Neo4j's generated password, NEO4J_DATA_DIR) does not exist`
      : "Invalid configuration:\n  NEO4J_PASSWORD: required with NEO4J_URI (there is no default password)",
  );
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//***@");
}
