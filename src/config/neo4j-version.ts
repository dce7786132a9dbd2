/**
 * The pinned Neo4j version, read from the one place it is written: `.env` (NEO4J_VERSION),
 * which docker-compose reads for the image tag as well.
 */
import { readFileSync } from "node:fs";
import { paths } from "./paths.ts";

export function pinnedNeo4jVersion(): string {
  const text = readFileSync(paths.env, "utf8");
  const match = /^NEO4J_VERSION=(\S+)$/m.exec(text);
  if (!match?.[1]) {
    throw new Error(`${paths.env}: no NEO4J_VERSION=... line`);
  }
  return match[1];
}

/** The official Docker image for the pinned version (Community edition). */
export function neo4jImage(): string {
  return `neo4j:${pinnedNeo4jVersion()}-community`;
}
