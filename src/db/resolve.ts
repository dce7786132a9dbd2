/**
 * Decides where the Neo4j comes from, in a fixed order:
 *   1. NEO4J_URI (a server, a cluster, Aura: neo4j+s:// routing URIs pass through unchanged);
 *   2. a container runtime that answers: Testcontainers starts the official image;
 *   3. the embedded default: Neo4j Community in a child JVM, jars from Maven Central.
 * NEO4J_PROVIDER forces one of them.
 */
import type { Neo4jSettings } from "../config/index.ts";
import { probeContainerRuntime } from "./container-runtime.ts";
import { startEmbeddedNeo4j } from "./embedded/launcher.ts";

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
    password: settings.password,
    database: settings.database,
  };

  if (settings.uri && (settings.provider === "auto" || settings.provider === "uri")) {
    log(`Neo4j: using NEO4J_URI ${redact(settings.uri)}`);
    return { ...base, source: "uri", uri: settings.uri, httpUrl: undefined, stop: async () => {} };
  }

  if (settings.provider === "auto" || settings.provider === "container") {
    const runtime = await probeContainerRuntime();
    if (runtime.available) {
      log(`Neo4j: starting the official image with Testcontainers (${runtime.detail})`);
      const { startNeo4jContainer } = await import("./containers.ts");
      const container = await startNeo4jContainer(settings.password, browserPostConnect);
      return {
        ...base,
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
    username: "neo4j",
    source: "embedded",
    uri: embedded.boltUri,
    httpUrl: embedded.httpUrl,
    stop: embedded.stop,
  };
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//***@");
}
