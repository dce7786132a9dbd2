/**
 * The warm-up before serving plans what the shipped operations send: every Cypher text a
 * client's run of them produces (example variables, first pages and later ones) was run by
 * the warm-up, so none is planned while a client waits. On the run's seeded Neo4j.
 */
import { ApolloServer } from "@apollo/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { database, testDriver } from "../../test/support/neo4j.ts";
import { encodeCursor } from "../data/pagination.ts";
import { CypherExecutor } from "../db/executor.ts";
import { createLogger } from "../log/logger.ts";
import { createContext, type GraphQLContext } from "./context.ts";
import { loadTypeDefs } from "./load-schema.ts";
import { loadExampleOperations, operationsDirectory } from "./operations.ts";
import { resolvers } from "./resolvers/index.ts";
import { warmUp } from "./warm-up.ts";

const logger = createLogger("silent");
const executor = (sent: Set<string>) =>
  new CypherExecutor(testDriver(), {
    database: database(),
    timeoutMs: 60_000,
    observers: [(event) => sent.add(event.cypher)],
  });

let server: ApolloServer<GraphQLContext>;
beforeAll(async () => {
  server = new ApolloServer<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
  await server.start();
});
afterAll(() => server.stop());

describe("the warm-up before serving", () => {
  it("runs every query text the shipped operations send, first pages and later ones", async () => {
    const warmed = new Set<string>();
    const counts = await warmUp(executor(warmed), logger);
    const operations = loadExampleOperations(operationsDirectory);
    expect(counts.operations).toBe(operations.length);
    expect(counts.queries).toBe(warmed.size);

    const sent = new Set<string>();
    for (const { name, query, variables } of operations) {
      const example = JSON.parse(variables ?? "{}") as Record<string, unknown>;
      const laterPages = Object.fromEntries(
        [...query.matchAll(/after:\s*\$(\w+)/g)].map(([, variable]) => [
          variable,
          encodeCursor("2007-01-01|"),
        ]),
      );
      for (const values of [example, { ...example, ...laterPages }]) {
        const response = await server.executeOperation(
          { query, variables: values, operationName: name },
          { contextValue: createContext(executor(sent), logger) },
        );
        const body = response.body.kind === "single" ? response.body.singleResult : undefined;
        expect(body?.errors, name).toBeUndefined();
      }
    }
    expect(sent.size).toBeGreaterThan(10);
    expect([...sent].filter((text) => !warmed.has(text))).toEqual([]);
  }, 120_000);
});
