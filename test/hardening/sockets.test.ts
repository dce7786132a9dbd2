/**
 * Issue 22, finding 9 over real sockets: slow senders are cut off, one client cannot hold
 * more than its share of connections, and the body's charset is the JSON parser's business
 * (UTF-8 only, anything else a clear 415). The limits are lowered here so the test is quick.
 */
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApi } from "../support/graphql.ts";
import { testDriver } from "../support/neo4j.ts";

let api: ApiHarness;
let port: number;
beforeAll(async () => {
  api = await startApi({
    HTTP_HEADERS_TIMEOUT_MS: "1000",
    HTTP_REQUEST_TIMEOUT_MS: "2000",
  });
  port = Number(new URL(api.app.url).port);
});
afterAll(() => api?.stop());

function open(to = port): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(to, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** What the server wrote before it closed the socket. */
function closed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString();
    });
    socket.on("error", () => {});
    socket.once("close", () => resolve(received));
  });
}

describe("slow sockets", () => {
  it("closes a connection whose headers never finish", async () => {
    const socket = await open();
    const done = closed(socket);
    socket.write("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    expect(await done).toMatch(/^(HTTP\/1\.1 408|)/);
  });

  it("closes a connection whose body never finishes", async () => {
    const socket = await open();
    const done = closed(socket);
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"query":',
    );
    expect(await done).toMatch(/^(HTTP\/1\.1 408|)/);
  });
});

describe("connections per client", () => {
  let capped: ApiHarness;
  beforeAll(async () => {
    capped = await startApi({ MAX_CONNECTIONS_PER_CLIENT: "4" });
  });
  afterAll(() => capped?.stop());

  it("answers a client's connection past its cap 429 and closes it, and serves again once one closes", async () => {
    const cappedPort = Number(new URL(capped.app.url).port);
    const held = await Promise.all(Array.from({ length: 4 }, () => open(cappedPort)));
    const extra = await open(cappedPort);
    const answer = closed(extra);
    extra.write("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(await answer).toMatch(/^HTTP\/1\.1 429/);
    const released = closed(held[0] as Socket);
    held[0]?.destroy();
    await released;
    await expect
      .poll(async () => (await fetch(`${capped.app.url}/health/live`)).status, { timeout: 5000 })
      .toBe(200);
    for (const socket of held) socket.destroy();
  });
});

describe("charset of a JSON body", () => {
  const send = (charset: string, body: Buffer | string) =>
    fetch(`${api.app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": `application/json; charset=${charset}` },
      body,
    });
  const query = JSON.stringify({ query: "{ status { neo4jEdition } }" });

  it.each(["utf-7", "latin1", "iso-8859-1", "utf-16le"])(
    "refuses %s with 415 naming the charset",
    async (charset) => {
      const response = await send(charset, query);
      expect(response.status).toBe(415);
      const body = (await response.json()) as {
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.errors[0]?.extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(body.errors[0]?.message).toContain(`charset "${charset}"`);
      expect(body.errors[0]?.message).toContain("UTF-8");
    },
  );

  it.each(["utf-8", "UTF-8"])("runs a body in %s", async (charset) => {
    const response = await send(charset, query);
    expect(response.status).toBe(200);
  });
});

describe("the embedded Neo4j's Browser guide server", () => {
  /** The guide's base URL from browser.post_connect_cmd, when the run's Neo4j is embedded. */
  async function guideBase(): Promise<string | undefined> {
    const { records } = await testDriver().executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name = 'browser.post_connect_cmd' RETURN value",
    );
    const match = /play (http:\/\/127\.0\.0\.1:\d+)\/guide\.html/.exec(
      String(records[0]?.get("value") ?? ""),
    );
    return match?.[1];
  }

  it("serves the guide while three requests are half-sent", async (context) => {
    const base = await guideBase();
    if (!base) return context.skip();
    const url = new URL(base);
    const stalled = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const socket = await open(Number(url.port));
        socket.on("error", () => {});
        socket.write("GET /guide.html HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        return socket;
      }),
    );
    try {
      const response = await fetch(`${base}/guide.html`, { signal: AbortSignal.timeout(5000) });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<article class="guide">');
    } finally {
      for (const socket of stalled) socket.destroy();
    }
  });
});
