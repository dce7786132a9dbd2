import { describe, expect, it } from "vitest";
import { aotCacheFor } from "./aot-cache.ts";
import type { LauncherBuild } from "./build.ts";

const build = (
  stamp: string,
  version = 25,
  moduleOptions = ["--enable-native-access=ALL-UNNAMED"],
): LauncherBuild => ({
  jdk: { home: "/jdk", java: "/jdk/bin/java", version, origin: "JAVA_HOME" },
  neo4jVersion: "2026.09.0",
  classpath: "/target/neo4j-launcher-1.0.0.jar:/m2/neo4j.jar",
  config: "/neo4j.conf",
  browserDir: "/neo4j-browser",
  targetDir: "/target",
  stamp,
  moduleOptions,
});

describe("the JVM's ahead-of-time cache for the embedded Neo4j", () => {
  it("is another file for a rebuilt launcher, whose jar keeps its path", () => {
    const before = aotCacheFor(build("a"), "/target");
    const after = aotCacheFor(build("b"), "/target");
    expect(before?.file).toMatch(/^\/target\/aot\/neo4j-[0-9a-f]{16}\.aot$/);
    expect(after?.file).not.toBe(before?.file);
    expect(aotCacheFor(build("a"), "/target")).toEqual(before);
  });

  it("is another file when the JVM's module options change, which the cache must match", () => {
    const before = aotCacheFor(build("a"), "/target");
    const after = aotCacheFor(
      build("a", 25, ["--add-opens=java.base/java.nio=ALL-UNNAMED"]),
      "/target",
    );
    expect(after?.file).not.toBe(before?.file);
  });

  it("is not used before JDK 25", () => {
    expect(aotCacheFor(build("a", 21), "/target")).toBeUndefined();
  });
});
