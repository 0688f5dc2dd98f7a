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
  private revision = 0;
  readonly allocator: Allocator = createAllocator();

  constructor(private readonly onListenerError?: (error: unknown) => void) {
    for (const type of RESOURCE_TYPES) this.objects.set(type, new Map());
  }

  /** The cluster's latest resourceVersion, as lists report it. */
  get resourceVersion(): string {
    return String(this.revision);
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
    const existed = this.bucket(type).has(k);
    const stored = structuredClone(object);
    stored.metadata.resourceVersion = String(++this.revision);
    this.bucket(type).set(k, stored);
    this.emit(existed ? 'MODIFIED' : 'ADDED', stored);
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
    found.metadata.resourceVersion = String(++this.revision);
    this.emit('DELETED', found);
    return structuredClone(found);
  }

  onChange(listener: WatchListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(type: WatchEventType, object: KubeObject) {
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
