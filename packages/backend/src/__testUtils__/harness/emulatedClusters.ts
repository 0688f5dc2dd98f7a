import {
  ClusterDownError,
  EmulatorRequest,
  EmulatorResponse,
  EmulatorServer,
  KubernetesApiEmulator,
} from '@internal/kubernetes-api-emulator';
import { RequestCounter } from './RequestCounter';

export const CLUSTERS = ['silver', 'gold', 'golddr'] as const;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The emulator, counting every request each cluster is sent (see RequestCounter). */
export class CountingEmulator extends KubernetesApiEmulator {
  readonly counter = new RequestCounter(this);

  override async handle(
    cluster: string,
    req: EmulatorRequest,
  ): Promise<EmulatorResponse> {
    const url = new URL(req.url, 'http://emulator.invalid');
    const method = req.method.toUpperCase();
    const watch = ['1', 'true'].includes(url.searchParams.get('watch') ?? '');
    const record = (status: number) =>
      this.counter.record({
        cluster,
        method,
        path: url.pathname,
        watch,
        status,
        object: WRITES.has(method) ? objectPath(method, url, req) : undefined,
      });
    try {
      const response = await super.handle(cluster, req);
      record(response.status);
      return response;
    } catch (error) {
      if (error instanceof ClusterDownError) record(0);
      throw error;
    }
  }
}

/** A write's object: its path, or for a create the collection path and the name in the body. */
function objectPath(method: string, url: URL, req: EmulatorRequest): string {
  const path = url.pathname.replace(/\/status$/, '');
  if (method !== 'POST') return path;
  try {
    return `${path}/${JSON.parse(req.body ?? '{}').metadata?.name}`;
  } catch {
    return path;
  }
}

export interface EmulatedClusters {
  emulator: CountingEmulator;
  counter: RequestCounter;
  /** API server URL per cluster (plain HTTP on loopback). */
  urls: Record<string, string>;
  /** Bearer token per cluster. */
  tokens: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts the three emulated clusters on loopback (free ports), each
 * requiring its own token, in this process, so that a harness can count,
 * seed, inspect and break them while the backend runs as another process.
 */
export async function startEmulatedClusters(): Promise<EmulatedClusters> {
  const tokens = Object.fromEntries(CLUSTERS.map(c => [c, `${c}-token`]));
  const emulator = new CountingEmulator({
    clusters: CLUSTERS.map(name => ({ name, token: tokens[name] })),
  });
  const servers: EmulatorServer[] = [];
  for (const name of CLUSTERS) {
    servers.push(await emulator.listen(name, { host: '127.0.0.1', port: 0 }));
  }
  return {
    emulator,
    counter: emulator.counter,
    urls: Object.fromEntries(CLUSTERS.map((c, i) => [c, servers[i].url])),
    tokens,
    stop: async () => {
      await Promise.all(servers.map(s => s.close()));
    },
  };
}

/**
 * Plays the load-balancer controller's part that Porter reads back: every
 * TransportServer gets `status: Ok` with its VIP, as F5 CIS reports it. No
 * listener is opened (the sandbox's stand-in does that), so suites can run
 * side by side without binding VIPs. Direct writes: not counted as API calls.
 */
export function reportTransportServersOk(
  emulator: KubernetesApiEmulator,
): () => void {
  const stops = CLUSTERS.map(clusterName => {
    const cluster = emulator.cluster(clusterName);
    const reported = (ts: any) =>
      ts.status?.status === 'Ok' &&
      ts.status?.vsAddress === ts.spec?.virtualServerAddress;
    return cluster.onChange(event => {
      const { namespace, name } = event.object.metadata;
      if (
        event.type === 'DELETED' ||
        event.object.kind !== 'TransportServer' ||
        reported(event.object)
      )
        return;
      // After the write that announced it has finished.
      setImmediate(() => {
        const current = cluster.get('transportservers', namespace, name);
        if (!current || reported(current)) return;
        cluster.update('transportservers', namespace, name, obj => {
          obj.status = {
            status: 'Ok',
            vsAddress: obj.spec?.virtualServerAddress,
            lastUpdated: new Date().toISOString(),
          };
        });
      });
    });
  });
  return () => stops.forEach(stop => stop());
}
