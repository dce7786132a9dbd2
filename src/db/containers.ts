/**
 * The Testcontainers path: the official Neo4j Community image, same version as everywhere,
 * with the server settings of neo4j-launcher/neo4j.conf (the one place they are written: the
 * embedded Neo4j reads the file itself) as the image's environment variables, and the heap
 * and page cache of NEO4J_HEAP and NEO4J_PAGECACHE.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Neo4jContainer } from "@testcontainers/neo4j";
import { neo4jImage } from "../config/neo4j-version.ts";
import { paths } from "../config/paths.ts";

/** The settings of neo4j-launcher/neo4j.conf, by name. */
export function launcherSettings(
  file = join(paths.launcher, "neo4j.conf"),
): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => {
        const at = line.indexOf("=");
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

/** A setting as the image's environment names it: `db.tx_log.x` → `NEO4J_db_tx__log_x`. */
export const imageVariable = (setting: string) =>
  `NEO4J_${setting.replaceAll("_", "__").replaceAll(".", "_")}`;

/**
 * Settings of the file that name a place of the embedded launcher's own (a directory beside
 * its data, hosts its Browser serves from): the image has its own.
 */
export const EMBEDDED_ONLY: ReadonlySet<string> = new Set([
  "server.directories.import",
  "browser.remote_content_hostname_whitelist",
]);

export interface ContainerNeo4j {
  boltUri: string;
  httpUrl: string;
  stop(): Promise<void>;
}

/**
 * `postConnectCommand`: what Browser runs on connect (the API's guide and style,
 * src/http/neo4j-browser.ts), from this machine only.
 */
export async function startNeo4jContainer(
  password: string,
  postConnectCommand?: string,
  memory: { heap: string; pageCache: string } = { heap: "1g", pageCache: "128m" },
): Promise<ContainerNeo4j> {
  const settings = Object.entries(launcherSettings()).filter(([name]) => !EMBEDDED_ONLY.has(name));
  const container = await new Neo4jContainer(neo4jImage())
    .withPassword(password)
    .withEnvironment({
      ...Object.fromEntries(settings.map(([name, value]) => [imageVariable(name), value])),
      NEO4J_server_memory_heap_max__size: memory.heap,
      NEO4J_server_memory_pagecache_size: memory.pageCache,
      NEO4J_dbms_security_http__access__control__allow__origin: "http://localhost:7474",
      ...(postConnectCommand
        ? {
            NEO4J_browser_post__connect__cmd: postConnectCommand,
            NEO4J_browser_remote__content__hostname__whitelist: "localhost",
          }
        : {}),
    })
    .start();
  return {
    boltUri: container.getBoltUri(),
    httpUrl: container.getHttpUri(),
    stop: async () => {
      await container.stop();
    },
  };
}
