import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { prepareSandbox, sandboxClustersFrom } from './prepareSandbox';

describe('prepareSandbox', () => {
  let dir: string;
  let listener: Server | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-prepare-'));
  });
  afterEach(() => {
    listener?.close();
    listener = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const clusters = [
    { name: 'silver', port: 1, token: 'sandbox-silver-token' },
    { name: 'gold', port: 2, token: 'sandbox-gold-token' },
  ];

  it('writes the CA (PEM and base64), the server certificate and a kubeconfig with a context per cluster', async () => {
    const { kept, files } = await prepareSandbox({ dir, clusters });
    expect(kept).toBe(false);
    const ca = readFileSync(files.caCert, 'utf8');
    expect(readFileSync(files.caData, 'utf8')).toBe(
      Buffer.from(ca).toString('base64'),
    );
    const cert = new X509Certificate(readFileSync(files.cert));
    expect(cert.checkIssued(new X509Certificate(ca))).toBe(true);
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(readFileSync(files.key, 'utf8')).toContain('PRIVATE KEY');

    const kubeconfig = parse(readFileSync(files.kubeconfig, 'utf8'));
    expect(kubeconfig.contexts.map((c: any) => c.name)).toEqual([
      'silver',
      'gold',
    ]);
    expect(kubeconfig.clusters[1].cluster).toEqual({
      server: 'https://127.0.0.1:2',
      'certificate-authority-data': Buffer.from(ca).toString('base64'),
    });
    expect(kubeconfig.users[1].user.token).toBe('sandbox-gold-token');
  });

  it('makes a new certificate each time, unless the sandbox is running and keepIfRunning is set', async () => {
    const first = await prepareSandbox({ dir, clusters });
    const firstCa = readFileSync(first.files.caCert, 'utf8');
    await prepareSandbox({ dir, clusters, keepIfRunning: true });
    const second = readFileSync(first.files.caCert, 'utf8');
    expect(second).not.toBe(firstCa);

    listener = createServer();
    await new Promise<void>(r => listener!.listen(0, '127.0.0.1', r));
    const port = (listener.address() as { port: number }).port;
    const running = [{ ...clusters[0], port }];
    const kept = await prepareSandbox({
      dir,
      clusters: running,
      keepIfRunning: true,
    });
    expect(kept.kept).toBe(true);
    expect(readFileSync(first.files.caCert, 'utf8')).toBe(second);
  });

  it('reads the clusters from app-config', () => {
    expect(
      sandboxClustersFrom(
        'porterSandbox:\n  clusters:\n    - { name: silver, port: 18081, token: t }\n',
      ),
    ).toEqual([{ name: 'silver', port: 18081, token: 't' }]);
    expect(() => sandboxClustersFrom('app: {}\n')).toThrow(/porterSandbox/);
  });
});
