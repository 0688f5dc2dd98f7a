import net from 'node:net';

export interface Backend {
  host: string;
  port: number;
}

/** A listening TCP forwarder (one virtual server of the stand-in). */
export interface TcpForwarder {
  address: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on address:port and pipes each connection to the backend that
 * `resolveBackend` names at connect time (so a Service whose backend changes
 * is followed without reopening the listener). Rejects when it cannot listen
 * (address in use, address not on this machine).
 */
export async function startTcpForwarder(options: {
  address: string;
  port: number;
  resolveBackend: () => Backend | undefined;
}): Promise<TcpForwarder> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const server = net.createServer(client => {
    track(client);
    const backend = options.resolveBackend();
    if (!backend) {
      client.destroy();
      return;
    }
    const upstream = net.connect(backend.port, backend.host);
    track(upstream);
    // Either side failing or closing ends the pair, like a proxy would.
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: options.address, port: options.port }, () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    address: options.address,
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
