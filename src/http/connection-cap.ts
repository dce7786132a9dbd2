/**
 * At most `perClient` open connections from one address: one more is answered 429 with
 * `Retry-After` and closed before a byte of its request is read, so one client cannot hold
 * the server's sockets (the probe kept hundreds open for minutes). Counted per remote address:
 * behind a proxy every client shares the proxy's, so cap there and set 0 here.
 */
import type { Server } from "node:http";

const REFUSAL =
  "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";

export function capConnectionsPerClient(server: Server, perClient: number): void {
  if (perClient === 0) return;
  const open = new Map<string, number>();
  server.on("connection", (socket) => {
    const client = socket.remoteAddress ?? "unknown";
    const count = open.get(client) ?? 0;
    if (count >= perClient) {
      socket.on("error", () => {});
      socket.end(REFUSAL);
      return;
    }
    open.set(client, count + 1);
    socket.once("close", () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left === 0) open.delete(client);
      else open.set(client, left);
    });
  });
}
