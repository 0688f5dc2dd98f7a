import { isPlainObject } from '../api/json';
import { prepareCreate, prepareUpdate } from '../api/objectLifecycle';
import { resourceTypeNamed, resourceTypeOf } from '../api/resources';
import type { ObjectStore } from './ObjectStore';

const NAMESPACES = resourceTypeNamed('namespaces');

/**
 * Create-or-replace, bypassing the API (no faults, no log), as if the objects
 * had been there all along: server metadata and defaults are set, the given
 * status is kept, missing namespaces are created. Fixtures may pin uid and
 * creationTimestamp (owner references and ages need them).
 */
export function seedObjects(store: ObjectStore, objects: object[]): void {
  for (const raw of objects) {
    const object = raw as Record<string, any>;
    const type = resourceTypeOf(object);
    if (!type) {
      throw new Error(
        `Cannot seed ${object.apiVersion}/${object.kind}: the Kubernetes API emulator does not serve it`,
      );
    }
    if (type.handlers) {
      throw new Error(
        `Cannot seed ${object.apiVersion}/${object.kind}: the Kubernetes API emulator computes it, nothing is stored`,
      );
    }
    const meta = isPlainObject(object.metadata) ? object.metadata : {};
    if (!meta.name) {
      throw new Error(`Cannot seed a ${type.kind} without metadata.name`);
    }
    const namespace = type.namespaced ? meta.namespace ?? 'default' : undefined;
    if (namespace && !store.get(NAMESPACES, undefined, namespace)) {
      seedObjects(store, [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
      ]);
    }
    const current = store.get(type, namespace, meta.name);
    if (current) {
      const { object: next, changed } = prepareUpdate(type, current, object, {
        allocator: store.allocator,
        scope: 'all',
      });
      if (changed) store.put(type, next);
      continue;
    }
    const created = prepareCreate(type, object, namespace, {
      allocator: store.allocator,
      keepStatus: true,
    });
    if (meta.uid) created.metadata.uid = meta.uid;
    if (meta.creationTimestamp) {
      created.metadata.creationTimestamp = meta.creationTimestamp;
    }
    store.put(type, created);
  }
}
