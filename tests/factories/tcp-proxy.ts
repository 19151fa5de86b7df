// A TCP proxy in front of a PostgreSQL server that can fall silent: after `silence()` it keeps every
// connection open but passes nothing either way, like a server that hangs or a network that drops
// packets without a word.
import net from 'node:net';

export interface SilenceableProxy {
  /** The database URL with the proxy's host and port in it. */
  url: string;
  silence(): void;
  close(): Promise<void>;
}

export async function startProxy(databaseUrl: string): Promise<SilenceableProxy> {
  const target = new URL(databaseUrl);
  let isSilent = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk) => void (isSilent || to.write(chunk)));
      from.on('close', () => to.destroy());
      from.on('error', () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    silence: () => void (isSilent = true),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
