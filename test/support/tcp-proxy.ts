/**
 * A TCP proxy on a loopback port in front of a server, that a test can take down and bring
 * back on the same port: while down it accepts nothing (connection refused) and every
 * connection it carried has been cut, which is what a client sees of a server that stopped.
 * The outage test puts one in front of the run's Neo4j instead of starting and stopping a
 * Neo4j of its own.
 */
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";

export interface TcpProxy {
  /** `host:port` clients connect to. */
  port: number;
  /** Refuses new connections and cuts every open one (both ends). */
  down(): Promise<void>;
  /** Accepts connections again, on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const serve = (): Server =>
    createServer((client) => {
      const upstream = tcpConnect(target.port, target.host);
      track(client);
      track(upstream);
      client.pipe(upstream);
      upstream.pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });

  let server: Server | undefined = serve();
  const port = await listen(server, 0);
  const down = async () => {
    const closing = server;
    server = undefined;
    if (!closing) return;
    const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    port,
    down,
    up: async () => {
      if (server) return;
      server = serve();
      await listen(server, port);
    },
    close: down,
  };
}
