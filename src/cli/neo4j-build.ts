/**
 * `npm run neo4j:build`: builds (or confirms) the embedded Neo4j launcher and the JVM's
 * ahead-of-time cache for its start, ahead of time.
 */
import { loadConfig } from "../config/index.ts";
import { ensureLauncherBuilt } from "../db/embedded/build.ts";
import { JavaNotFoundError } from "../db/embedded/java.ts";
import { makeAotCache } from "../db/embedded/launcher.ts";
import { warmUpEmpty } from "../graphql/warm-up.ts";

try {
  const build = await ensureLauncherBuilt();
  const { warmUpTimeoutMs } = loadConfig().neo4j;
  await makeAotCache(undefined, undefined, (server) => warmUpEmpty(server, warmUpTimeoutMs));
  console.log(
    `neo4j-launcher: Neo4j ${build.neo4jVersion} ready to run on Java ${build.jdk.version} (${build.jdk.home})`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof JavaNotFoundError ? 3 : 1;
}
