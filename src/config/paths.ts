/** Absolute paths of the project's own files, independent of the working directory. */
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export const paths = {
  root,
  env: `${root}.env`,
  launcher: `${root}neo4j-launcher`,
  schemaCypher: `${root}cypher/schema.cypher`,
  derivedCypher: `${root}cypher/derived.cypher`,
  queries: `${root}cypher/queries`,
  seeds: `${root}seeds`,
  graphqlSchema: `${root}schema`,
} as const;
