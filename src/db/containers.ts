/** The Testcontainers path: the official Neo4j Community image, same version as everywhere. */
import { Neo4jContainer } from "@testcontainers/neo4j";
import { neo4jImage } from "../config/neo4j-version.ts";

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
): Promise<ContainerNeo4j> {
  const container = await new Neo4jContainer(neo4jImage())
    .withPassword(password)
    .withEnvironment({
      NEO4J_server_memory_heap_max__size: "1g",
      NEO4J_server_memory_pagecache_size: "128m",
      NEO4J_db_tx__log_preallocate: "false",
      NEO4J_client_allow__telemetry: "false",
      // As in neo4j-launcher/neo4j.conf and docker-compose.yml.
      NEO4J_db_memory_transaction_max: "100m",
      NEO4J_db_memory_transaction_total_max: "200m",
      NEO4J_dbms_security_http__access__control__allow__origin: "http://localhost:7474",
      NEO4J_dbms_security_allow__csv__import__from__file__urls: "false",
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
