import type { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import type { EmulatedCluster } from '../cluster/EmulatedCluster';
import { deepEqual } from '../api/json';
import { kubeTimestamp } from '../api/objectLifecycle';
import { isLoopback, resolveSandboxBackend } from './sandboxBackend';
import { startTcpForwarder, TcpForwarder } from './tcpForwarder';

export interface StandInLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface LoadBalancerStandIn {
  /** Resolves when every change seen so far has been acted on. */
  idle(): Promise<void>;
  /** Stops watching and closes every listener. */
  stop(): Promise<void>;
}

interface VirtualServer {
  /** `address:port` listened on, if listening. */
  bind?: string;
  forwarder?: TcpForwarder;
  queue: Promise<void>;
}

/**
 * SANDBOX ONLY: a stand-in for the load-balancer controller (F5 CIS on the
 * platform). It watches TransportServers in emulated clusters and, for each,
 * opens a real TCP listener on its VIP:port that forwards to the sandbox
 * backend of the Service in spec.pool.service, then reports the outcome in
 * the TransportServer's status as CIS does (`Ok`, or `error` with a reason).
 */
export function startLoadBalancerStandIn(options: {
  emulator: KubernetesApiEmulator;
  clusters: string[];
  logger?: StandInLogger;
}): LoadBalancerStandIn {
  const log = options.logger;
  const servers = new Map<string, VirtualServer>();
  let stopped = false;

  /** Writes the status if it differs (our own write must not loop back); true if written. */
  const writeStatus = (
    cluster: EmulatedCluster,
    namespace: string,
    name: string,
    desired: Record<string, string>,
  ): boolean => {
    const ts = cluster.get('transportservers', namespace, name);
    if (!ts) return false;
    const { lastUpdated: _, ...have } = ts.status ?? {};
    if (deepEqual(have, desired)) return false;
    cluster.update('transportservers', namespace, name, obj => {
      obj.status = { ...desired, lastUpdated: kubeTimestamp() };
    });
    return true;
  };

  const close = async (vs: VirtualServer) => {
    const forwarder = vs.forwarder;
    vs.forwarder = undefined;
    vs.bind = undefined;
    await forwarder?.close();
  };

  const reconcile = async (
    cluster: EmulatedCluster,
    namespace: string,
    name: string,
    vs: VirtualServer,
  ) => {
    const key = `${cluster.name}/${namespace}/${name}`;
    const ts = stopped
      ? undefined
      : cluster.get('transportservers', namespace, name);
    if (!ts) {
      if (vs.bind) log?.info(`closed ${vs.bind} (TransportServer ${key} gone)`);
      // The entry stays (without a listener): a queued reconcile may follow.
      await close(vs);
      return;
    }
    const address = ts.spec?.virtualServerAddress;
    const port = ts.spec?.virtualServerPort;
    const fail = async (error: string) => {
      await close(vs);
      if (writeStatus(cluster, namespace, name, { status: 'error', error })) {
        log?.warn(`TransportServer ${key}: ${error}`);
      }
    };
    if (
      typeof address !== 'string' ||
      !Number.isInteger(port) ||
      port < 1 ||
      port > 65535
    ) {
      await fail(
        'spec.virtualServerAddress and spec.virtualServerPort (1-65535) are required',
      );
      return;
    }
    if (!isLoopback(address)) {
      await fail(
        `the sandbox load-balancer stand-in only opens loopback VIPs (127.0.0.0/8), not ${address}`,
      );
      return;
    }
    const backend = resolveSandboxBackend(
      cluster,
      namespace,
      ts.spec?.pool?.service,
    );
    if (typeof backend === 'string') {
      await fail(backend);
      return;
    }
    const bind = `${address}:${port}`;
    if (vs.bind !== bind) {
      await close(vs);
      try {
        vs.forwarder = await startTcpForwarder({
          address,
          port,
          // Looked up per connection, so backend edits apply at once.
          resolveBackend: () => {
            const now = cluster.get('transportservers', namespace, name);
            const b =
              now &&
              resolveSandboxBackend(
                cluster,
                namespace,
                now.spec?.pool?.service,
              );
            return b && typeof b !== 'string' ? b : undefined;
          },
        });
        vs.bind = bind;
        log?.info(
          `TransportServer ${key}: listening on ${bind}, forwarding to ${backend.host}:${backend.port}`,
        );
      } catch (error) {
        await fail(`cannot listen on ${bind}: ${(error as Error).message}`);
        return;
      }
    }
    writeStatus(cluster, namespace, name, { status: 'Ok', vsAddress: address });
  };

  const schedule = (
    cluster: EmulatedCluster,
    namespace: string,
    name: string,
  ) => {
    const key = `${cluster.name}/${namespace}/${name}`;
    let vs = servers.get(key);
    if (!vs) {
      vs = { queue: Promise.resolve() };
      servers.set(key, vs);
    }
    // One reconcile at a time per TransportServer, in event order.
    vs.queue = vs.queue
      .then(() => reconcile(cluster, namespace, name, vs!))
      .catch(error =>
        log?.warn(`TransportServer ${key}: ${(error as Error).message}`),
      );
  };

  const unsubscribers = options.clusters.map(clusterName => {
    const cluster = options.emulator.cluster(clusterName);
    const unsubscribe = cluster.onChange(({ object }) => {
      const namespace = object.metadata.namespace ?? '';
      if (object.kind === 'TransportServer') {
        schedule(cluster, namespace, object.metadata.name);
      } else if (object.kind === 'Service') {
        // A Service's backend appearing or changing can fix or break a VIP.
        for (const ts of cluster.list('transportservers', { namespace })) {
          if (ts.spec?.pool?.service === object.metadata.name) {
            schedule(cluster, namespace, ts.metadata.name);
          }
        }
      }
    });
    for (const ts of cluster.list('transportservers')) {
      schedule(cluster, ts.metadata.namespace, ts.metadata.name);
    }
    return unsubscribe;
  });

  const idle = async () => {
    // Reconciles can schedule more (status writes); wait until none are left.
    for (;;) {
      const queues = [...servers.values()].map(vs => vs.queue);
      await Promise.all(queues);
      const after = [...servers.values()].map(vs => vs.queue);
      const settled =
        after.length === queues.length &&
        after.every((q, i) => q === queues[i]);
      if (settled) return;
    }
  };

  return {
    idle,
    stop: async () => {
      stopped = true;
      for (const unsubscribe of unsubscribers) unsubscribe();
      await idle();
      await Promise.all([...servers.values()].map(close));
      servers.clear();
    },
  };
}
