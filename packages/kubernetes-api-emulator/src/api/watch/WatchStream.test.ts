import { KubernetesApiEmulator } from '../../KubernetesApiEmulator';
import { service } from '../../__testUtils__/clientNode';
import { eventSummary, openWatch } from '../../__testUtils__/openWatch';
import { eventually } from '../../__testUtils__/tcp';

// Watches through the transport-independent handle(), reading the stream as a transport would.
let emulator: KubernetesApiEmulator;
const cluster = () => emulator.cluster('silver');

const watch = (url: string, accept?: string) =>
  openWatch(emulator, 'silver', url, accept);
const summary = eventSummary;

// Counts every change: no EndpointSlice controller adding its own.
beforeEach(() => {
  emulator = new KubernetesApiEmulator({ endpointSliceController: false });
  cluster().seed([
    service('a1-dev', 'web', { app: 'web' }),
    service('b2-prod', 'db', { app: 'db' }),
  ]);
});

describe('watch over the API', () => {
  it('starts with the current objects as ADDED, then follows changes', async () => {
    const w = await watch('/api/v1/namespaces/a1-dev/services?watch=true');
    expect(w.status).toBe(200);
    cluster().seed([service('a1-dev', 'api')]);
    cluster().update('services', 'a1-dev', 'web', s => {
      s.metadata.labels.tier = 'front';
    });
    cluster().remove('services', 'a1-dev', 'api');
    cluster().seed([service('b2-prod', 'other-namespace')]);
    expect(summary(w)).toEqual([
      'ADDED web',
      'ADDED api',
      'MODIFIED web',
      'DELETED api',
    ]);
    expect(w.events[2].object.metadata.labels.tier).toBe('front');
    expect(emulator.cluster('silver').openWatchCount).toBe(1);
    w.close();
    expect(emulator.cluster('silver').openWatchCount).toBe(0);
  });

  it('from a resourceVersion, replays only the changes after it', async () => {
    const listed = cluster().list('services');
    const rv = Math.max(...listed.map(s => Number(s.metadata.resourceVersion)));
    cluster().seed([service('a1-dev', 'later')]);
    const w = await watch(`/api/v1/services?watch=1&resourceVersion=${rv}`);
    expect(summary(w)).toEqual(['ADDED later']);
    expect(w.events[0].object.metadata.resourceVersion).toBe(String(rv + 1));
  });

  it('answers an ERROR event with a 410 Expired Status, then ends, for a forgotten resourceVersion', async () => {
    const rv = Number(cluster().list('services')[0].metadata.resourceVersion);
    cluster().seed([service('a1-dev', 'later')]);
    const latest = cluster().get('services', 'a1-dev', 'later').metadata
      .resourceVersion;
    cluster().compact();
    const w = await watch(`/api/v1/services?watch=true&resourceVersion=${rv}`);
    expect(w.status).toBe(200);
    expect(w.events).toEqual([
      {
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: `too old resource version: ${rv} (${latest})`,
          reason: 'Expired',
          code: 410,
        },
      },
    ]);
    expect(w.ended).toBe(true);
    // From the compacted revision on, watching works again.
    const fresh = await watch(
      `/api/v1/services?watch=true&resourceVersion=${latest}`,
    );
    cluster().seed([service('a1-dev', 'newest')]);
    expect(summary(fresh)).toEqual(['ADDED newest']);
  });

  it('keeps only watchHistoryLimit changes', async () => {
    emulator = new KubernetesApiEmulator({
      watchHistoryLimit: 2,
      endpointSliceController: false,
    });
    cluster().seed([service('a1-dev', 's1')]);
    const rv = Number(
      cluster().get('svc', 'a1-dev', 's1').metadata.resourceVersion,
    );
    cluster().seed([service('a1-dev', 's2'), service('a1-dev', 's3')]);
    // The two changes after rv are kept; the one before it is not.
    const recent = await watch(
      `/api/v1/services?watch=true&resourceVersion=${rv}`,
    );
    expect(summary(recent)).toEqual(['ADDED s2', 'ADDED s3']);
    const old = await watch(
      `/api/v1/services?watch=true&resourceVersion=${rv - 1}`,
    );
    expect(summary(old)).toEqual(['ERROR']);
    expect(old.events[0].object.code).toBe(410);
  });

  it('filters by label selector: an object that stops matching is DELETED, one that starts matching is ADDED', async () => {
    const w = await watch(
      '/api/v1/services?watch=true&labelSelector=app%3Dweb',
    );
    cluster().update('services', 'b2-prod', 'db', s => {
      s.metadata.labels.app = 'web';
    });
    cluster().update('services', 'a1-dev', 'web', s => {
      s.metadata.labels.app = 'gone';
    });
    cluster().update('services', 'a1-dev', 'web', s => {
      s.metadata.labels.x = 'still not matching';
    });
    expect(summary(w)).toEqual(['ADDED web', 'ADDED db', 'DELETED web']);
    // The DELETED object is the last one that matched, at the change's resourceVersion.
    const deleted = w.events[2].object;
    expect(deleted.metadata.labels.app).toBe('web');
    expect(deleted.metadata.resourceVersion).toBe(
      String(Number(w.events[1].object.metadata.resourceVersion) + 1),
    );
  });

  it('filters by field selector, and watches one object on its own path', async () => {
    const byField = await watch(
      '/api/v1/services?watch=true&fieldSelector=metadata.namespace%3Db2-prod',
    );
    const byPath = await watch(
      '/api/v1/namespaces/a1-dev/services/web?watch=true',
    );
    cluster().seed([service('a1-dev', 'api'), service('b2-prod', 'cache')]);
    expect(summary(byField)).toEqual(['ADDED db', 'ADDED cache']);
    expect(summary(byPath)).toEqual(['ADDED web']);
  });

  it('sends BOOKMARKs with only the resourceVersion when asked for', async () => {
    cluster().watchSettings.bookmarkIntervalMs = 20;
    const w = await watch(
      '/api/v1/namespaces/a1-dev/services?watch=true&allowWatchBookmarks=true',
    );
    await eventually(
      () => w.events.find(e => e.type === 'BOOKMARK'),
      'a bookmark',
    );
    const bookmark = w.events.find(e => e.type === 'BOOKMARK');
    expect(bookmark.object).toEqual({
      kind: 'Service',
      apiVersion: 'v1',
      metadata: {
        resourceVersion: cluster()
          .list('services')
          .map(s => s.metadata.resourceVersion)
          .sort()
          .pop(),
      },
    });
    w.close();
    const plain = await watch('/api/v1/namespaces/a1-dev/services?watch=true');
    const other = await watch(
      '/api/v1/namespaces/a1-dev/services?watch=true&allowWatchBookmarks=true',
    );
    await eventually(
      () => other.events.find(e => e.type === 'BOOKMARK'),
      'a bookmark',
    );
    expect(summary(plain)).toEqual(['ADDED web']);
    plain.close();
    other.close();
  });

  it('ends the watch after timeoutSeconds', async () => {
    const w = await watch('/api/v1/services?watch=true&timeoutSeconds=1');
    await eventually(() => (w.ended ? true : undefined), 'the watch to end');
    expect(cluster().openWatchCount).toBe(0);
  });

  it('rejects a malformed resourceVersion or selector before streaming (400)', async () => {
    for (const query of [
      'resourceVersion=abc',
      'labelSelector=%3D%3D',
      'timeoutSeconds=-1',
      'fieldSelector=spec.type%3DNodePort',
    ]) {
      const w = await watch(`/api/v1/services?watch=true&${query}`);
      expect([query, w.status, w.events[0].reason]).toEqual([
        query,
        400,
        'BadRequest',
      ]);
    }
  });

  it('sends Tables to kubectl get --watch, with the column definitions only once', async () => {
    const w = await watch(
      '/api/v1/namespaces/a1-dev/services?watch=true',
      'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
    );
    cluster().seed([service('a1-dev', 'api')]);
    expect(
      w.events.map(e => [e.type, e.object.kind, e.object.rows[0].cells[0]]),
    ).toEqual([
      ['ADDED', 'Table', 'web'],
      ['ADDED', 'Table', 'api'],
    ]);
    expect(w.events[0].object.columnDefinitions[0].name).toBe('Name');
    expect(w.events[1].object.columnDefinitions).toBeUndefined();
  });
});
