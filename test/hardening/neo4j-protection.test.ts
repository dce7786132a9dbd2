/**
 * Neo4j protects itself, whatever reaches it: no password is fixed anywhere (each data
 * directory gets its own, which the API and the CLI read), its HTTP connector lets no foreign
 * web page call it (CORS), Cypher reads no file of this machine (LOAD CSV with file URLs
 * off), and the embedded and compose configurations bound the memory of one transaction and
 * of all of them (the executor tests prove the limit on the real server).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { startApplication } from "../../src/application.ts";
import { loadConfig } from "../../src/config/index.ts";
import { paths } from "../../src/config/paths.ts";
import { passwordFile } from "../../src/db/password.ts";
import { createLogger } from "../../src/log/logger.ts";
import { database, neo4jConnection, testDriver } from "../support/neo4j.ts";

const FOREIGN = "https://evil.example";

describe("Neo4j's HTTP connector", () => {
  const { httpUrl, database } = neo4jConnection();

  it.skipIf(!httpUrl)(
    "does not allow a foreign origin to call the Query API (preflight and request)",
    async () => {
      const endpoint = `${httpUrl}/db/${database ?? "neo4j"}/query/v2`;
      const preflight = await fetch(endpoint, {
        method: "OPTIONS",
        headers: {
          origin: FOREIGN,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      });
      const post = await fetch(endpoint, {
        method: "POST",
        headers: { origin: FOREIGN, "content-type": "application/json" },
        body: JSON.stringify({ statement: "RETURN 1" }),
      });
      for (const response of [preflight, post]) {
        // Neo4j sends its one configured value whatever the Origin: the browser then refuses
        // the foreign page, as long as the value is neither "*" nor that page's origin.
        const allowed = response.headers.get("access-control-allow-origin");
        expect(allowed).not.toBe("*");
        expect(allowed).not.toBe(FOREIGN);
      }
    },
  );
});

/**
 * Opens a WebSocket handshake to the Bolt port as a browser would (raw, so nothing is
 * hidden) and returns the status line of the answer, or "closed" if there was none.
 */
function boltWebSocketHandshake(boltUri: string, origin: string | undefined): Promise<string> {
  const { hostname, port } = new URL(boltUri);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = "";
    const done = (answer: string) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(5000, () => reject(new Error("no answer to the handshake within 5 s")));
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      const end = received.indexOf("\r\n");
      if (end >= 0) done(received.slice(0, end));
    });
    socket.on("close", () => done(received ? received : "closed"));
    socket.on("error", () => done("closed"));
    socket.write(
      [
        "GET / HTTP/1.1",
        `Host: ${hostname}:${port}`,
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        ...(origin ? [`Origin: ${origin}`] : []),
        "",
        "",
      ].join("\r\n"),
    );
  });
}

describe("Neo4j's Bolt port and web pages", () => {
  const { source, uri, httpUrl } = neo4jConnection();
  // The embedded launcher guards it (neo4j-launcher/…/BoltOriginGuard.java); the official
  // image has nothing to do it with (docs/decisions.md).
  const guarded = source === "embedded" && httpUrl !== null;

  it.skipIf(!guarded)(
    "refuses a WebSocket upgrade from a foreign origin (the probe got 101)",
    async () => {
      for (const origin of [FOREIGN, "null", "http://127.0.0.1:4000", "http://localhost"]) {
        const answer = await boltWebSocketHandshake(uri, origin);
        expect(answer, origin).not.toMatch(/ 101 /);
        expect(answer, origin).toMatch(/^HTTP\/1\.1 403 Forbidden$/);
      }
    },
  );

  it.skipIf(!guarded)(
    "accepts one from the Neo4j Browser it serves, and from clients that send no origin",
    async () => {
      const browserOrigin = new URL(httpUrl ?? "http://invalid").origin;
      expect(await boltWebSocketHandshake(uri, browserOrigin)).toMatch(/^HTTP\/1\.1 101 /);
      const localhost = browserOrigin.replace("127.0.0.1", "localhost");
      expect(await boltWebSocketHandshake(uri, localhost)).toMatch(/^HTTP\/1\.1 101 /);
      expect(await boltWebSocketHandshake(uri, undefined)).toMatch(/^HTTP\/1\.1 101 /);
    },
  );
});

