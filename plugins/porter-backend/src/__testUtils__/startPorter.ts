import {
  mockServices,
  ServiceMock,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AuditorService,
  coreServices,
  createServiceFactory,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import type { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { porterFeeds } from '../clusters/watch/feeds';
import { porterPlugin } from '../plugin';
import { SyncQueue } from '../service/SyncQueue';
import {
  OWNERSHIP,
  ownerOnlyPermissions,
  testEntities,
  testPorterConfig,
} from './fixtures';
import { seedSandboxFixtures } from './sandboxFixtures';
import { testRbac } from './testRbac';

const CLUSTERS = ['silver', 'gold', 'golddr'];

/**
 * A test backend with the porter plugin, a catalog of test entities, the
 * owner-only policy, and the three clusters served by the Kubernetes API
 * emulator over loopback HTTP, reached through the real client.
 *
 * @alpha
 */
export async function startPorter(
  options: {
    knex?: Knex;
    porterConfig?: object;
    seed?: (emulator: KubernetesApiEmulator) => void;
    /** Catalog entities instead of the test entities. */
    entities?: Entity[];
    /**
     * Clusters shared with an earlier (or another) portal, as they were left;
     * then nothing is seeded but the test RBAC.
     */
    emulator?: KubernetesApiEmulator;
  } = {},
) {
  const emulator =
    options.emulator ??
    new KubernetesApiEmulator({
      clusters: CLUSTERS.map(name => ({ name, token: `${name}-token` })),
    });
  if (!options.emulator) {
    // The sandbox's clusters (examples/sandbox) unless a test seeds its own.
    (options.seed ?? seedSandboxFixtures)(emulator);
  }
  // The test users' RBAC, so the clusters let them write where their teams work.
  for (const name of CLUSTERS) emulator.cluster(name).seed(testRbac(name));
  const servers = await Promise.all(
    CLUSTERS.map(name => emulator.listen(name, { host: '127.0.0.1', port: 0 })),
  );

  const auditor: ServiceMock<AuditorService> = mockServices.auditor.mock();
  const auditEvents: Array<{
    eventId: string;
    outcome: 'success' | 'fail';
    meta?: any;
  }> = [];
  auditor.createEvent.mockImplementation(async ({ eventId, meta }) => ({
    success: async outcome => {
      auditEvents.push({
        eventId,
        outcome: 'success',
        meta: { ...meta, ...outcome?.meta },
      });
    },
    fail: async outcome => {
      auditEvents.push({
        eventId,
        outcome: 'fail',
        meta: { ...meta, ...outcome?.meta },
      });
    },
  }));
  // The reconciler runs when a test says so, not on a timer.
  const tasks: SchedulerServiceTaskInvocationDefinition[] = [];
  const triggered: string[] = [];
  const scheduler = mockServices.scheduler.mock({
    scheduleTask: async task => {
      tasks.push(task);
    },
    // Passes asked for by drift are counted; the test runs passes itself.
    triggerTask: async id => {
      triggered.push(id);
    },
  });
  const porterConfig: any = options.porterConfig ?? testPorterConfig;
  // The clusters Porter manages, and so watches.
  const watched = CLUSTERS.filter(name => porterConfig.clusters?.[name]);

  const backend = await startTestBackend({
    features: [
      porterPlugin,
      mockServices.rootConfig.factory({
        data: {
          porter: {
            ...porterConfig,
            // A watch that failed (an injected fault) comes back within a test's patience.
            reconcile: {
              intervalSeconds: 60,
              watchRetryMaxMs: 200,
              ...porterConfig.reconcile,
            },
          },
          kubernetes: {
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: CLUSTERS.map((name, i) => ({
                  name,
                  url: servers[i].url,
                  authProvider: 'serviceAccount',
                  serviceAccountToken: `${name}-token`,
                  skipTLSVerify: true,
                })),
              },
            ],
          },
        },
      }),
      catalogServiceMock.factory({
        entities: options.entities ?? testEntities,
      }),
      // Sign-in's ownership refs (user and groups), which become cluster groups.
      createServiceFactory({
        service: coreServices.userInfo,
        deps: {},
        factory: () => ({
          getUserInfo: async (credentials: any) => ({
            userEntityRef: credentials.principal.userEntityRef,
            ownershipEntityRefs: OWNERSHIP[
              credentials.principal.userEntityRef
            ] ?? [credentials.principal.userEntityRef],
          }),
        }),
      }),
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () => ownerOnlyPermissions(),
      }),
      auditor.factory,
      scheduler.factory,
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
    ],
  });
  // Porter has read the clusters before the test starts, as a portal that is up has.
  await settleWatches(emulator, watched);
  return {
    server: backend.server,
    emulator,
    auditEvents,
    /** Passes that changes seen in the clusters asked the scheduler for. */
    triggered,
    /**
     * One reconciler pass, as the scheduler would run it, once Porter's
     * views of the clusters have caught up with what the test changed in
     * them (the watches are open and their events delivered).
     */
    reconcile: async (how: { settle?: boolean } = {}) => {
      const task = tasks.find(t => t.id === 'porter-reconcile');
      if (!task) throw new Error('porter-reconcile was not scheduled');
      if (how.settle !== false) await settleWatches(emulator, watched);
      await task.fn(new AbortController().signal as any);
    },
    /**
     * Waits for the cluster writes that follow the changes answered so far
     * (Porter answers once a change is stored, then writes to the clusters).
     */
    synced: () => SyncQueue.allIdle(),
    stop: async () => {
      await backend.stop();
      await Promise.all(servers.map(s => s.close()));
    },
  };
}

/** Kinds Porter watches per cluster (clusters/watch/feeds.ts). */
const WATCHED_KINDS = porterFeeds('').length;

/**
 * Waits until every reachable emulated cluster has all of Porter's watches
 * open, then a moment for events already sent to be handled: the emulator
 * writes an event to the watch the moment it changes, and Porter's view
 * applies it when it arrives.
 */
export async function settleWatches(
  emulator: KubernetesApiEmulator,
  clusters: string[],
): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const waiting = clusters.filter(name => {
      const cluster = emulator.cluster(name);
      return !cluster.faults.down && cluster.openWatchCount < WATCHED_KINDS;
    });
    if (waiting.length === 0 || Date.now() > deadline) break;
    await new Promise(r => setTimeout(r, 20));
  }
  await new Promise(r => setTimeout(r, 50));
}
