import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** The sandbox's emulated clusters (app-config.yaml, porterSandbox). */
const CLUSTERS = {
  silver: { url: 'https://127.0.0.1:18081', token: 'sandbox-silver-token' },
  gold: { url: 'https://127.0.0.1:18082', token: 'sandbox-gold-token' },
  golddr: { url: 'https://127.0.0.1:18083', token: 'sandbox-golddr-token' },
};

/**
 * A request to an emulated sandbox cluster, as kubectl makes it: HTTPS,
 * trusted through the CA that `yarn sandbox:prepare` made (.sandbox/ca.crt),
 * as .sandbox/kubeconfig does. A body is sent as JSON (`contentType` for a
 * merge patch); the answer's body is parsed when there is one.
 */
export function sandboxCluster(
  cluster: keyof typeof CLUSTERS,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<{ status: number; body: any }> {
  const { url, token } = CLUSTERS[cluster];
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      new URL(path, url),
      {
        method,
        ca: readFileSync(join(ROOT, '.sandbox', 'ca.crt')),
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': contentType,
        },
      },
      res => {
        let text = '';
        res.on('data', chunk => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text ? JSON.parse(text) : undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