describe("Neo4j's password", () => {
  const c = neo4jConnection();
  // The run's Neo4j got the password a fresh data directory gets, unless one was given.
  const generated = c.source === "embedded" && !process.env.NEO4J_PASSWORD;
  /** The environment of a tool started by hand: no NEO4J_PASSWORD, the run's data directory. */
  const withoutPassword = () => {
    const { NEO4J_PASSWORD: _ignored, NEO4J_PASSWORD_FILE: _file, ...env } = process.env;
    return {
      ...env,
      NEO4J_URI: c.uri,
      NEO4J_DATA_DIR: c.dataDir,
      ...(c.database ? { NEO4J_DATABASE: c.database } : {}),
    };
  };

  it("is none that this repository knows: no password literal for Neo4j in any file", () => {
    // Tracked and untracked files alike; the words are joined here so this file passes.
    const known = [
      ["diplomacy", "dev"],
      ["test", "password"],
      ["compose", "pass"],
    ]
      .map((words) => words.join("-"))
      .join("|");
    const found = spawnSync(
      "git",
      ["grep", "--untracked", "--exclude-standard", "-I", "-n", "-E", `(${known})`],
      { cwd: paths.root, encoding: "utf8" },
    );
    expect(found.stderr).toBe("");
    expect(found.stdout).toBe("");
    expect(found.status).toBe(1); // git grep: nothing matched
    expect(loadConfig({}).neo4j.password).toBeUndefined();
  });

  it.skipIf(!generated)(
    "is generated for a fresh data directory and kept there, readable by its owner only",
    () => {
      const file = passwordFile(c.dataDir);
      expect(readFileSync(file, "utf8").trim()).toBe(c.password);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // 32 characters of base64url: 192 random bits, not a word.
      expect(c.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    },
  );

  it.skipIf(!generated)("is what `npm run query` uses when NEO4J_PASSWORD is not set", () => {
    const result = spawnSync(
      process.execPath,
      ["src/cli/query.ts", "person-counterparts", "person=person:ryan-crocker", "--json"],
      { cwd: paths.root, encoding: "utf8", env: withoutPassword(), timeout: 60_000 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Hassan Kazemi Qomi");
  });

  it.skipIf(!generated)("is what the API uses when NEO4J_PASSWORD is not set", async () => {
    const config = loadConfig({
      ...withoutPassword(),
      NODE_ENV: "test",
      PORT: "0",
      SEED_ON_START: "false",
    });
    expect(config.neo4j.password).toBeUndefined();
    const app = await startApplication(config, createLogger("silent"));
    try {
      const response = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ person(id: "person:ryan-crocker") { name } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { person: { name: "Ryan Crocker" } } });
    } finally {
      await app.stop();
    }
  });
});

describe("Neo4j's Cypher and this machine's files", () => {
  // The probe read `/etc/hostname` and the project's `.env` this way, in a read session, as
  // the user running Neo4j: file URLs must be refused, wherever they point.
  it.each([
    "file:///etc/hostname",
    "file:///../../../../etc/hostname",
    `file://${join(paths.root, ".env")}`,
  ])("LOAD CSV FROM '%s' fails in a read session", async (url) => {
    const session = testDriver().session({
      database: database(),
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const failure = await session
        .executeRead((tx) => tx.run(`LOAD CSV FROM '${url}' AS line RETURN line`))
        .then(
          () => undefined,
          (error: unknown) => error as { code?: string; message?: string },
        );
      expect(failure?.code).toBe("Neo.ClientError.Statement.ExternalResourceFailed");
      expect(failure?.message).toMatch(/allow_csv_import_from_file_urls/);
    } finally {
      await session.close();
    }
  });
});

function setting(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1]?.trim();
}

describe("Neo4j's configuration, embedded and compose", () => {
  const conf = readFileSync(join(paths.launcher, "neo4j.conf"), "utf8");
  const compose = readFileSync(join(paths.root, "docker-compose.yml"), "utf8");
  const launcher = readFileSync(
    join(paths.launcher, "src/main/java/graph/diplomacy/launcher/EmbeddedNeo4j.java"),
    "utf8",
  );

  it("bounds one transaction's memory and all transactions' memory, the same in both", () => {
    const perTransaction = setting(conf, /^db\.memory\.transaction\.max=(.+)$/m);
    const total = setting(conf, /^db\.memory\.transaction\.total\.max=(.+)$/m);
    expect(perTransaction).toMatch(/^\d+m$/);
    expect(total).toMatch(/^\d+m$/);
    expect(setting(compose, /NEO4J_db_memory_transaction_max: (.+)$/m)).toBe(perTransaction);
    expect(setting(compose, /NEO4J_db_memory_transaction_total_max: (.+)$/m)).toBe(total);
  });

  it("turns LOAD CSV file URLs off in both, with an import directory of Neo4j's own", () => {
    expect(setting(conf, /^dbms\.security\.allow_csv_import_from_file_urls=(.+)$/m)).toBe("false");
    expect(setting(conf, /^server\.directories\.import=(.+)$/m)).toBe("import");
    expect(
      setting(compose, /NEO4J_dbms_security_allow__csv__import__from__file__urls: (.+)$/m),
    ).toBe('"false"');
    expect(compose).not.toMatch(/:\/var\/lib\/neo4j\/import|NEO4J_server_directories_import/);
  });

  it("limits the HTTP connector's CORS to Neo4j's own origin in both", () => {
    expect(launcher).toMatch(/ServerSettings\.http_access_control_allow_origin/);
    expect(
      setting(compose, /NEO4J_dbms_security_http__access__control__allow__origin: (.+)$/m),
    ).toBe("http://localhost:7474");
  });
});
