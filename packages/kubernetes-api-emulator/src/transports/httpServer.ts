import http from 'node:http';
import type { Socket } from 'node:net';
import {
  ClusterDownError,
  EmulatorRequest,
  EmulatorResponse,
} from '../cluster/EmulatedCluster';

/** A running HTTP front for one emulated cluster. */
export interface EmulatorServer {
  /** e.g. `http://127.0.0.1:40123`; use with `skipTLSVerify: true` in a kubeconfig. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves an emulated cluster over plain HTTP on a loopback port, for
 * integration tests and the sandbox (where the backend runs as its own
 * process). Plain HTTP because no certificate is at hand; client-node accepts
 * an `http:` server only with `skipTLSVerify: true`.
 */
export async function startHttpServer(
  handle: (req: EmulatorRequest) => Promise<EmulatorResponse>,
  options: { host?: string; port?: number } = {},
): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', async () => {
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) {
          headers[key] = Array.isArray(value) ? value.join(', ') : value;
        }
      }
      try {
        const answer = await handle({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers,
          body: chunks.length
            ? Buffer.concat(chunks).toString('utf8')
            : undefined,
        });
        // The client may have given up meanwhile (a delay fault).
        if (res.destroyed) return;
        res.writeHead(answer.status, {
          ...answer.headers,
          'content-length': Buffer.byteLength(answer.body),
        });
        res.end(answer.body);
      } catch (error) {
        if (error instanceof ClusterDownError) {
          // No answer at all: the client sees its connection reset.
          req.socket.destroy();
          return;
        }
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as { port: number }).port;
  const hostPart = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${hostPart}:${port}`,
    port,
    close: () =>
      new Promise<void>(resolve => {
        // Keep-alive connections would hold close() open: end them now.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
