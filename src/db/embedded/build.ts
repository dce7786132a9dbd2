/**
 * Builds the embedded Neo4j launcher with Maven on first use and reuses the build after:
 * the jar plus the resolved runtime classpath in neo4j-launcher/target/. A stamp records
 * what the build was made from, so a version bump or an edited launcher rebuilds it.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pinnedNeo4jVersion } from "../../config/neo4j-version.ts";
import { paths } from "../../config/paths.ts";
import { findJdk, type Jdk } from "./java.ts";

export interface LauncherBuild {
  jdk: Jdk;
  neo4jVersion: string;
  /** `-cp` value: the launcher jar followed by every runtime dependency. */
  classpath: string;
  config: string;
  /** The Neo4j Browser guide and graph style the launcher serves (neo4j-browser/). */
  browserDir: string;
  /** neo4j-launcher/target/: the build, and what is made from it (the JVM's AOT cache). */
  targetDir: string;
  /** What the build was made from (the Neo4j version, the pom, every source): a hash. */
  stamp: string;
  /**
   * The module options of every JVM that runs the build: Neo4j's starts, and the training and
   * assembly of its ahead-of-time cache (aot-cache.ts). The JVM uses the whole cache (its
   * archived module graph too) only when the three agree; otherwise it logs "Mismatched values
   * for property jdk.module.addopens" under -Xlog:aot and uses less of it.
   */
  moduleOptions: readonly string[];
}

/** Neo4j's: native access for its page cache and Netty, reflection into java.base. */
const moduleOptions = [
  "--enable-native-access=ALL-UNNAMED",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

const target = join(paths.launcher, "target");
const jar = join(target, "neo4j-launcher-1.0.0.jar");
const classpathFile = join(target, "classpath.txt");
const stampFile = join(target, "build-stamp.json");
/** What the build is made from: the pom and every file under src/main (classes, services). */
function sources(): string[] {
  const main = join(paths.launcher, "src/main");
  const files = readdirSync(main, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return [join(paths.launcher, "pom.xml"), ...files];
}

/** Returns the existing build when it is current, otherwise runs Maven first. */
export async function ensureLauncherBuilt(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<LauncherBuild> {
  const jdk = findJdk();
  const neo4jVersion = pinnedNeo4jVersion();
  const stamp = buildStamp(neo4jVersion);
  if (!isCurrent(stamp)) {
    log(
      `neo4j-launcher: building with Maven (Neo4j ${neo4jVersion}, Java ${jdk.version} at ${jdk.home})`,
    );
    const started = Date.now();
    await runMaven(jdk, ["-B", "-q", `-Dneo4j.version=${neo4jVersion}`, "package"], log);
    writeFileSync(stampFile, JSON.stringify(stamp));
    log(`neo4j-launcher: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return {
    jdk,
    neo4jVersion,
    classpath: `${jar}:${readFileSync(classpathFile, "utf8").trim()}`,
    config: join(paths.launcher, "neo4j.conf"),
    browserDir: join(paths.root, "neo4j-browser"),
    targetDir: target,
    stamp,
    moduleOptions,
  };
}

function buildStamp(neo4jVersion: string): string {
  const hash = createHash("sha256");
  hash.update(neo4jVersion);
  for (const file of sources()) hash.update(readFileSync(file));
  return hash.digest("hex");
}

function isCurrent(stamp: string): boolean {
  if (!existsSync(jar) || !existsSync(classpathFile) || !existsSync(stampFile)) return false;
  if (readFileSync(stampFile, "utf8") !== JSON.stringify(stamp)) return false;
  // The local Maven repository may have been cleared since: every jar must still be there.
  return readFileSync(classpathFile, "utf8")
    .trim()
    .split(":")
    .every((entry) => existsSync(entry));
}

/** Maven on PATH when it runs, else the Maven Wrapper (which needs nothing but Java). */
function mavenCommand(jdk: Jdk): string {
  const probe = spawnSync("mvn", ["-v"], {
    env: { ...process.env, JAVA_HOME: jdk.home },
    stdio: "ignore",
  });
  return probe.status === 0 ? "mvn" : join(paths.launcher, "mvnw");
}

function runMaven(jdk: Jdk, args: string[], log: (line: string) => void): Promise<void> {
  const command = mavenCommand(jdk);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: paths.launcher,
      env: {
        ...process.env,
        JAVA_HOME: jdk.home,
        MAVEN_OPTS: process.env.MAVEN_OPTS ?? "-Xmx512m",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: string[] = [];
    const collect = (chunk: Buffer) => output.push(chunk.toString());
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error) =>
      reject(new Error(`neo4j-launcher: cannot run ${command}: ${error.message}`)),
    );
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      const problems = output
        .join("")
        .split("\n")
        .filter((line) => /ERROR|BUILD FAILURE/.test(line))
        .slice(0, 20);
      for (const line of problems) log(line);
      reject(new Error(`neo4j-launcher: Maven failed (exit ${code}); see the lines above`));
    });
  });
}
