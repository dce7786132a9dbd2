/**
 * `npm run query -- <name> key=value ... [--json]`: runs a query from the analyst library
 * (cypher/queries/) against the configured Neo4j in a read transaction and prints a table,
 * or JSON with --json. Without a name it lists the library.
 */
import { CypherExecutor } from "../db/executor.ts";
import { bindParams, LibraryError, loadLibrary } from "../queries/library.ts";
import { renderTable } from "../queries/table.ts";
import { CliError, withNeo4j } from "./with-neo4j.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const [name, ...rest] = args.filter((arg) => arg !== "--json");

function prepare() {
  const library = loadLibrary();
  if (!name) {
    const lines = library.map((query) => `  ${query.name.padEnd(24)} ${query.question}`);
    console.log(
      `Usage: npm run query -- <name> key=value ... [--json]\n\nQueries:\n${lines.join("\n")}`,
    );
    return undefined;
  }
  const query = library.find((candidate) => candidate.name === name);
  if (!query) {
    throw new CliError(
      `No query named "${name}". Available: ${library.map((q) => q.name).join(", ")}`,
    );
  }
  try {
    return { query, params: bindParams(query, rest) };
  } catch (error) {
    if (error instanceof LibraryError) throw new CliError(error.message);
    throw error;
  }
}

let prepared: ReturnType<typeof prepare>;
try {
  prepared = prepare();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}

if (prepared) {
  const { query, params } = prepared;
  await withNeo4j(
    async (driver, target) => {
      const executor = new CypherExecutor(driver, {
        database: target.database,
        timeoutMs: 60_000,
        application: "query-cli",
      });
      const rows = await executor.read(query.cypher, params);
      console.log(
        json ? JSON.stringify(rows, null, 2) : `${query.question}\n\n${renderTable(rows)}`,
      );
    },
    () => {},
  );
}
