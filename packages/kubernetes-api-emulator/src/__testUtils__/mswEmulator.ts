import * as k8s from '@kubernetes/client-node';
import { setupServer } from 'msw/node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { EmulatedCluster } from '../cluster/EmulatedCluster';
import { kubeConfigFor } from './clientNode';

export interface MswEmulatorContext {
  emulator: KubernetesApiEmulator;
  cluster: EmulatedCluster;
  kc: k8s.KubeConfig;
  core: k8s.CoreV1Api;
  custom: k8s.CustomObjectsApi;
}

/**
 * Registers Jest hooks for a test file: one msw server for the file, and a
 * fresh emulator (seeded with `seed()`'s objects) plus real client-node
 * clients before each test. Read the returned context inside tests only.
 */
export function useMswEmulator(
  options: { cluster?: string; baseUrl?: string; seed?: () => object[] } = {},
): MswEmulatorContext {
  const name = options.cluster ?? 'silver';
  const baseUrl = options.baseUrl ?? `https://${name}.k8s.test`;
  const server = setupServer();
  const ctx = {} as MswEmulatorContext;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    ctx.emulator = new KubernetesApiEmulator();
    server.resetHandlers(...ctx.emulator.mswHandlers({ [name]: baseUrl }));
    ctx.cluster = ctx.emulator.cluster(name);
    ctx.cluster.seed(options.seed?.() ?? []);
    ctx.kc = kubeConfigFor(baseUrl);
    ctx.core = ctx.kc.makeApiClient(k8s.CoreV1Api);
    ctx.custom = ctx.kc.makeApiClient(k8s.CustomObjectsApi);
  });
  return ctx;
}
