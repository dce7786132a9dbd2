/**
 * Runs before `npm test`: makes sure the system tools some tests drive are present.
 *   - chromium: browser tests (GraphiQL offline, Neo4j Browser);
 *   - docker-compose: validates docker-compose.yml with a real compose implementation;
 *   - soffice (LibreOffice Calc): opens `npm run query --csv/--excel` output as a spreadsheet.
 * On Debian as root it installs what is missing with apt-get; anywhere else it says what is
 * missing, and the tests that need it report themselves as skipped with the reason.
 * (Node 24 comes from the `node` devDependency; the embedded Neo4j's jars are fetched by
 * Maven on first use; JDK 21+ is found by src/db/embedded/java.ts.)
 */
import { type ExecFileSyncOptions, execFileSync, spawnSync } from "node:child_process";

const tools = [
  { command: "chromium", debianPackage: "chromium", why: "browser tests" },
  {
    command: "soffice",
    debianPackage: "libreoffice-calc-nogui",
    why: "reading the query CSV and workbook back as a spreadsheet does",
  },
  {
    command: "docker-compose",
    alternative: ["docker", "compose", "version"],
    debianPackage: "docker-compose",
    why: "compose file validation",
  },
];

function has(command: string, args: string[] = ["--version"]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

const missing = tools.filter(
  (tool) =>
    !has(tool.command) &&
    !(tool.alternative && has(tool.alternative[0] as string, tool.alternative.slice(1))),
);

if (missing.length === 0 || process.env.SKIP_TOOL_INSTALL === "1") process.exit(0);

const canInstall = process.getuid?.() === 0 && has("apt-get", ["--version"]);
if (!canInstall) {
  for (const tool of missing) {
    console.warn(
      `note: ${tool.command} is not installed; ${tool.why} will be skipped (Debian: apt-get install ${tool.debianPackage})`,
    );
  }
  process.exit(0);
}

const packages = missing.map((tool) => tool.debianPackage);
console.log(
  `installing ${packages.join(", ")} with apt-get (for ${missing.map((t) => t.why).join(", ")})`,
);
const quiet: ExecFileSyncOptions = {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
};
execFileSync("apt-get", ["update", "-qq"], quiet);
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], quiet);
