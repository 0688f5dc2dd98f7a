import * as k8s from '@kubernetes/client-node';
import { setupServer } from 'msw/node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { kubeConfigFor, service } from '../__testUtils__/clientNode';

const emulator = new KubernetesApiEmulator();
const server = setupServer(
  ...emulator.mswHandlers({
    silver: 'https://silver.k8s.test',
    gold: 'https://proxy.k8s.test/clusters/gold/',
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('msw handlers', () => {
  it('route each base URL to its own cluster, stripping a path prefix', async () => {
    emulator.cluster('silver').seed([service('a', 'on-silver')]);
    emulator.cluster('gold').seed([service('a', 'on-gold')]);
    const silver = kubeConfigFor('https://silver.k8s.test').makeApiClient(
      k8s.CoreV1Api,
    );
    const gold = kubeConfigFor(
      'https://proxy.k8s.test/clusters/gold',
    ).makeApiClient(k8s.CoreV1Api);
    expect(
      (await silver.listServiceForAllNamespaces()).items.map(
        s => s.metadata!.name,
      ),
    ).toEqual(['on-silver']);
    expect(
      (await gold.listServiceForAllNamespaces()).items.map(
        s => s.metadata!.name,
      ),
    ).toEqual(['on-gold']);
    expect(emulator.cluster('gold').requests).toEqual([
      { method: 'GET', path: '/api/v1/services', status: 200 },
    ]);
  });

  it('turn a down cluster into a network error (node-fetch FetchError)', async () => {
    emulator.cluster('silver').faults.down = true;
    try {
      const silver = kubeConfigFor('https://silver.k8s.test').makeApiClient(
        k8s.CoreV1Api,
      );
      const error = await silver.listNamespace().then(
        () => undefined,
        e => e,
      );
      expect(error).toBeInstanceOf(k8s.FetchError);
      expect(error.type).toBe('system');
    } finally {
      emulator.cluster('silver').faults.reset();
    }
  });
});
