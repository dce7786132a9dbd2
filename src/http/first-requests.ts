/**
 * Connections that have not yet delivered their first request. At shutdown Apollo's drain
 * (ApolloServerPluginDrainHttpServer) ends every connection with no request in progress, and
 * so does Node's own `server.close()`: a client that connected and sent its request while the
 * server was busy (its bytes not yet read) had the connection ended under it, "other side
 * closed", though the request was accepted. Waiting until those connections have delivered
 * (or a short deadline) before the drain lets every accepted request be answered.
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";

export function trackFirstRequests(server: Server): {
  /** Resolves when no connection awaits its first request, or after `maxWaitMs`. */
  delivered(maxWaitMs: number): Promise<void>;
} {
  const waiting = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    waiting.add(socket);
    socket.once("close", () => waiting.delete(socket));
  });
  server.on("request", (request: { socket: Socket }) => waiting.delete(request.socket));
  return {
    async delivered(maxWaitMs) {
      const deadline = Date.now() + maxWaitMs;
      while (waiting.size > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}
