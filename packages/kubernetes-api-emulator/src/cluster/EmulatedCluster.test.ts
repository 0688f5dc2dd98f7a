import * as k8s from '@kubernetes/client-node';
import { setupServer } from 'msw/node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import {
  apiError,
  kubeConfigFor,
  service,
  transportServer,
} from '../__testUtils__/clientNode';

const BASE = 'https://golddr.k8s.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('EmulatedCluster', () => {
  let emulator: KubernetesApiEmulator;
  beforeEach(() => {
    emulator = new KubernetesApiEmulator({
      clusters: [{ name: 'golddr', token: 'secret' }],
      endpointSliceController: false,
    });
    server.resetHandlers(...emulator.mswHandlers({ golddr: BASE }));
  });

  it('seeds objects with server metadata, creating missing namespaces, keeping status', () => {
    const cluster = emulator.cluster('golddr');
    cluster.seed([
      { ...transportServer('a1-dev', 'ts1'), status: { status: 'Ok' } },
      {
        ...service('a1-dev', 'web'),
        metadata: {
          name: 'web',
          namespace: 'a1-dev',
          uid: 'fixed',
          creationTimestamp: '2024-01-01T00:00:00Z',
        },
      },
    ]);
    expect(cluster.get('Namespace', undefined, 'a1-dev').status.phase).toBe(
      'Active',
    );
    const ts = cluster.get('ts', 'a1-dev', 'ts1');
    expect(ts.status).toEqual({ status: 'Ok' });
    expect(ts.metadata.uid).toBeDefined();
    expect(cluster.get('svc', 'a1-dev', 'web').metadata).toMatchObject({
      uid: 'fixed',
      creationTimestamp: '2024-01-01T00:00:00Z',
    });
    // Seeding again replaces.
    cluster.seed([
      {
        ...transportServer('a1-dev', 'ts1', { virtualServerPort: 1 }),
        status: { status: 'error' },
      },
    ]);
    expect(cluster.get('ts', 'a1-dev', 'ts1')).toMatchObject({
      spec: { virtualServerPort: 1 },
      status: { status: 'error' },
    });
    expect(cluster.requests).toEqual([]);
    expect(() =>
      cluster.seed([
        { apiVersion: 'apps/v1', kind: 'Widget', metadata: { name: 'x' } },
      ]),
    ).toThrow(/does not serve/);
  });

  it('lists and removes directly', () => {
    const cluster = emulator.cluster('golddr');
    cluster.seed([
      service('a', 'x', { t: '1' }),
      service('b', 'y', { t: '2' }),
    ]);
    expect(
      cluster
        .list('services', { labelSelector: 't in (1,2)' })
        .map(s => s.metadata.name),
    ).toEqual(['x', 'y']);
    expect(
      cluster.list('services', { namespace: 'b' }).map(s => s.metadata.name),
    ).toEqual(['y']);
    expect(cluster.remove('services', 'a', 'x')).toBe(true);
    expect(cluster.remove('services', 'a', 'x')).toBe(false);
  });

  it('update() plays another actor: new resourceVersion, MODIFIED event, the client sees it', async () => {
    const cluster = emulator.cluster('golddr');
    cluster.seed([service('a1-dev', 'web')]);
    const events: Array<{ type: string; object: any }> = [];
    const unsubscribe = cluster.onChange(e => events.push(e));
    const core = kubeConfigFor(BASE, 'secret').makeApiClient(k8s.CoreV1Api);
    const before = await core.readNamespacedService({
      name: 'web',
      namespace: 'a1-dev',
    });

    cluster.update('Service', 'a1-dev', 'web', obj => {
      obj.metadata.labels = { drifted: 'yes' };
      obj.metadata.name = 'cannot-rename';
    });
    expect(events.map(e => e.type)).toEqual(['MODIFIED']);
    expect(events[0].object.metadata).toMatchObject({
      name: 'web',
      labels: { drifted: 'yes' },
    });

    // Porter's stale replace now conflicts, as on a real cluster.
    const { code } = await apiError(
      core.replaceNamespacedService({
        name: 'web',
        namespace: 'a1-dev',
        body: before,
      }),
    );
    expect(code).toBe(409);

    await core.deleteNamespacedService({ name: 'web', namespace: 'a1-dev' });
    expect(events.map(e => e.type)).toEqual(['MODIFIED', 'DELETED']);
    unsubscribe();
    expect(() =>
      cluster.update('Service', 'a1-dev', 'web', () => undefined),
    ).toThrow(/No Service 'a1-dev\/web'/);
  });

  it('emits ADDED for API creates', async () => {
    const cluster = emulator.cluster('golddr');
    cluster.seed([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
    ]);
    const events: string[] = [];
    cluster.onChange(e =>
      events.push(`${e.type} ${e.object.kind}/${e.object.metadata.name}`),
    );
    const custom = kubeConfigFor(BASE, 'secret').makeApiClient(
      k8s.CustomObjectsApi,
    );
    await custom.createNamespacedCustomObject({
      group: 'cis.f5.com',
      version: 'v1',
      namespace: 'a1-dev',
      plural: 'transportservers',
      body: transportServer('a1-dev', 'ts1'),
    });
    expect(events).toEqual(['ADDED TransportServer/ts1']);
  });

  it('answers 401 Unauthorized without the right bearer token, and logs requests', async () => {
    const cluster = emulator.cluster('golddr');
    const wrong = kubeConfigFor(BASE, 'wrong').makeApiClient(k8s.CoreV1Api);
    const { code } = await apiError(wrong.listNamespace());
    expect(code).toBe(401);
    const raw = await emulator.handle('golddr', {
      method: 'GET',
      url: '/api/v1/namespaces',
      headers: {},
    });
    expect(JSON.parse(raw.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
    const right = kubeConfigFor(BASE, 'secret').makeApiClient(k8s.CoreV1Api);
    await right.listNamespace();
    expect(cluster.requests).toEqual([
      { method: 'GET', path: '/api/v1/namespaces', status: 401 },
      { method: 'GET', path: '/api/v1/namespaces', status: 401 },
      { method: 'GET', path: '/api/v1/namespaces', status: 200 },
    ]);
    cluster.clearRequests();
    expect(cluster.requests).toEqual([]);
  });
});
