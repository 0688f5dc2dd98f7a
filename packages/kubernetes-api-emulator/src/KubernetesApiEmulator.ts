import type { HttpHandler } from 'msw';
import {
  EmulatedCluster,
  EmulatorRequest,
  EmulatorResponse,
} from './cluster/EmulatedCluster';
import { createMswHandlers } from './transports/msw';
import {
  EmulatorServer,
  ListenOptions,
  startHttpServer,
} from './transports/httpServer';

export interface KubernetesApiEmulatorOptions {
  /** Clusters to create up front; others are created on first use. */
  clusters?: Array<string | { name: string; token?: string }>;
  /** Called when an onChange listener throws (the request still succeeds). */
  onListenerError?: (error: unknown) => void;
  /** Per cluster: changes kept for watches from an older resourceVersion (default 1000). */
  watchHistoryLimit?: number;
  /**
   * Whether EndpointSlices follow Services and pods, as a real cluster's
   * controller manager keeps them (default true). Off for tests that count
   * every change.
   */
  endpointSliceController?: boolean;
  /**
   * Per cluster: whether watches serve streaming lists (`sendInitialEvents`,
   * KEP-3157), like a server with the WatchList feature gate on (default
   * true: Kubernetes 1.32, 1.34 and later), or refuse them with 422, like
   * 1.33 by default. Changeable later per cluster: `watchSettings.watchList`.
   */
  watchList?: boolean;
}

/**
 * An EMULATOR of the Kubernetes API subset Porter uses, for tests and the
 * local sandbox where no real API server can run. Several named clusters,
 * each reachable through msw handlers (unit tests) or a loopback HTTP server
 * (integration tests, sandbox). Not a cluster: nothing is scheduled or run.
 */
export class KubernetesApiEmulator {
  private readonly clusters = new Map<string, EmulatedCluster>();

  constructor(private readonly options: KubernetesApiEmulatorOptions = {}) {
    for (const entry of options.clusters ?? []) {
      const { name, token } =
        typeof entry === 'string' ? { name: entry, token: undefined } : entry;
      this.clusters.set(
        name,
        new EmulatedCluster(name, {
          token,
          onListenerError: options.onListenerError,
          endpointSliceController: options.endpointSliceController,
          watchHistoryLimit: options.watchHistoryLimit,
          watchList: options.watchList,
        }),
      );
    }
  }

  /** The named cluster, created (empty, no token) on first use. */
  cluster(name: string): EmulatedCluster {
    let found = this.clusters.get(name);
    if (!found) {
      found = new EmulatedCluster(name, {
        onListenerError: this.options.onListenerError,
        endpointSliceController: this.options.endpointSliceController,
        watchHistoryLimit: this.options.watchHistoryLimit,
        watchList: this.options.watchList,
      });
      this.clusters.set(name, found);
    }
    return found;
  }

  get clusterNames(): string[] {
    return [...this.clusters.keys()];
  }

  /**
   * Serves one request for a cluster, independent of any transport. Rejects
   * with ClusterDownError while that cluster's `faults.down` is set.
   */
  handle(cluster: string, req: EmulatorRequest): Promise<EmulatorResponse> {
    return this.cluster(cluster).serve(req);
  }

  /** msw handlers answering for each cluster at its base URL. */
  mswHandlers(baseUrls: Record<string, string>): HttpHandler[] {
    return createMswHandlers(
      (cluster, req) => this.handle(cluster, req),
      baseUrls,
    );
  }

  /**
   * Serves one cluster on loopback (port 0: a free port): HTTPS with
   * `options.tls` (see createEmulatorCertificates), plain HTTP without.
   */
  listen(
    cluster: string,
    options: ListenOptions = {},
  ): Promise<EmulatorServer> {
    return startHttpServer(req => this.handle(cluster, req), options);
  }
}
