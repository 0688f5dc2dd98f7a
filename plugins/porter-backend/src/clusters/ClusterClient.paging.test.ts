import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { ClusterClient } from './ClusterClient';
import { ENDPOINT_SLICE, Kind, SERVICE, TRANSPORT_SERVER } from './kinds';

/**
 * A cluster-wide list pages through everything, for core kinds and for
 * custom resources alike (client-node drops `continue` from lists of kinds
 * it has no model for, so those are read as plain JSON).
 */
describe('ClusterClient.listPage', () => {
  it('follows continue to the last page for every kind', async () => {
    const emulator = new KubernetesApiEmulator({
      clusters: [{ name: 'c', token: 't' }],
    });
    const objects: object[] = [];
    for (let i = 0; i < 1234; i++) {
      const metadata = { name: `o${i}`, namespace: `ns${i % 7}` };
      objects.push(
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata,
          spec: { selector: { app: `o${i}` }, ports: [{ port: 80 }] },
        },
        { apiVersion: 'cis.f5.com/v1', kind: 'TransportServer', metadata },
      );
    }
    emulator.cluster('c').seed(objects);
    const server = await emulator.listen('c', { host: '127.0.0.1', port: 0 });
    const client = new ClusterClient(
      { name: 'c', url: server.url, token: 't', skipTLSVerify: true },
      5000,
    );
    const count = async (kind: Kind) => {
      const names = new Set<string>();
      let pages = 0;
      let next: string | undefined;
      do {
        const page = await client.listPage(kind, {
          limit: 500,
          continue: next,
        });
        page.items.forEach(o =>
          names.add(`${o.metadata.namespace}/${o.metadata.name}`),
        );
        pages++;
        next = page.continue;
      } while (next);
      return [names.size, pages];
    };
    try {
      expect(await count(SERVICE)).toEqual([1234, 3]);
      expect(await count(TRANSPORT_SERVER)).toEqual([1234, 3]);
      // The emulator keeps a slice per Service with a selector.
      expect(await count(ENDPOINT_SLICE)).toEqual([1234, 3]);
    } finally {
      await server.close();
    }
  });
});
