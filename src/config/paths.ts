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
  /**
   * The trusted documents: every shipped operation's id and text, written by `npm run codegen`
   * (the client preset's persisted-documents manifest, beside the explorer's typed documents).
   */
  trustedDocuments: `${root}web/src/__generated__/persisted-documents.json`,
} as const;
