import type { KubernetesObject } from '@internal/plugin-porter-common';
import { Kind, kindKey, KindRef } from '../kinds';
import type { ListWatchSource } from './ListWatchSource';
import { Reflector } from './Reflector';

/** One kind Porter keeps in view, optionally narrowed by a label selector. */
export interface Feed {
  kind: Kind;
  labelSelector?: string;
  trim?: (object: KubernetesObject) => KubernetesObject;
}

export type ViewChangeListener = (
  cluster: string,
  before: KubernetesObject | undefined,
  after: KubernetesObject | undefined,
) => void;

/**
 * What Porter knows of one cluster: a reflector (list + watch) per feed.
 * Reads (a sync's facts and Porter's own objects) come from here; only
 * writes go to the API. While a feed is not in sync, `unavailable` says why,
 * and the cluster's sides are Degraded exactly as when it cannot be reached.
 */
export class ClusterView {
  private readonly reflectors = new Map<string, Reflector>();
  private readonly listeners = new Set<ViewChangeListener>();
  private readonly waiters = new Set<() => void>();

  readonly cluster: string;

  constructor(options: {
    cluster: string;
    /** Where the reflectors list and watch: the cluster's client. */
    source: ListWatchSource;
    feeds: Feed[];
    backoff?: { initialMs: number; maxMs: number };
    connectTimeoutMs?: number;
  }) {
    const { cluster, source, feeds } = options;
    this.cluster = cluster;
    for (const feed of feeds) {
      this.reflectors.set(
        kindKey(feed.kind),
        new Reflector({
          ...feed,
          source,
          backoff: options.backoff,
          connectTimeoutMs: options.connectTimeoutMs,
          onChange: (before, after) => {
            for (const listener of this.listeners)
              listener(cluster, before, after);
          },
          onState: () => this.wake(),
        }),
      );
    }
  }

  start(): void {
    for (const reflector of this.reflectors.values()) reflector.start();
  }

  stop(): void {
    for (const reflector of this.reflectors.values()) reflector.stop();
    this.wake();
  }

  /** Why the view cannot be trusted now, or undefined when every feed is in sync. */
  get unavailable(): string | undefined {
    const failed = [...this.reflectors.values()].filter(r => r.error);
    if (failed.length > 0) {
      const first = failed[0].error!;
      const kinds = failed.map(r => r.kind.kind).join(', ');
      return (
        `Cluster '${this.cluster}' is unavailable: watching ${kinds} has failed since ` +
        `${first.since.toISOString()} (${first.message})`
      );
    }
    const syncing = [...this.reflectors.values()].filter(r => !r.synced);
    if (syncing.length > 0) {
      return `Cluster '${
        this.cluster
      }' is unavailable: Porter is still reading its ${syncing
        .map(r => r.kind.kind)
        .join(', ')}`;
    }
    return undefined;
  }

  /**
   * Resolves when every feed is in sync (true), when one has failed (false:
   * a cluster that is down is not waited for), or after `timeoutMs` of first
   * reading (false).
   */
  async whenSynced(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.unavailable) {
      if ([...this.reflectors.values()].some(r => r.error)) return false;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>(resolve => {
        const timer = setTimeout(done, Math.min(left, 250));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
    return true;
  }

  /** Every object of a kind in view (for a label-selected feed: the matching ones). */
  list(kind: Kind, namespace?: string): KubernetesObject[] {
    const store = this.feed(kind).store;
    return [...(namespace ? store.inNamespace(namespace) : store.all())];
  }

  get(kind: Kind, namespace: string, name: string) {
    return this.feed(kind).store.get(namespace, name);
  }

  /** Porter's own write, seen at once (the watch confirms it shortly after). */
  record(
    kind: KindRef,
    written: KubernetesObject | undefined,
    removed?: KubernetesObject,
  ) {
    this.reflectors.get(kindKey(kind))?.record(written, removed);
  }

  onChange(listener: ViewChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private feed(kind: Kind): Reflector {
    const reflector = this.reflectors.get(kindKey(kind));
    if (!reflector) {
      throw new Error(
        `Porter does not keep ${kind.kind} of cluster '${this.cluster}' in view`,
      );
    }
    return reflector;
  }

  private wake() {
    for (const waiter of [...this.waiters]) {
      this.waiters.delete(waiter);
      waiter();
    }
  }
}
