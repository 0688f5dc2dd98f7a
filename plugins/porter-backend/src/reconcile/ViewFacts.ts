import { ENDPOINT_SLICE, SERVICE } from '../clusters/kinds';
import type { ClusterViews } from '../clusters/watch/ClusterViews';
import { readyEndpoints } from '../clusters/watch/feeds';
import type { Service } from '../planning/kubernetesTypes';
import type { TargetFacts } from './sideStatus';

/**
 * What a sync knows of each cluster, read from the cluster views (no API
 * calls): the target Services and how many of their endpoints are ready. A
 * cluster whose view is not in sync within the timeout is unreachable for
 * this sync, and its sides say why.
 */
export class ViewFacts {
  readonly unreachable = new Map<string, string>();

  constructor(
    private readonly views: ClusterViews,
    private readonly timeoutMs: number,
  ) {}

  /** Waits, at most the timeout, for each cluster's view to be in sync. */
  async prepare(clusters: Iterable<string>): Promise<void> {
    await Promise.all(
      [...new Set(clusters)].map(async cluster => {
        const view = this.views.get(cluster);
        if (!view) {
          this.markUnreachable(
            cluster,
            new Error(`Cluster '${cluster}' has no connection configured`),
          );
        } else if (!(await view.whenSynced(this.timeoutMs))) {
          this.markUnreachable(cluster, new Error(view.unavailable));
        }
      }),
    );
  }

  /** The target's facts, or undefined when its cluster is unreachable. */
  target(
    cluster: string,
    namespace: string,
    service: string,
  ): TargetFacts | undefined {
    const view = this.views.get(cluster);
    if (!view || this.unreachable.has(cluster)) return undefined;
    return {
      service: view.get(SERVICE, namespace, service) as Service | undefined,
      endpoints: readyEndpoints(view.list(ENDPOINT_SLICE, namespace), service),
    };
  }

  markUnreachable(cluster: string, error: Error) {
    if (!this.unreachable.has(cluster)) {
      this.unreachable.set(
        cluster,
        `${error.message}. Porter keeps the claim and retries on the next reconcile.`,
      );
    }
  }
}
