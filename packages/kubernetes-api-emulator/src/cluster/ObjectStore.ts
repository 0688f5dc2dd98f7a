import { KubeObject } from '../api/objectLifecycle';
import { RESOURCE_TYPES, ResourceType } from '../api/resources';
import { Allocator, createAllocator } from '../api/serverDefaults';

/**
 * One emulated cluster's objects (what etcd holds for a real cluster), its
 * resourceVersion counter and its change feed. Everything handed in or out
 * is a copy, so callers can never edit stored state behind the server's back.
 */
export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export type WatchListener = (event: WatchEvent) => void;

/**
 * A change as the store records it for watches: its revision (the object's
 * new resourceVersion), the type, and the object before the change (for
 * MODIFIED and DELETED), which selector-filtered watches need.
 */
export interface StoreEvent {
  revision: number;
  type: WatchEventType;
  resource: ResourceType;
  object: KubeObject;
  previous?: KubeObject;
}

/** Events kept for watches from an older resourceVersion, unless told otherwise. */
export const DEFAULT_HISTORY_LIMIT = 1000;

/** A copy callers may keep and change (the type itself is shared, never copied). */
function copyEvent(e: StoreEvent): StoreEvent {
  return {
    revision: e.revision,
    type: e.type,
    resource: e.resource,
    object: structuredClone(e.object),
    ...(e.previous ? { previous: structuredClone(e.previous) } : {}),
  };
}

/** Byte order, like etcd keys (not locale order). */
const compareKeys = (a: string, b: string) => {
  if (a === b) return 0;
  return a < b ? -1 : 1;
};

const key = (namespace: string | undefined, name: string) =>
  `${namespace ?? ''}/${name}`;

export class ObjectStore {
  private readonly objects = new Map<ResourceType, Map<string, KubeObject>>();
  private readonly listeners = new Set<WatchListener>();
  private readonly subscribers = new Set<(event: StoreEvent) => void>();
  private revision = 0;
  /** Kept changes, oldest first: what etcd still has after compaction. */
  private history: StoreEvent[] = [];
  /** Every change up to this revision is gone from the history. */
  private compactedRevision = 0;
  private limit = DEFAULT_HISTORY_LIMIT;
  readonly allocator: Allocator = createAllocator();

  constructor(private readonly onListenerError?: (error: unknown) => void) {
    for (const type of RESOURCE_TYPES) this.objects.set(type, new Map());
  }

  /** How many changes are kept for watches that start from an older resourceVersion. */
  get historyLimit(): number {
    return this.limit;
  }

  set historyLimit(limit: number) {
    this.limit = Math.max(0, Math.floor(limit));
    this.trimHistory();
  }

  /** Forgets every change so far (etcd compaction): older watches get 410. */
  compact(): void {
    this.history = [];
    this.compactedRevision = this.revision;
  }

  /**
   * The kept changes after `revision`, oldest first, or `expired` (with the
   * oldest revision still watchable) when some of them are already forgotten.
   */
  changesAfter(
    revision: number,
  ): StoreEvent[] | { expired: true; oldest: number } {
    if (revision < this.compactedRevision) {
      return { expired: true, oldest: this.compactedRevision };
    }
    return this.history.filter(e => e.revision > revision).map(copyEvent);
  }

  /** Every change from now on, with its revision and previous object. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.subscribers.add(listener);
    return () => {
      this.subscribers.delete(listener);
    };
  }

  private trimHistory() {
    while (this.history.length > this.limit) {
      this.compactedRevision = this.history.shift()!.revision;
    }
    if (this.limit === 0) this.compactedRevision = this.revision;
  }

  /** The cluster's latest resourceVersion, as lists report it. */
  get resourceVersion(): string {
    return String(this.revision);
  }

  /** The stored type of an apiVersion and kind (for computed resources). */
  typeOf(apiVersion: string, kind: string): ResourceType | undefined {
    return [...this.objects.keys()].find(
      t => t.apiVersion === apiVersion && t.kind === kind,
    );
  }

  private bucket(type: ResourceType) {
    return this.objects.get(type)!;
  }

  get(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): KubeObject | undefined {
    const found = this.bucket(type).get(key(namespace, name));
    return found && structuredClone(found);
  }

  /** In etcd key order (namespace, then name), as a real list returns them. */
  list(type: ResourceType, namespace?: string): KubeObject[] {
    return [...this.bucket(type).entries()]
      .filter(
        ([, o]) =>
          namespace === undefined || o.metadata.namespace === namespace,
      )
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([, o]) => structuredClone(o));
  }

  /** Stores the object under a new resourceVersion and announces it. */
  put(type: ResourceType, object: KubeObject): KubeObject {
    const k = key(object.metadata.namespace, object.metadata.name);
    const previous = this.bucket(type).get(k);
    const stored = structuredClone(object);
    stored.metadata.resourceVersion = String(++this.revision);
    this.bucket(type).set(k, stored);
    this.emit(type, previous ? 'MODIFIED' : 'ADDED', stored, previous);
    return structuredClone(stored);
  }

  /**
   * Removes the object. Deleting a Namespace removes everything in it at once
   * (a real cluster finalizes asynchronously; the end state is the same).
   */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): KubeObject | undefined {
    const k = key(namespace, name);
    const found = this.bucket(type).get(k);
    if (!found) return undefined;
    if (type.plural === 'namespaces') {
      for (const t of RESOURCE_TYPES.filter(r => r.namespaced)) {
        for (const o of this.list(t, name))
          this.delete(t, name, o.metadata.name);
      }
    }
    this.bucket(type).delete(k);
    const previous = structuredClone(found);
    found.metadata.resourceVersion = String(++this.revision);
    this.emit(type, 'DELETED', found, previous);
    return structuredClone(found);
  }

  onChange(listener: WatchListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(
    resource: ResourceType,
    type: WatchEventType,
    object: KubeObject,
    previous?: KubeObject,
  ) {
    const event = copyEvent({
      revision: this.revision,
      type,
      resource,
      object,
      previous,
    });
    this.history.push(event);
    this.trimHistory();
    for (const subscriber of [...this.subscribers]) {
      try {
        subscriber(copyEvent(event));
      } catch (error) {
        this.onListenerError?.(error);
      }
    }
    for (const listener of [...this.listeners]) {
      try {
        listener({ type, object: structuredClone(object) });
      } catch (error) {
        // A faulty listener must not break the API request that caused the event.
        this.onListenerError?.(error);
      }
    }
  }
}
