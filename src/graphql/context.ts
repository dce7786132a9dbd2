/** What every resolver gets: the request's view of the database. */
import type { CypherExecutor } from "../db/executor.ts";

export interface GraphQLContext {
  db: CypherExecutor;
}
