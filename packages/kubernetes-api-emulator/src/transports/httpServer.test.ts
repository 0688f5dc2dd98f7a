import * as k8s from '@kubernetes/client-node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import {
  apiError,
  kubeConfigFor,
  service,
  transportServer,
} from '../__testUtils__/clientNode';
import { EmulatorServer } from './httpServer';

// The real client-node over real HTTP on loopback, as in integration tests and the sandbox.
let emulator: KubernetesApiEmulator;
let front: EmulatorServer;
let kc: k8s.KubeConfig;

beforeEach(async () => {
  emulator = new KubernetesApiEmulator({
    clusters: [{ name: 'silver', token: 't0k3n' }],
  });
  emulator
    .cluster('silver')
    .seed([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
    ]);
  front = await emulator.listen('silver');
  kc = kubeConfigFor(front.url, 't0k3n');
});
afterEach(() => front.close());

describe('HTTP server', () => {
  it('listens on a random loopback port', () => {
    expect(front.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(front.port).toBeGreaterThan(0);
  });

  it('serves typed, custom and generic clients', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const created = await core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web'),
    });
    expect(created.metadata!.uid).toBeDefined();
    expect(
      (
        await apiError(
          core.createNamespacedService({
            namespace: 'a1-dev',
            body: service('a1-dev', 'web'),
          }),
        )
      ).code,
    ).toBe(409);

    const objects = k8s.KubernetesObjectApi.makeApiClient(kc);
    await objects.create(transportServer('a1-dev', 'ts1'));
    const custom = kc.makeApiClient(k8s.CustomObjectsApi);
    const ts: any = await custom.getNamespacedCustomObject({
      group: 'cis.f5.com',
      version: 'v1',
      namespace: 'a1-dev',
      plural: 'transportservers',
      name: 'ts1',
    });
    expect(ts.spec.virtualServerPort).toBe(8000);
    const list = await objects.list('v1', 'Service', 'a1-dev');
    expect(list.items.map(i => i.metadata?.name)).toEqual(['web']);
  });

  it('answers 401 for a wrong token', async () => {
    const core = kubeConfigFor(front.url, 'nope').makeApiClient(k8s.CoreV1Api);
    expect((await apiError(core.listNamespace())).code).toBe(401);
  });

  it('drops the connection while the cluster is down', async () => {
    const cluster = emulator.cluster('silver');
    cluster.faults.down = true;
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const error = await core.listNamespace().then(
      () => undefined,
      e => e,
    );
    expect(error).toBeInstanceOf(k8s.FetchError);
    expect(error.code).toBe('ECONNRESET');
    cluster.faults.down = false;
    expect((await core.listNamespace()).items).toHaveLength(1);
  });

  it('holds responses back with delayMs (a client timeout fires first)', async () => {
    emulator.cluster('silver').faults.delayMs = 500;
    const started = Date.now();
    await expect(
      fetch(`${front.url}/api/v1/namespaces`, {
        headers: { authorization: 'Bearer t0k3n' },
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(450);
    emulator.cluster('silver').faults.delayMs = 0;
  });

  it('closes promptly even with keep-alive connections open', async () => {
    await kc.makeApiClient(k8s.CoreV1Api).listNamespace();
    const started = Date.now();
    await front.close();
    expect(Date.now() - started).toBeLessThan(1000);
    const error = await fetch(`${front.url}/version`).then(
      () => undefined,
      e => e,
    );
    expect(error).toBeDefined();
    front = await emulator.listen('silver'); // for afterEach
  });
});
