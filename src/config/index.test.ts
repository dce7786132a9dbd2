import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./index.ts";

describe("loadConfig", () => {
  it("uses the documented defaults for a bare environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 4000,
      seedOnStart: true,
      neo4j: {
        provider: "auto",
        boltPort: 7687,
        httpPort: 7474,
        dataDir: ".data/neo4j",
        username: "neo4j",
      },
    });
  });

  it("reads each timeout from its variable, with the README's defaults", () => {
    expect(loadConfig({}).neo4j).toMatchObject({
      warmUpTimeoutMs: 60_000,
      cliQueryTimeoutMs: 60_000,
      connectionTimeoutMs: 3000,
      connectionAcquisitionTimeoutMs: 5000,
    });
    expect(loadConfig({}).http.readyTimeoutMs).toBe(2000);
    const config = loadConfig({
      NEO4J_WARMUP_TIMEOUT_MS: "1001",
      NEO4J_CLI_QUERY_TIMEOUT_MS: "1002",
      NEO4J_CONNECTION_TIMEOUT_MS: "1003",
      NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: "1004",
      HEALTH_READY_TIMEOUT_MS: "1005",
    });
    expect(config.neo4j).toMatchObject({
      warmUpTimeoutMs: 1001,
      cliQueryTimeoutMs: 1002,
      connectionTimeoutMs: 1003,
      connectionAcquisitionTimeoutMs: 1004,
    });
    expect(config.http.readyTimeoutMs).toBe(1005);
    expect(() => loadConfig({ HEALTH_READY_TIMEOUT_MS: "0" })).toThrowError(
      /HEALTH_READY_TIMEOUT_MS/,
    );
  });

  it("accepts only trusted documents in production unless told otherwise, and caches their GETs 60 s", () => {
    expect(loadConfig({}).http.trustedDocuments).toEqual({ only: false, maxAgeSeconds: 60 });
    expect(loadConfig({ NODE_ENV: "production" }).http.trustedDocuments.only).toBe(true);
    expect(
      loadConfig({ NODE_ENV: "production", TRUSTED_DOCUMENTS_ONLY: "false" }).http.trustedDocuments
        .only,
    ).toBe(false);
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: "true" }).http.trustedDocuments.only).toBe(true);
    expect(
      loadConfig({ TRUSTED_DOCUMENTS_MAX_AGE_SECONDS: "0" }).http.trustedDocuments.maxAgeSeconds,
    ).toBe(0);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_MAX_AGE_SECONDS: "86401" })).toThrowError(
      /TRUSTED_DOCUMENTS_MAX_AGE_SECONDS/,
    );
  });

  it("has no default password: unset, the data directory's generated one is used", () => {
    expect(loadConfig({}).neo4j.password).toBeUndefined();
  });

  it("reads the password from NEO4J_PASSWORD_FILE, and NEO4J_PASSWORD wins over it", () => {
    const file = join(mkdtempSync(join(tmpdir(), "drg-config-")), "password");
    writeFileSync(file, "from-the-file-123\n");
    expect(loadConfig({ NEO4J_PASSWORD_FILE: file }).neo4j.password).toBe("from-the-file-123");
    expect(
      loadConfig({ NEO4J_PASSWORD_FILE: file, NEO4J_PASSWORD: "from-the-env-456" }).neo4j.password,
    ).toBe("from-the-env-456");
    expect(() => loadConfig({ NEO4J_PASSWORD_FILE: `${file}-missing` })).toThrowError(
      /NEO4J_PASSWORD_FILE: cannot read .*ENOENT/,
    );
    writeFileSync(file, "short\n");
    expect(() => loadConfig({ NEO4J_PASSWORD_FILE: file })).toThrowError(
      /NEO4J_PASSWORD_FILE: .* at least 8 characters/,
    );
  });

  it("passes routing and TLS URIs through unchanged and does not seed an external server by default", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc123.databases.neo4j.io",
      NEO4J_PASSWORD: "secret-123",
    });
    expect(config.neo4j.uri).toBe("neo4j+s://abc123.databases.neo4j.io");
    expect(config.seedOnStart).toBe(false);
  });

  it("names every invalid variable in one error", () => {
    expect(() =>
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://nope", NEO4J_PASSWORD: "short" }),
    ).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://nope", NEO4J_PASSWORD: "short" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
      expect(message).toMatch(/NEO4J_PASSWORD: must be at least 8 characters/);
    }
  });

  it("defaults the page cache to 128m and accepts sizes up to 16g", () => {
    expect(loadConfig({}).neo4j.pageCache).toBe("128m");
    expect(loadConfig({ NEO4J_PAGECACHE: "4g" }).neo4j.pageCache).toBe("4g");
    expect(loadConfig({ NEO4J_PAGECACHE: "512M" }).neo4j.pageCache).toBe("512M");
  });

  it("rejects a page cache that is not a size or is out of range, naming the variable", () => {
    expect(() => loadConfig({ NEO4J_PAGECACHE: "4 GB" })).toThrowError(
      /NEO4J_PAGECACHE: must look like 128m or 4g/,
    );
    expect(() => loadConfig({ NEO4J_PAGECACHE: "32g" })).toThrowError(
      /NEO4J_PAGECACHE: must be between 16m and 16g/,
    );
    expect(() => loadConfig({ NEO4J_PAGECACHE: "8m" })).toThrowError(/NEO4J_PAGECACHE/);
  });

  it("keeps the embedded Neo4j's heap between 256m and 2g", () => {
    expect(loadConfig({ NEO4J_HEAP: "2g" }).neo4j.heap).toBe("2g");
    expect(() => loadConfig({ NEO4J_HEAP: "3g" })).toThrowError(
      /NEO4J_HEAP: must be between 256m and 2g/,
    );
    expect(() => loadConfig({ NEO4J_HEAP: "128m" })).toThrowError(/NEO4J_HEAP/);
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "" }).port).toBe(4000);
  });

  it("bounds the nesting limit below the parser's recursion", () => {
    expect(loadConfig({}).http.limits.maxNesting).toBe(100);
    expect(() => loadConfig({ GRAPHQL_MAX_NESTING: "5000" })).toThrowError(/GRAPHQL_MAX_NESTING/);
  });
});
