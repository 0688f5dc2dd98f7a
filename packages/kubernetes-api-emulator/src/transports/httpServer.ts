import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import {
  ClusterDownError,
  EmulatorRequest,
  EmulatorResponse,
} from '../cluster/EmulatedCluster';

/** A running HTTP(S) front for one emulated cluster. */
export interface EmulatorServer {
  /**
   * e.g. `https://127.0.0.1:40123` (with `tls`), or `http://…`, which
   * client-node accepts only with `skipTLSVerify: true` in a kubeconfig.
   */
  url: string;
  port: number;
  /** TCP connections accepted so far: shows whether a client reuses them. */
  readonly connections: number;
  close(): Promise<void>;
}

/** PEM certificate chain and key the server presents (see createEmulatorCertificates). */
export interface ServerTls {
  cert: string;
  key: string;
}

export interface ListenOptions {
  host?: string;
  /** 0 or unset: a free port. */
  port?: number;
  /** Serve HTTPS with this certificate; plain HTTP without. */
  tls?: ServerTls;
}

/**
 * Serves an emulated cluster over HTTPS (or plain HTTP) on a loopback port,
 * for integration tests and the sandbox (where the backend and kubectl run
 * as their own processes). Watches are streamed as chunked responses.
 */
export async function startHttpServer(
  handle: (req: EmulatorRequest) => Promise<EmulatorResponse>,
  options: ListenOptions = {},
): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  let connections = 0;

  const listener: http.RequestListener = (req, res) => {
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
        if (res.destroyed) {
          answer.stream?.close();
          return;
        }
        if (answer.stream) {
          serveStream(req, res, answer);
          return;
        }
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
  };
  const server = options.tls
    ? https.createServer(
        { cert: options.tls.cert, key: options.tls.key },
        listener,
      )
    : http.createServer(listener);
  // The raw TCP socket, for HTTPS too: destroying it ends the TLS session.
  server.on('connection', (socket: Socket) => {
    connections++;
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
    url: `${options.tls ? 'https' : 'http'}://${hostPart}:${port}`,
    port,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>(resolve => {
        // Keep-alive connections would hold close() open: end them now.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A watch: headers now, then each chunk as the stream writes it. */
function serveStream(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  answer: EmulatorResponse,
) {
  const stream = answer.stream!;
  // No content-length: Node sends the body chunked.
  res.writeHead(answer.status, answer.headers);
  res.flushHeaders();
  res.on('close', () => stream.close());
  stream.open({
    write: chunk => {
      res.write(chunk);
    },
    end: () => res.end(),
    destroy: () => req.socket.destroy(),
  });
}
