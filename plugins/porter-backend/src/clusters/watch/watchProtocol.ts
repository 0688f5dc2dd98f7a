import type { KubernetesObject } from '@internal/plugin-porter-common';
import type { WatchEvent } from './ListWatchSource';

/* What a reflector needs to know of the API server's list and watch protocol. */

export const GONE = 410;
/** How a server says it does not serve a streaming list (bad or invalid parameters). */
export const REFUSED = new Set([400, 422]);
/** The annotation of the bookmark that ends a streaming list's initial events. */
export const INITIAL_EVENTS_END = 'k8s.io/initial-events-end';

export const keyOf = (o: KubernetesObject) =>
  `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * Whether `a` is a later version of the object than `b`. resourceVersions
 * are opaque to clients, but every API server hands out etcd revisions,
 * which only grow; a version that is not a number is never called newer.
 */
export function isNewer(a: KubernetesObject, b: KubernetesObject): boolean {
  const va = String(a.metadata.resourceVersion ?? '');
  const vb = String(b.metadata.resourceVersion ?? '');
  if (!/^\d+$/.test(va) || !/^\d+$/.test(vb)) return false;
  return BigInt(va) > BigInt(vb);
}

export function isInitialEventsEnd(event: WatchEvent): boolean {
  return (
    event.type === 'BOOKMARK' &&
    event.object?.metadata?.annotations?.[INITIAL_EVENTS_END] === 'true'
  );
}

export function statusCode(error: unknown): number | undefined {
  const e = error as { statusCode?: number; code?: unknown };
  if (typeof e?.statusCode === 'number') return e.statusCode;
  return typeof e?.code === 'number' ? e.code : undefined;
}

/**
 * The objects a streaming list sends before the bookmark that ends them:
 * kept aside, so the view changes only once the whole state is in.
 */
export class InitialEvents {
  private readonly objects = new Map<string, KubernetesObject>();

  constructor(
    private readonly trim: (object: KubernetesObject) => KubernetesObject,
  ) {}

  /** Takes one event; returns the state and its version once the end bookmark arrives. */
  take(
    event: WatchEvent,
  ): { items: KubernetesObject[]; resourceVersion: string } | undefined {
    if (isInitialEventsEnd(event)) {
      return {
        items: [...this.objects.values()],
        resourceVersion: event.object?.metadata?.resourceVersion ?? '',
      };
    }
    if (event.type === 'DELETED') this.objects.delete(keyOf(event.object));
    else if (event.type !== 'BOOKMARK')
      this.objects.set(keyOf(event.object), this.trim(event.object));
    return undefined;
  }
}
