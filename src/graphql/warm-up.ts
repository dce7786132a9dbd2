/**
 * Before the API serves, it runs the operations it ships (./operations.ts) once, so that
 * Neo4j has planned the queries they send and the first clients are answered as fast as
 * later ones: a fresh Neo4j has no plan cached, and planning the longest page queries took
 * seconds on a busy 2-core machine, past the query timeout.
 *
 * Each operation runs through the schema and resolvers as a client's would, so the query
 * texts are the ones its requests produce (the page extras its selection asks for included):
 *   1. with its example variables: every query it sends, on a graph that has those ids;
 *   2. with every id variable naming a node that does not exist: the loads of the fields
 *      under a lookup start before the lookup answers (./prefetch.ts), so their page queries
 *      are planned on any graph, a generated one of a million meetings too;
 * each also with its `after` variables set, for the later pages' queries.
 */
import { ApolloServer } from "@apollo/server";
import { type DocumentNode, getOperationAST, Kind, parse, visit } from "graphql";
import neo4j from "neo4j-driver";
import { paths } from "../config/paths.ts";
import { encodeCursor } from "../data/pagination.ts";
import { applyScriptFile } from "../db/apply-scripts.ts";
import { CypherExecutor } from "../db/executor.ts";
import { WorkQueue } from "../db/work-queue.ts";
import { createLogger, type Logger } from "../log/logger.ts";
import { createContext, type GraphQLContext } from "./context.ts";
import { loadTypeDefs } from "./load-schema.ts";
import { loadExampleOperations, operationsDirectory } from "./operations.ts";
import { resolvers } from "./resolvers/index.ts";

/** A cursor before every key: a later page's query, whatever the list holds. */
const WARM_UP_CURSOR = encodeCursor("0000-00-00|warm-up");

/** An id of `id`'s kind (`person:…`) that names no node. */
const absent = (id: unknown) =>
  typeof id === "string" && id.includes(":") ? `${id.split(":")[0]}:plan-warm-up` : id;

interface Run {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The four runs of one operation: example or absent ids, first or later pages. */
function runsOf(name: string, query: string, variables: Record<string, unknown>): Run[] {
  const document = parse(query);
  const operation = getOperationAST(document, name);
  const ids = new Set(
    (operation?.variableDefinitions ?? [])
      .filter((definition) => namedTypeOf(definition.type) === "ID")
      .map((definition) => definition.variable.name.value),
  );
  const afters = afterVariables(document);
  const withAbsentIds = Object.fromEntries(
    Object.entries(variables).map(([key, value]) => [
      key,
      ids.has(key) ? (Array.isArray(value) ? value.map(absent) : absent(value)) : value,
    ]),
  );
  const later = (values: Record<string, unknown>) => ({
    ...values,
    ...Object.fromEntries([...afters].map((key) => [key, WARM_UP_CURSOR])),
  });
  return [variables, later(variables), withAbsentIds, later(withAbsentIds)].map((values) => ({
    name,
    query,
    variables: values,
  }));
}

function namedTypeOf(type: { kind: Kind; type?: unknown; name?: { value: string } }): string {
  return type.kind === Kind.NAMED_TYPE
    ? (type.name?.value ?? "")
    : namedTypeOf(type.type as Parameters<typeof namedTypeOf>[0]);
}

/** The variables passed as an `after` argument anywhere in the document. */
function afterVariables(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argument.name.value === "after" && argument.value.kind === Kind.VARIABLE)
        names.add(argument.value.name.value);
    },
  });
  return names;
}

/**
 * Runs the shipped operations (`directory`, operations/ by default) on `executor`'s Neo4j and
 * waits for every query they started. Returns how many query texts ran; never throws (a
 * failure is logged: the API then plans those queries when they are first asked for).
 */
export async function warmUp(
  executor: CypherExecutor,
  logger: Logger,
  directory = operationsDirectory,
): Promise<{ operations: number; queries: number }> {
  const texts = new Set<string>();
  // Its own queue: the runs wait for the loads started beside a lookup, which the lookup's
  // answer does not wait for.
  const queue = new WorkQueue({ concurrency: 4, maxQueued: 10_000, maxWaitMs: 600_000 });
  const db = executor.withWorkQueue(queue).withObserver((event) => texts.add(event.cypher));
  const server = new ApolloServer<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
  await server.start();
  const operations = loadExampleOperations(directory).map(({ name, query, variables }) =>
    runsOf(name, query, variables ? (JSON.parse(variables) as Record<string, unknown>) : {}),
  );
  try {
    // Each kind of run for every operation at once, then the next kind: the operations send
    // different texts, while one operation's runs share many (planned once, then cached).
    for (let kind = 0; kind < 4; kind++) {
      await Promise.all(
        operations.map(async (runs) => {
          const run = runs[kind];
          if (!run) return;
          await server
            .executeOperation(
              { query: run.query, variables: run.variables, operationName: run.name },
              { contextValue: createContext(db, logger) },
            )
            .catch((error: unknown) => logger.warn({ err: error, operation: run.name }, "warm-up"));
        }),
      );
      await queue.idle();
    }
  } finally {
    await server.stop();
  }
  return { operations: operations.length, queries: texts.size };
}

/**
 * The warm-up on an empty Neo4j at `uri` (the schema first, for the index hints): what the
 * training start of the JVM's ahead-of-time cache runs (src/db/embedded/aot-cache.ts), so
 * the cache holds the planner's classes and profiles as well as the server's.
 */
export async function warmUpEmpty(
  server: { uri: string; password: string },
  timeoutMs: number,
): Promise<void> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic("neo4j", server.password));
  try {
    await applyScriptFile(driver, paths.schemaCypher, undefined);
    await warmUp(
      new CypherExecutor(driver, { database: undefined, timeoutMs }),
      createLogger("silent"),
    );
  } finally {
    await driver.close();
  }
}
