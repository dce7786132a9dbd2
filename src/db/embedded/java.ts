/**
 * Finds a JDK that can run the embedded Neo4j (calendar-versioned Neo4j needs Java 21+):
 * JAVA_HOME if new enough, else the newest JDK under /usr/lib/jvm, else `java` on PATH.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

export const MINIMUM_JAVA = 21;

export interface Jdk {
  home: string;
  java: string;
  version: number;
  /** Where it was found, for log lines: "JAVA_HOME", "/usr/lib/jvm" or "PATH". */
  origin: string;
}

export class JavaNotFoundError extends Error {
  override name = "JavaNotFoundError";
}

export function findJdk(env: NodeJS.ProcessEnv = process.env, jvmRoot = "/usr/lib/jvm"): Jdk {
  const seen: string[] = [];
  const candidates: Array<{ home: string; origin: string }> = [];
  if (env.JAVA_HOME) candidates.push({ home: env.JAVA_HOME, origin: "JAVA_HOME" });
  candidates.push(...jdksUnder(jvmRoot).map((home) => ({ home, origin: jvmRoot })));
  const onPath = javaHomeOnPath();
  if (onPath) candidates.push({ home: onPath, origin: "PATH" });

  let best: Jdk | undefined;
  for (const { home, origin } of candidates) {
    const version = javaVersion(home);
    if (version === undefined) continue;
    seen.push(`${home} (${version})`);
    if (version < MINIMUM_JAVA) continue;
    // JAVA_HOME wins when it is new enough; otherwise prefer the newest.
    if (origin === "JAVA_HOME") return jdk(home, version, origin);
    if (!best || version > best.version) best = jdk(home, version, origin);
  }
  if (best) return best;
  throw new JavaNotFoundError(
    [
      `The embedded Neo4j needs a JDK ${MINIMUM_JAVA} or newer, and none was found.`,
      seen.length ? `Found: ${seen.join(", ")}.` : "No Java was found at all.",
      `Install one (e.g. Temurin ${MINIMUM_JAVA}+ or \`apt-get install openjdk-${MINIMUM_JAVA}-jdk-headless\`) and set JAVA_HOME,`,
      "or use an existing server with NEO4J_URI=neo4j://host:7687 (+ NEO4J_USERNAME/NEO4J_PASSWORD),",
      "or run a Docker engine so the official Neo4j image is started for you.",
    ].join("\n"),
  );
}

function jdk(home: string, version: number, origin: string): Jdk {
  return { home, java: join(home, "bin", "java"), version, origin };
}

function jdksUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || entry.isSymbolicLink())
    .map((entry) => join(root, entry.name))
    .filter(
      (home) => existsSync(join(home, "bin", "java")) && existsSync(join(home, "bin", "javac")),
    );
}

function javaHomeOnPath(): string | undefined {
  try {
    const java = execFileSync("sh", ["-c", "command -v java"], { encoding: "utf8" }).trim();
    return java ? dirname(dirname(realpathSync(java))) : undefined;
  } catch {
    return undefined;
  }
}

/** The feature version (17, 21, 25...) from the JDK's `release` file, or by asking java. */
export function javaVersion(home: string): number | undefined {
  const release = join(home, "release");
  if (existsSync(release)) {
    const match = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(readFileSync(release, "utf8"));
    if (match) return parseFeatureVersion(match[1], match[2]);
  }
  const java = join(home, "bin", "java");
  if (!existsSync(java)) return undefined;
  try {
    const output = execFileSync(java, ["-version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return parseVersionOutput(output);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    return stderr ? parseVersionOutput(stderr) : undefined;
  }
}

function parseVersionOutput(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  return match ? parseFeatureVersion(match[1], match[2]) : undefined;
}

/** "1.8" means 8; "21.0.2" means 21. */
function parseFeatureVersion(
  major: string | undefined,
  minor: string | undefined,
): number | undefined {
  if (!major) return undefined;
  const first = Number(major);
  return first === 1 && minor ? Number(minor) : first;
}
