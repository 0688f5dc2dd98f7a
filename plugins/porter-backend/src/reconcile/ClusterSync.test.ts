import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  EmulatorServer,
  KubernetesApiEmulator,
} from '@internal/kubernetes-api-emulator';
import { testPorterConfig } from '../__testUtils__/fixtures';
import { ClusterClient } from '../clusters/ClusterClient';
import { readPorterConfig } from '../config/readPorterConfig';
import { ClusterViews } from '../clusters/watch/ClusterViews';
import { porterFeeds } from '../clusters/watch/feeds';
import { instanceSelector } from '../planning/labels';
import { ClusterSync, SyncClaim, SyncHooks } from './ClusterSync';

const NS = 'yourlicenceplate-dev';
const MINE = 'app.kubernetes.io/managed-by=porter-backstage';

/** ClusterSync against an emulated cluster through the real client, with the database played by hooks. */
describe('ClusterSync', () => {
  let emulator: KubernetesApiEmulator;
  let server: EmulatorServer;
  let sync: ClusterSync;
  let views: ClusterViews;
  const config = readPorterConfig(
    new ConfigReader({ porter: testPorterConfig }),
  );
  const claim = (): SyncClaim => ({
    id: 1,
    cluster: 'silver',
    namespace: NS,
    name: 'db',
    spec: {
      service: 'yourservice',
      servicePort: 8000,
      monitor: { type: 'tcp', interval: 5, timeout: 16 },
      overrideServicePort: false,
    },
    updatedAt: '2026-12-01T10:00:00.000Z',
    adopted: false,
    allocations: [
      {
        cluster: 'silver',
        address: '142.34.194.70',
        port: 30000,
        serviceType: 'NodePort',
      },
    ],
    ownsLegacyName: true,
  });
  const hooks = (versions: Map<number, string>): SyncHooks => ({
    readdress: async (_c, a) => a,
    versions: async ids =>
      new Map([...versions].filter(([id]) => ids.includes(id))),
    deletedHere: async () => new Set(),
    guard: {
      confirmed: async () => undefined,
      hold: async () => {},
      clear: async () => {},
    },
    audit: async () => {},
  });

  beforeEach(async () => {
    emulator = new KubernetesApiEmulator({ clusters: ['silver'] });
    emulator
      .cluster('silver')
      .seed([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } }]);
    server = await emulator.listen('silver');
    const client = new ClusterClient(
      { name: 'silver', url: server.url, skipTLSVerify: true },
      2000,
    );
    const clients = new Map([['silver', client]]);
    views = new ClusterViews(
      clients,
      porterFeeds(instanceSelector(config.instance)),
    );
    views.start();
    sync = new ClusterSync({
      clients,
      views,
      config: {
        ...config,
        clusters: new Map([['silver', config.clusters.get('silver')!]]),
      },
      logger: mockServices.logger.mock(),
    });
  });
  afterEach(async () => {
    views.stop();
    await server.close();
  });

  it('writes the objects of a claim that is as it was read', async () => {
    await sync.sync(
      [claim()],
      'cluster',
      hooks(new Map([[1, claim().updatedAt]])),
    );
    expect(
      emulator
        .cluster('silver')
        .list('TransportServer', { labelSelector: MINE }),
    ).toHaveLength(1);
  });

  it('does not resurrect a claim deleted during the pass', async () => {
    await sync.sync([claim()], 'cluster', hooks(new Map()));
    expect(
      emulator
        .cluster('silver')
        .list('TransportServer', { labelSelector: MINE }),
    ).toEqual([]);
  });

  it('does not revert a claim changed during the pass', async () => {
    await sync.sync(
      [claim()],
      'cluster',
      hooks(new Map([[1, claim().updatedAt]])),
    );
    const changed = {
      ...claim(),
      spec: { ...claim().spec, servicePort: 9000 },
    };
    const before = emulator.cluster('silver').get('TransportServer', NS, 'db');
    // The pass read the claim before someone changed it (a newer updatedAt now).
    await sync.sync(
      [changed],
      'cluster',
      hooks(new Map([[1, '2026-12-01T10:05:00.000Z']])),
    );
    expect(emulator.cluster('silver').get('TransportServer', NS, 'db')).toEqual(
      before,
    );
  });

  it('removes by claim id: an object of a newer claim of the same name is not collected', async () => {
    await sync.sync(
      [claim()],
      'cluster',
      hooks(new Map([[1, claim().updatedAt]])),
    );
    // Claim 1 is deleted and a claim of the same name (id 2) made meanwhile.
    const failed = await sync.remove({ ...claim(), id: 2 }, ['silver']);
    expect(failed).toEqual([]);
    expect(
      emulator
        .cluster('silver')
        .list('TransportServer', { labelSelector: MINE }),
    ).toHaveLength(1);
    await sync.remove(claim(), ['silver']);
    expect(
      emulator
        .cluster('silver')
        .list('TransportServer', { labelSelector: MINE }),
    ).toEqual([]);
  });
});
