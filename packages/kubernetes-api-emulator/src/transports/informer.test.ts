import * as k8s from '@kubernetes/client-node';
import { setupServer } from 'msw/node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { kubeConfigFor, service } from '../__testUtils__/clientNode';
import { eventually } from '../__testUtils__/tcp';
import { createEmulatorCertificates } from '../tls/certificates';

/**
 * The real client-node informer (makeInformer: list, then watch from the
 * list's resourceVersion) against the emulator, over each transport: plain
 * HTTP and HTTPS on loopback, and msw.
 */
type Transport = 'http' | 'https' | 'msw';

// Deadlines only, never asserted: a busy machine may be slow.
jest.setTimeout(30_000);

const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => msw.close());

async function connect(emulator: KubernetesApiEmulator, transport: Transport) {
  if (transport === 'msw') {
    const baseUrl = 'https://silver.k8s.test';
    msw.resetHandlers(...emulator.mswHandlers({ silver: baseUrl }));
    return { kc: kubeConfigFor(baseUrl, 't'), close: async () => {} };
  }
  if (transport === 'http') {
    const front = await emulator.listen('silver');
    return { kc: kubeConfigFor(front.url, 't'), close: front.close };
  }
  const certs = await createEmulatorCertificates();
  const front = await emulator.listen('silver', { tls: certs.server });
  const kc = new k8s.KubeConfig();
  // Verified against the emulator's CA: no skipTLSVerify.
  kc.loadFromOptions({
    clusters: [
      {
        name: 'silver',
        server: front.url,
        caData: Buffer.from(certs.ca.cert).toString('base64'),
      },
    ],
    users: [{ name: 'u', token: 't' }],
    contexts: [{ name: 'c', cluster: 'silver', user: 'u' }],
    currentContext: 'c',
  });
  return { kc, close: front.close };
}

describe.each<Transport>(['http', 'https', 'msw'])(
  'informer over %s',
  transport => {
    let emulator: KubernetesApiEmulator;
    let informer: k8s.Informer<k8s.V1Service> & k8s.ObjectCache<k8s.V1Service>;
    let close: () => Promise<void>;
    let core: k8s.CoreV1Api;
    let seen: string[];
    let errors: unknown[];
    let restartOnError: boolean;
    let aborts: number;

    const names = () =>
      informer
        .list('a1-dev')
        .map(s => s.metadata!.name)
        .sort()
        .join(',');
    const until = (what: string, check: () => boolean) =>
      eventually(() => (check() ? true : undefined), what, 15_000);

    beforeEach(async () => {
      emulator = new KubernetesApiEmulator({
        clusters: [{ name: 'silver', token: 't' }],
      });
      emulator
        .cluster('silver')
        .seed([
          service('a1-dev', 'web', { team: 'a' }),
          service('a1-dev', 'not-ours', { team: 'b' }),
        ]);
      const connected = await connect(emulator, transport);
      close = connected.close;
      core = connected.kc.makeApiClient(k8s.CoreV1Api);
      seen = [];
      errors = [];
      restartOnError = true;
      aborts = 0;
      informer = k8s.makeInformer(
        connected.kc,
        '/api/v1/namespaces/a1-dev/services',
        () =>
          core.listNamespacedService({
            namespace: 'a1-dev',
            labelSelector: 'team=a',
          }),
        'team=a',
      );
      informer.on('add', s => seen.push(`add ${s.metadata!.name}`));
      informer.on('update', s => seen.push(`update ${s.metadata!.name}`));
      informer.on('delete', s => seen.push(`delete ${s.metadata!.name}`));
      // client-node's informer stops on an error; the documented remedy is to
      // start it again. Its own stop() also reports an AbortError: not ours.
      informer.on('error', (error: any) => {
        if (error?.name === 'AbortError') {
          aborts++;
          return;
        }
        errors.push(error);
        if (restartOnError) setTimeout(() => informer.start(), 20);
      });
      await informer.start();
    });

    afterEach(async () => {
      restartOnError = false;
      await informer.stop();
      await close();
    });

    it('sees adds, updates and deletes of the label-selected objects only', async () => {
      expect(seen).toEqual(['add web']);
      await core.createNamespacedService({
        namespace: 'a1-dev',
        body: service('a1-dev', 'api', { team: 'a' }),
      });
      await core.createNamespacedService({
        namespace: 'a1-dev',
        body: service('a1-dev', 'theirs', { team: 'b' }),
      });
      await core.patchNamespacedService(
        {
          name: 'web',
          namespace: 'a1-dev',
          body: { metadata: { annotations: { note: 'edited' } } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      await core.deleteNamespacedService({ name: 'api', namespace: 'a1-dev' });
      await until('the delete', () => seen.includes('delete api'));
      expect(seen).toEqual(['add web', 'add api', 'update web', 'delete api']);
      expect(informer.get('web', 'a1-dev')!.metadata!.annotations).toEqual({
        note: 'edited',
      });
      expect(names()).toBe('web');
    });

    it('relists after a 410 for a resourceVersion older than the kept history', async () => {
      const cluster = emulator.cluster('silver');
      await informer.stop();
      // client-node reports its own abort later, and that report would cut a
      // watch started meanwhile: wait for it.
      await until('the stop', () => aborts > 0);
      cluster.seed([service('a1-dev', 'while-away', { team: 'a' })]);
      cluster.remove('services', 'a1-dev', 'web');
      cluster.compact();
      cluster.clearRequests();
      await informer.start();
      await until('the relist', () => names() === 'while-away');
      await until(
        'the new watch',
        () => cluster.requests.filter(r => r.watch).length >= 2,
      );
      // client-node applies a relist's deletions before its additions
      expect(seen).toEqual(['add web', 'delete web', 'add while-away']);
      // a watch (answered with ERROR 410), the relist, and a watch from the list's version
      expect(
        cluster.requests
          .slice(0, 3)
          .map(r => `${r.watch ? 'watch' : 'list'} ${r.status}`),
      ).toEqual(['watch 200', 'list 200', 'watch 200']);
      expect(errors).toEqual([]);
    });

    it('reconnects after its watch is dropped, and sees what changed meanwhile', async () => {
      const cluster = emulator.cluster('silver');
      await until('the watch', () => cluster.openWatchCount === 1);
      cluster.faults.refuseWatches(60_000);
      expect(cluster.faults.dropWatches()).toBe(1);
      cluster.seed([service('a1-dev', 'meanwhile', { team: 'a' })]);
      await until('a refused watch', () =>
        errors.some((e: any) => e.statusCode === 503),
      );
      expect(cluster.openWatchCount).toBe(0);
      cluster.faults.reset();
      await until('the reconnect', () => seen.includes('add meanwhile'));
      await until('the watch', () => cluster.openWatchCount === 1);
      cluster.seed([service('a1-dev', 'after', { team: 'a' })]);
      await until('a live event', () => seen.includes('add after'));
      expect(names()).toBe('after,meanwhile,web');
    });
  },
);
