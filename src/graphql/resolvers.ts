import type { GraphQLContext } from "./context.ts";

export const resolvers = {
  Query: {
    status: async (_parent: unknown, _args: unknown, { db }: GraphQLContext) => {
      const [row] = await db.read(
        "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
      );
      return {
        neo4jVersion: String(row?.version ?? "unknown"),
        neo4jEdition: String(row?.edition ?? "unknown"),
      };
    },
  },
};
