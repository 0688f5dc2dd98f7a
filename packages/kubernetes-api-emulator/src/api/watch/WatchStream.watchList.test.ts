import { KubernetesApiEmulator } from '../../KubernetesApiEmulator';
import { service } from '../../__testUtils__/clientNode';
import {
  eventSummary as summary,
  openWatch,
} from '../../__testUtils__/openWatch';
import { eventually } from '../../__testUtils__/tcp';

// Streaming lists (KEP-3157: watch with sendInitialEvents) through handle().
let emulator: KubernetesApiEmulator;
const cluster = () => emulator.cluster('silver');
const watch = (url: string) => openWatch(emulator, 'silver', url);

/** What client-go's reflector asks for when it streams a list. */
const STREAM =
  'watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true';

/** The cluster's current resourceVersion, as a list reports it. */
async function currentRv(): Promise<string> {
  const res = await emulator.handle('silver', {
    method: 'GET',
    url: '/api/v1/services',
    headers: {},
  });
  return JSON.parse(res.body).metadata.resourceVersion;
}

const initialEventsEnd = (resourceVersion: string) => ({
  type: 'BOOKMARK',
  object: {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: {
      resourceVersion,
      annotations: { 'k8s.io/initial-events-end': 'true' },
    },
  },
});

beforeEach(() => {
  emulator = new KubernetesApiEmulator({ endpointSliceController: false });
  cluster().seed([
    service('a1-dev', 'web', { app: 'web' }),
    service('a1-dev', 'api', { app: 'api' }),
    service('b2-prod', 'db', { app: 'db' }),
  ]);
});

describe('streaming lists (sendInitialEvents=true)', () => {
  it('sends the current objects, a bookmark marking their end at the current resourceVersion, then changes', async () => {
    const rv = await currentRv();
    const w = await watch(`/api/v1/namespaces/a1-dev/services?${STREAM}`);
    expect(w.status).toBe(200);
    expect(summary(w)).toEqual(['ADDED api', 'ADDED web', 'BOOKMARK']);
    expect(w.events[2]).toEqual(initialEventsEnd(rv));

    cluster().update('services', 'a1-dev', 'web', s => {
      s.metadata.labels.tier = 'front';
    });
    expect(summary(w).slice(3)).toEqual(['MODIFIED web']);
    expect(Number(w.events[3].object.metadata.resourceVersion)).toBe(
      Number(rv) + 1,
    );
    w.close();
  });

  it('applies label and field selectors to the initial objects', async () => {
    const byLabel = await watch(
      `/api/v1/services?${STREAM}&labelSelector=app%20in%20(web,db)`,
    );
    const byField = await watch(
      `/api/v1/services?${STREAM}&fieldSelector=metadata.name%3Dapi`,
    );
    const byPath = await watch(
      `/api/v1/namespaces/b2-prod/services/db?${STREAM}`,
    );
    expect(summary(byLabel)).toEqual(['ADDED web', 'ADDED db', 'BOOKMARK']);
    expect(summary(byField)).toEqual(['ADDED api', 'BOOKMARK']);
    expect(summary(byPath)).toEqual(['ADDED db', 'BOOKMARK']);
  });

  it('ends an empty initial state with the bookmark alone', async () => {
    const rv = await currentRv();
    const w = await watch(`/api/v1/namespaces/empty/services?${STREAM}`);
    expect(w.events).toEqual([initialEventsEnd(rv)]);
  });

  it('serves the newest state for any resourceVersion (NotOlderThan), even a compacted or a too-new one', async () => {
    const rv = await currentRv();
    cluster().compact();
    for (const asked of ['0', '1', rv, String(Number(rv) + 100)]) {
      const w = await watch(
        `/api/v1/services?${STREAM}&resourceVersion=${asked}`,
      );
      expect([asked, ...summary(w)]).toEqual([
        asked,
        'ADDED api',
        'ADDED web',
        'ADDED db',
        'BOOKMARK',
      ]);
      expect(w.events[3].object.metadata.resourceVersion).toBe(rv);
      w.close();
    }
  });

  it('goes on with periodic bookmarks, without the annotation', async () => {
    cluster().watchSettings.bookmarkIntervalMs = 20;
    const w = await watch(`/api/v1/namespaces/b2-prod/services?${STREAM}`);
    await eventually(
      () => (w.events.length >= 3 ? true : undefined),
      'a periodic bookmark',
    );
    expect(summary(w).slice(0, 3)).toEqual([
      'ADDED db',
      'BOOKMARK',
      'BOOKMARK',
    ]);
    expect(w.events[2].object.metadata.annotations).toBeUndefined();
    w.close();
  });
});

