import type { KubernetesObject } from '@internal/plugin-porter-common';
import { ClusterView, Feed, ViewChangeListener } from './ClusterView';
import type { ListWatchSource } from './ListWatchSource';

/**
 * The views of every cluster Porter manages, started with the backend and
 * stopped with it. Each replica keeps its own (views are caches; the
 * database and the clusters are the truth).
 */
export class ClusterViews {
  private readonly views = new Map<string, ClusterView>();

  constructor(
    sources: Map<string, ListWatchSource>,
    feeds: Feed[],
    options: {
      backoff?: { initialMs: number; maxMs: number };
      connectTimeoutMs?: number;
    } = {},
  ) {
    for (const [cluster, source] of sources) {
      this.views.set(
        cluster,
        new ClusterView({ cluster, source, feeds, ...options }),
      );
    }
  }

  get(cluster: string): ClusterView | undefined {
    return this.views.get(cluster);
  }

  start(): void {
    for (const view of this.views.values()) view.start();
  }

  stop(): void {
    for (const view of this.views.values()) view.stop();
  }

  /** Every change any view sees (after the fact); returns an unsubscribe function. */
  onChange(listener: ViewChangeListener): () => void {
    const offs = [...this.views.values()].map(v => v.onChange(listener));
    return () => offs.forEach(off => off());
  }
}

/** Whether an object carries all of these labels with these values. */
export function hasLabels(
  object: KubernetesObject,
  labels: Record<string, string>,
): boolean {
  const have = object.metadata.labels ?? {};
  return Object.entries(labels).every(([k, v]) => have[k] === v);
}
