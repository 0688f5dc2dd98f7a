import {
  createEmulatorCertificates,
  KubernetesApiEmulator,
  pemToData,
} from '@internal/kubernetes-api-emulator';
import { ClusterClient } from './ClusterClient';
import { SERVICE } from './kinds';

/**
 * Porter's calls to one cluster share connections: client-node alone would
 * open a new connection (and, over HTTPS, a new TLS handshake) per call.
 */
describe('PooledKubeConfig', () => {
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'db', namespace: 'ns' },
    spec: { selector: { app: 'db' }, ports: [{ port: 5432 }] },
  };

  async function start(tls: boolean) {
    const emulator = new KubernetesApiEmulator({
      clusters: [{ name: 'c', token: 't' }],
    });
    emulator.cluster('c').seed([service]);
    const certs = tls ? await createEmulatorCertificates() : undefined;
    const server = await emulator.listen('c', {
      tls: certs?.server,
    });
    const client = new ClusterClient(
      certs
        ? {
            name: 'c',
            url: server.url,
            token: 't',
            caData: pemToData(certs.ca.cert),
            skipTLSVerify: false,
          }
        : { name: 'c', url: server.url, token: 't', skipTLSVerify: true },
      5000,
    );
    return { server, client };
  }

  it.each([
    ['HTTPS, the certificate verified', true],
    ['plain HTTP', false],
  ])('reuses one connection for calls in turn (%s)', async (_, tls) => {
    const { server, client } = await start(tls);
    try {
      for (let i = 0; i < 10; i++) {
        const found = await client.get(SERVICE, 'ns', 'db');
        expect(found?.metadata.name).toBe('db');
      }
      expect(await client.get(SERVICE, 'ns', 'missing')).toBeUndefined();
      expect(server.connections).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('opens one connection per call in flight, then reuses them', async () => {
    const { server, client } = await start(true);
    try {
      const burst = () =>
        Promise.all(
          Array.from({ length: 5 }, () => client.get(SERVICE, 'ns', 'db')),
        );
      await burst();
      const afterFirst = server.connections;
      expect(afterFirst).toBeGreaterThanOrEqual(1);
      expect(afterFirst).toBeLessThanOrEqual(5);
      await burst();
      await burst();
      expect(server.connections).toBe(afterFirst);
    } finally {
      await server.close();
    }
  });
});