describe('sendInitialEvents=false', () => {
  it('from a resourceVersion is a plain watch from it', async () => {
    const rv = await currentRv();
    cluster().seed([service('a1-dev', 'later')]);
    const w = await watch(
      `/api/v1/services?watch=true&sendInitialEvents=false&resourceVersionMatch=NotOlderThan&resourceVersion=${rv}`,
    );
    expect(summary(w)).toEqual(['ADDED later']);
  });

  it('without one sends no initial objects, only changes from now', async () => {
    const w = await watch(
      '/api/v1/services?watch=true&sendInitialEvents=false&resourceVersionMatch=NotOlderThan',
    );
    expect(w.events).toEqual([]);
    cluster().remove('services', 'a1-dev', 'api');
    expect(summary(w)).toEqual(['DELETED api']);
    w.close();
  });
});

describe('refused streaming-list options (422, before any event)', () => {
  const prefix = 'ListOptions.meta.k8s.io "" is invalid: ';
  it.each([
    [
      'resourceVersionMatch without sendInitialEvents',
      'watch=true&resourceVersionMatch=NotOlderThan&resourceVersion=5',
      'resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided',
    ],
    [
      'sendInitialEvents without resourceVersionMatch',
      'watch=true&sendInitialEvents=true&allowWatchBookmarks=true',
      'resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
    ],
    [
      'sendInitialEvents=true without allowWatchBookmarks',
      'watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan',
      'allowWatchBookmarks: Forbidden: sendInitialEvents requires setting allowWatchBookmarks to true',
    ],
    [
      'sendInitialEvents on a list',
      'sendInitialEvents=true',
      'sendInitialEvents: Forbidden: sendInitialEvents is forbidden for list',
    ],
    [
      'several mistakes at once',
      'watch=true&sendInitialEvents=true&resourceVersionMatch=Exact',
      '[resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan, ' +
        'allowWatchBookmarks: Forbidden: sendInitialEvents requires setting allowWatchBookmarks to true, ' +
        'resourceVersionMatch: Unsupported value: "Exact": supported values: "NotOlderThan"]',
    ],
  ])('%s', async (_, query, message) => {
    const w = await watch(`/api/v1/namespaces/a1-dev/services?${query}`);
    expect(w.status).toBe(422);
    expect(w.events).toEqual([
      expect.objectContaining({
        kind: 'Status',
        status: 'Failure',
        reason: 'Invalid',
        code: 422,
        message: `${prefix}${message}`,
      }),
    ]);
    expect(cluster().openWatchCount).toBe(0);
  });
});

describe('a server with the WatchList feature gate off (Kubernetes 1.33)', () => {
  const refusal = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message:
      'ListOptions.meta.k8s.io "" is invalid: sendInitialEvents: Forbidden: sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled',
    reason: 'Invalid',
    details: {
      group: 'meta.k8s.io',
      kind: 'ListOptions',
      causes: [
        {
          reason: 'FieldValueForbidden',
          message:
            'Forbidden: sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled',
          field: 'sendInitialEvents',
        },
      ],
    },
    code: 422,
  };

  it('refuses streaming lists (constructor option), but serves plain watches', async () => {
    emulator = new KubernetesApiEmulator({
      watchList: false,
      endpointSliceController: false,
    });
    cluster().seed([service('a1-dev', 'web')]);
    expect(cluster().watchSettings.watchList).toBe(false);
    expect(
      new KubernetesApiEmulator({
        clusters: ['gold'],
        watchList: false,
      }).cluster('gold').watchSettings.watchList,
    ).toBe(false);
    const refused = await watch(`/api/v1/services?${STREAM}`);
    expect(refused.status).toBe(422);
    expect(refused.events).toEqual([refusal]);
    // sendInitialEvents=false is refused as well: the parameter itself is.
    const off = await watch(
      '/api/v1/services?watch=true&sendInitialEvents=false&resourceVersionMatch=NotOlderThan',
    );
    expect(off.events).toEqual([refusal]);
    // What client-go falls back to: list, then a plain watch.
    const plain = await watch('/api/v1/services?watch=true');
    expect(summary(plain)).toEqual(['ADDED web']);
    plain.close();
  });

  it('can be switched at runtime, per cluster', async () => {
    cluster().watchSettings.watchList = false;
    expect((await watch(`/api/v1/services?${STREAM}`)).status).toBe(422);
    expect(emulator.cluster('gold').watchSettings.watchList).toBe(true);
    cluster().watchSettings.watchList = true;
    const w = await watch(`/api/v1/services?${STREAM}`);
    expect(w.status).toBe(200);
    expect(summary(w).pop()).toBe('BOOKMARK');
    w.close();
  });
});
