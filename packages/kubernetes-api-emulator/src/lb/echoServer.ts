import net from 'node:net';

/** A running TCP echo server. */
export interface EchoServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * A TCP server that sends back whatever it receives: the stand-in for a
 * workload behind a Service, in the sandbox and in tests.
 */
export async function startEchoServer(
  options: { host?: string; port?: number } = {},
): Promise<EchoServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<net.Socket>();
  const server = net.createServer(socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.pipe(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    host,
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
