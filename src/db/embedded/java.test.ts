import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findJdk, JavaNotFoundError } from "./java.ts";

/** Makes a directory that looks like a JDK of the given version. */
function fakeJdk(root: string, name: string, version: string): string {
  const home = join(root, name);
  mkdirSync(join(home, "bin"), { recursive: true });
  writeFileSync(join(home, "release"), `JAVA_VERSION="${version}"\n`);
  for (const tool of ["java", "javac"]) {
    writeFileSync(join(home, "bin", tool), "#!/bin/sh\nexit 1\n");
    chmodSync(join(home, "bin", tool), 0o755);
  }
  return home;
}

describe("findJdk", () => {
  const noPath = { PATH: "/nonexistent" };

  it("prefers JAVA_HOME when it is Java 21 or newer", () => {
    const root = mkdtempSync(join(tmpdir(), "jvm-"));
    const home = fakeJdk(root, "jdk-21", "21.0.4");
    fakeJdk(root, "jdk-25", "25.0.1");
    expect(findJdk({ ...noPath, JAVA_HOME: home }, root)).toMatchObject({
      home,
      version: 21,
      origin: "JAVA_HOME",
    });
  });

  it("skips a JAVA_HOME that is too old and takes the newest JDK under the JVM directory", () => {
    const root = mkdtempSync(join(tmpdir(), "jvm-"));
    const old = fakeJdk(root, "java-17", "17.0.15");
    fakeJdk(root, "jdk-21", "21.0.4");
    const newest = fakeJdk(root, "temurin-25", "25.0.1");
    expect(findJdk({ ...noPath, JAVA_HOME: old }, root)).toMatchObject({
      home: newest,
      version: 25,
    });
  });

  it("says what to install, or what to set instead, when only old Java exists", () => {
    const root = mkdtempSync(join(tmpdir(), "jvm-"));
    fakeJdk(root, "java-17", "17.0.15");
    fakeJdk(root, "java-8", "1.8.0_402");
    let failure: unknown;
    try {
      findJdk(noPath, root);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(JavaNotFoundError);
    const message = (failure as Error).message;
    expect(message).toMatch(/JDK 21 or newer/);
    expect(message).toMatch(/\(17\)/);
    expect(message).toMatch(/\(8\)/);
    expect(message).toMatch(/NEO4J_URI/);
    expect(message).toMatch(/Docker/);
  });
});
