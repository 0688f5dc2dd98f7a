import net from 'node:net';

/** Sends `text` over a new TCP connection and resolves with what comes back. */
export function roundTrip(
  host: string,
  port: number,
  text: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `no echo from ${host}:${port} within 3 s (got "${received}")`,
        ),
      );
    }, 3000);
    socket.on('connect', () => socket.write(text));
    socket.on('data', chunk => {
      received += chunk.toString('utf8');
      if (received.length >= text.length) {
        clearTimeout(timer);
        socket.end();
        resolve(received);
      }
    });
    socket.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The error code of connecting to host:port (e.g. ECONNREFUSED), or 'connected'. */
export function connectOutcome(host: string, port: number): Promise<string> {
  return new Promise(resolve => {
    const socket = net.connect(port, host);
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code ?? error.message),
    );
  });
}

/** A port that is free on `host` right now. */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a value other than undefined (5 s at most, unless told). */
export async function eventually<T>(
  check: () => T | undefined,
  what: string,
  withinMs = 5000,
): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 20));
  }
}
