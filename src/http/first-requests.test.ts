/**
 * A shutdown answers a request that was sent on an open connection before the drain read
 * it: the connection is not ended under it (./first-requests.ts).
 */
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { startApi } from "../../test/support/graphql.ts";

describe("stopping the HTTP server", () => {
  it("answers a request that arrives on a connection opened before the stop", async () => {
    const api = await startApi();
    const { hostname, port } = new URL(api.app.url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
    });
    const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    // The stop begins while the connection has not sent anything yet; the request follows.
    const stopping = api.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const body = JSON.stringify({ query: "{ __typename }" });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    await Promise.all([ended, stopping]);
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toContain('"__typename":"Query"');
  });
});
