import type { KubernetesObject } from '@internal/plugin-porter-common';

/** Objects of one kind by namespace and name, as a reflector keeps them. */
export class ObjectStore {
  private byNamespace = new Map<string, Map<string, KubernetesObject>>();

  get(
    namespace: string | undefined,
    name: string,
  ): KubernetesObject | undefined {
    return this.byNamespace.get(namespace ?? '')?.get(name);
  }

  /** The objects in one namespace. */
  inNamespace(namespace: string): Iterable<KubernetesObject> {
    return this.byNamespace.get(namespace)?.values() ?? [];
  }

  *all(): Iterable<KubernetesObject> {
    for (const objects of this.byNamespace.values()) yield* objects.values();
  }

  get size(): number {
    let n = 0;
    for (const objects of this.byNamespace.values()) n += objects.size;
    return n;
  }

  put(object: KubernetesObject): void {
    const namespace = object.metadata.namespace ?? '';
    let objects = this.byNamespace.get(namespace);
    if (!objects) {
      objects = new Map();
      this.byNamespace.set(namespace, objects);
    }
    objects.set(object.metadata.name, object);
  }

  delete(object: KubernetesObject): void {
    const namespace = object.metadata.namespace ?? '';
    const objects = this.byNamespace.get(namespace);
    objects?.delete(object.metadata.name);
    if (objects?.size === 0) this.byNamespace.delete(namespace);
  }

  /**
   * Replaces everything (after the whole state was read again); returns
   * what changed meanwhile as [before, after] pairs: new or changed objects
   * (by resourceVersion), then removed ones.
   */
  replace(
    objects: KubernetesObject[],
  ): Array<[KubernetesObject | undefined, KubernetesObject | undefined]> {
    const previous = this.byNamespace;
    this.byNamespace = new Map();
    for (const object of objects) this.put(object);
    const changes: Array<
      [KubernetesObject | undefined, KubernetesObject | undefined]
    > = [];
    for (const object of objects) {
      const namespace = previous.get(object.metadata.namespace ?? '');
      const before = namespace?.get(object.metadata.name);
      namespace?.delete(object.metadata.name);
      if (before?.metadata.resourceVersion !== object.metadata.resourceVersion)
        changes.push([before, object]);
    }
    for (const namespace of previous.values())
      for (const gone of namespace.values()) changes.push([gone, undefined]);
    return changes;
  }
}
