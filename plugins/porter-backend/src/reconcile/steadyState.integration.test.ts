import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { ALICE } from '../__testUtils__/fixtures';
import { seedSandboxFixtures } from '../__testUtils__/sandboxFixtures';
import { startPorter } from '../__testUtils__/startPorter';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const NS = 'yourlicenceplate-dev';
const CLUSTERS = ['silver', 'gold', 'golddr'];
const path = (cluster: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${NS}/claims/${name}`;

/** Waits until `check` holds (watch events and debounced passes are asynchronous). */
async function eventually(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise(r => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Porter reads the clusters through watches, like a controller: at steady
 * state a pass calls no cluster API at all, an apply calls it only to write,
 * and drift seen through a watch asks for a pass at once.
 */
describe('cluster state from watches', () => {
  const databases = createTestDatabases();
  let porter: Awaited<ReturnType<typeof startPorter>>;
  const requests = () =>
    CLUSTERS.flatMap(name =>
      porter.emulator
        .cluster(name)
        .requests.filter(r => !r.watch)
        .map(r => `${name} ${r.method} ${r.path}`),
    );
  const clearRequests = () =>
    CLUSTERS.forEach(name => porter.emulator.cluster(name).clearRequests());
  const put = (cluster: string, name: string, servicePort: number) =>
    request(porter.server)
      .put(path(cluster, name))
      .set('Authorization', alice)
      .send({ spec: { service: 'yourservice', servicePort } });

  afterEach(async () => {
    await porter?.stop();
  });

  it('makes no API call in a pass with nothing to change, and only writes in an apply', async () => {
    porter = await startPorter({ seed: seedSandboxFixtures });
    clearRequests();
    expect((await put('gold', 'db', 8000)).status).toBe(201);
    // The writes follow the answer.
    await porter.synced();
    // Only writes (and the access review): nothing is read from the clusters to apply.
    expect(requests().filter(r => r.includes(' GET '))).toEqual([]);
    expect(requests().length).toBeGreaterThan(0);

    await porter.reconcile();
    clearRequests();
    await porter.reconcile();
    expect(requests()).toEqual([]);
  });

  it('asks for a pass as soon as a watch shows drift, and the pass repairs it', async () => {
    porter = await startPorter({ seed: seedSandboxFixtures });
    expect((await put('silver', 'db', 8000)).status).toBe(201);
    await porter.synced();
    await porter.reconcile();
    const before = porter.triggered.length;
    porter.emulator.cluster('silver').remove('TransportServer', NS, 'db');
    await eventually(
      () => porter.triggered.length > before,
      'a pass to be asked for',
    );
    expect(porter.triggered.at(-1)).toBe('porter-reconcile');
    await porter.reconcile();
    expect(
      porter.emulator.cluster('silver').get('TransportServer', NS, 'db'),
    ).toBeDefined();
  });

  it.each(databases.eachSupportedId())(
    "a pass's database queries do not grow with the number of claims (%p)",
    async databaseId => {
      const knex: Knex = await databases.init(databaseId);
      porter = await startPorter({
        seed: seedSandboxFixtures,
        knex,
        porterConfig: {
          quota: { perNamespace: 100, portsPerNamespace: 200 },
          clusters: {
            silver: {
              ports: { from: 30000, to: 30199 },
              addresses: { NodePort: ['142.34.194.70'] },
            },
          },
        },
      });
      const queriesInPass = async () => {
        let count = 0;
        const onQuery = () => count++;
        knex.on('query', onQuery);
        await porter.reconcile();
        knex.off('query', onQuery);
        return count;
      };
      for (let port = 8000; port < 8005; port++) {
        expect((await put('silver', `c${port}`, port)).status).toBe(201);
      }
      await porter.synced();
      await porter.reconcile();
      const withFive = await queriesInPass();
      for (let port = 8005; port < 8045; port++) {
        expect((await put('silver', `c${port}`, port)).status).toBe(201);
      }
      await porter.synced();
      await porter.reconcile();
      const withFortyFive = await queriesInPass();
      expect(withFortyFive).toBe(withFive);
    },
  );
});
