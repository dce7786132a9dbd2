/**
 * The data layer as one request sees it: every loader, lookup and query the resolvers need,
 * over one executor. Resolvers get this, never the driver or Cypher (as @neo4j/graphql keeps
 * the driver out of its resolvers); a fresh one per request, so loader caches never leak.
 */
import type { CypherExecutor } from "../db/executor.ts";
import { createActorLoaders } from "./actors.ts";
import { createEventLoaders } from "./events/index.ts";
import { createListLoaders } from "./lists/index.ts";
import { articlesAfter, listAll, nodeLoader, nodeLookups } from "./nodes.ts";
import {
  type ConnectionEnds,
  shortestConnection,
  shortestConnections,
  type WeakLink,
} from "./paths.ts";
import { search } from "./search.ts";
import { createSourceLoaders } from "./sources.ts";

export function createDataLayer(db: CypherExecutor) {
  const nodes = nodeLoader(db);
  const sources = createSourceLoaders(db);
  const events = createEventLoaders(db, sources);
  const actors = createActorLoaders(db);
  return {
    ...nodeLookups(nodes),
    lists: createListLoaders(db, events.primeMeeting, events.primeStatement, actors.primePosition),
    actors,
    events,
    sources,
    articles: (first: number, after: string | null) => articlesAfter(db, first, after),
    countries: () => listAll(db, "Country"),
    topics: () => listAll(db, "Topic"),
    search: (text: string, first: number) => search(db, text, first),
    shortestConnection: (ends: ConnectionEnds) => shortestConnection(db, ends),
    shortestConnections: (ends: ConnectionEnds, first: number, without: readonly WeakLink[]) =>
      shortestConnections(db, ends, first, without),
    status: () => serverStatus(db),
  };
}

export type DataLayer = ReturnType<typeof createDataLayer>;

async function serverStatus(db: CypherExecutor) {
  const [row] = await db.read(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
  );
  return {
    neo4jVersion: String(row?.version ?? "unknown"),
    neo4jEdition: String(row?.edition ?? "unknown"),
  };
}
