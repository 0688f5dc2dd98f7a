import * as k8s from '@kubernetes/client-node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { kubeConfigFor, service } from '../__testUtils__/clientNode';
import { eventually } from '../__testUtils__/tcp';
import { EmulatorServer } from './httpServer';

// Streaming lists over real HTTP on loopback, with client-node's own Watch.
jest.setTimeout(30_000);

let emulator: KubernetesApiEmulator;
let front: EmulatorServer;
let kc: k8s.KubeConfig;

const STREAMING = {
  sendInitialEvents: true,
  resourceVersionMatch: 'NotOlderThan',
  allowWatchBookmarks: true,
};

beforeEach(async () => {
  emulator = new KubernetesApiEmulator({
    clusters: [{ name: 'silver', token: 't' }],
    endpointSliceController: false,
  });
  emulator
    .cluster('silver')
    .seed([service('a1-dev', 'web'), service('a1-dev', 'api')]);
  front = await emulator.listen('silver');
  kc = kubeConfigFor(front.url, 't');
});
afterEach(() => front.close());

describe('streaming lists over HTTP', () => {
  it('streams the initial objects, the initial-events-end bookmark, then changes', async () => {
    const seen: Array<[string, any]> = [];
    let ended: unknown = 'open';
    const controller = await new k8s.Watch(kc).watch(
      '/api/v1/namespaces/a1-dev/services',
      STREAMING,
      (type, object) => seen.push([type, object]),
      err => {
        ended = err;
      },
    );
    await eventually(
      () => (seen.length >= 3 ? true : undefined),
      'the initial events',
    );
    const [bookmarkType, bookmark] = seen[2];
    expect(seen.slice(0, 2).map(([t, o]) => `${t} ${o.metadata.name}`)).toEqual(
      ['ADDED api', 'ADDED web'],
    );
    expect(bookmarkType).toBe('BOOKMARK');
    expect(bookmark.metadata.annotations).toEqual({
      'k8s.io/initial-events-end': 'true',
    });
    const listed = await kc
      .makeApiClient(k8s.CoreV1Api)
      .listNamespacedService({ namespace: 'a1-dev' });
    expect(bookmark.metadata.resourceVersion).toBe(
      listed.metadata!.resourceVersion,
    );

    emulator.cluster('silver').remove('services', 'a1-dev', 'api');
    await eventually(
      () => (seen.length >= 4 ? true : undefined),
      'the later change',
    );
    expect(seen[3][0]).toBe('DELETED');
    expect(seen[3][1].metadata.name).toBe('api');
    expect(ended).toBe('open');
    controller.abort();
  });

  it('answers 422 with the real Status while WatchList is off', async () => {
    emulator.cluster('silver').watchSettings.watchList = false;
    const done = new Promise<any>(resolve => {
      new k8s.Watch(kc).watch('/api/v1/services', STREAMING, () => {}, resolve);
    });
    expect((await done)?.statusCode).toBe(422);

    const res = await fetch(
      `${front.url}/api/v1/services?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true`,
      { headers: { authorization: 'Bearer t' } },
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      kind: 'Status',
      reason: 'Invalid',
      code: 422,
      message:
        'ListOptions.meta.k8s.io "" is invalid: sendInitialEvents: Forbidden: sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled',
      details: { group: 'meta.k8s.io', kind: 'ListOptions' },
    });
  });
});
