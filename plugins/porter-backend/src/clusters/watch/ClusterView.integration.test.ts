import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { ClusterClient } from '../ClusterClient';
import { SERVICE, TRANSPORT_SERVER } from '../kinds';
import { ClusterView } from './ClusterView';

jest.setTimeout(30_000);

const service = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'ns', labels },
  spec: { ports: [{ port: 80 }] },
});

/** Polls until `check` holds (events arrive asynchronously). */
async function eventually(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise(r => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * The view over a real API surface: the emulator on loopback, reached with
 * client-node, Porter's only cluster client; against a server that streams
 * lists (Kubernetes 1.32, 1.34 and later) and one that does not (1.33, or
 * older), which Porter lists and watches instead.
 */
describe.each([
  { server: 'streaming lists', watchList: true },
  { server: 'no streaming lists', watchList: false },
])('ClusterView against the emulator ($server)', ({ watchList }) => {
  let emulator: KubernetesApiEmulator;
  let server: Awaited<ReturnType<KubernetesApiEmulator['listen']>>;
  let view: ClusterView;
  let listCalls: jest.SpyInstance;
  let watchCalls: jest.SpyInstance;
  /** Streamed watches asked for (each feed tries one first). */
  const streamed = () =>
    watchCalls.mock.calls.filter(([, options]) => options.sendInitialEvents)
      .length;
  /** Reads of a feed's whole state: streamed watches, or lists. */
  const stateReads = () =>
    watchList ? streamed() : listCalls.mock.calls.length;

  beforeEach(async () => {
    emulator = new KubernetesApiEmulator({
      clusters: [{ name: 'silver', token: 't' }],
      watchHistoryLimit: 5,
      watchList,
    });
    emulator.cluster('silver').seed([service('one')]);
    server = await emulator.listen('silver', { host: '127.0.0.1', port: 0 });
    const client = new ClusterClient(
      { name: 'silver', url: server.url, token: 't', skipTLSVerify: true },
      5_000,
    );
    listCalls = jest.spyOn(client, 'listPage');
    watchCalls = jest.spyOn(client, 'watch');
    view = new ClusterView({
      cluster: 'silver',
      source: client,
      feeds: [
        { kind: SERVICE },
        {
          kind: TRANSPORT_SERVER,
          labelSelector: 'app.kubernetes.io/managed-by=porter-backstage',
        },
      ],
      backoff: { initialMs: 50, maxMs: 200 },
    });
    view.start();
  });

  afterEach(async () => {
    view.stop();
    await server.close();
  });

  it('reads the state, then follows changes without further reads', async () => {
    expect(await view.whenSynced(5_000)).toBe(true);
    expect(view.unavailable).toBeUndefined();
    expect(view.list(SERVICE).map(s => s.metadata.name)).toEqual(['one']);

    const cluster = emulator.cluster('silver');
    // In sync once the state is in; the watches are open (or open right after a list).
    await eventually(() => cluster.openWatchCount === 2, 'the watches');
    cluster.clearRequests();
    cluster.seed([service('two')]);
    cluster.seed([
      {
        apiVersion: 'cis.f5.com/v1',
        kind: 'TransportServer',
        metadata: {
          name: 'ts',
          namespace: 'ns',
          labels: { 'app.kubernetes.io/managed-by': 'porter-backstage' },
        },
        spec: {},
      },
      {
        apiVersion: 'cis.f5.com/v1',
        kind: 'TransportServer',
        metadata: { name: 'someone-elses', namespace: 'ns' },
        spec: {},
      },
    ]);
    cluster.remove('services', 'ns', 'one');
    await eventually(
      () =>
        view.get(SERVICE, 'ns', 'two') !== undefined &&
        view.get(SERVICE, 'ns', 'one') === undefined &&
        view.list(TRANSPORT_SERVER).length === 1,
      'the changes to arrive',
    );
    // The label selector narrows the feed; nothing was read to learn all this.
    expect(view.list(TRANSPORT_SERVER)[0].metadata.name).toBe('ts');
    expect(cluster.requests).toEqual([]);
    // A server without streaming lists refused each feed's first try once, and was listed.
    expect(streamed()).toBe(2);
    expect(listCalls.mock.calls.length).toBe(watchList ? 0 : 2);
  });

  it('reconnects when watches drop, and reads the state again when its version is too old', async () => {
    expect(await view.whenSynced(5_000)).toBe(true);
    const cluster = emulator.cluster('silver');
    await eventually(() => cluster.openWatchCount === 2, 'the watches');

    cluster.faults.dropWatches();
    cluster.seed([service('after-drop')]);
    await eventually(
      () => view.get(SERVICE, 'ns', 'after-drop') !== undefined,
      'the change made while the watch was away',
    );
    // A dropped watch resumes from its version: the state is not read again.
    expect(stateReads()).toBe(2);

    // Refuse watches while more changes happen than the server keeps: the
    // version Porter resumes from is then too old (410), so it reads the state again.
    cluster.faults.refuseWatches(300);
    cluster.faults.dropWatches();
    for (let i = 0; i < 10; i++) cluster.seed([service(`burst-${i}`)]);
    cluster.remove('services', 'ns', 'after-drop');
    await eventually(
      () =>
        view.get(SERVICE, 'ns', 'burst-9') !== undefined &&
        view.get(SERVICE, 'ns', 'after-drop') === undefined &&
        view.unavailable === undefined,
      'the relist after 410',
    );
    // Two initial reads, then at least one more: after the 410.
    expect(stateReads()).toBeGreaterThan(2);
  });

  it('says the cluster is unavailable while it is down, and recovers', async () => {
    expect(await view.whenSynced(5_000)).toBe(true);
    const cluster = emulator.cluster('silver');
    cluster.faults.down = true;
    cluster.faults.dropWatches();
    await eventually(() => view.unavailable !== undefined, 'the failure');
    expect(view.unavailable).toMatch(
      /Cluster 'silver' is unavailable: watching (Service|TransportServer)/,
    );
    // What was known stays readable while the cluster is away.
    expect(view.get(SERVICE, 'ns', 'one')).toBeDefined();

    cluster.faults.down = false;
    cluster.seed([service('back')]);
    await eventually(
      () =>
        view.unavailable === undefined &&
        view.get(SERVICE, 'ns', 'back') !== undefined,
      'the recovery',
    );
  });
});
