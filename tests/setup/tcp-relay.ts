// A TCP relay in front of the PostgreSQL server that a test can cut, like a
// network failure, and start again: the database "goes away" without stopping
// the server other tests share.
import net from "node:net";

export type Relay = { close: () => Promise<void> };

export function startRelay(listenPort: number, target: URL): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  return new Promise((resolve) =>
    server.listen(listenPort, "127.0.0.1", () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}

/** The same database, reached through the relay on `port`. */
export function viaRelay(url: string | URL, port: number): URL {
  const relayed = new URL(url);
  relayed.host = `127.0.0.1:${port}`;
  return relayed;
}
