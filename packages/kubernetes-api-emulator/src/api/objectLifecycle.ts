import { randomUUID } from 'node:crypto';
import { deepEqual, isPlainObject } from './json';
import { ResourceType } from './resources';
import { Allocator, applyServerDefaults } from './serverDefaults';

/**
 * What the API server does to an object's fields on create and update, apart
 * from storing it: server-owned metadata, generation, and the status rule of
 * types with a status subresource (main-resource writes keep `.status`,
 * `/status` writes change only `.status`).
 */
export type KubeObject = Record<string, any> & {
  apiVersion: string;
  kind: string;
  metadata: Record<string, any> & { name: string; namespace?: string };
};

/** RFC 3339 with second precision, as Kubernetes timestamps are written. */
export function kubeTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Metadata fields only the server sets; a client's values are ignored. */
const SERVER_OWNED = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'generation',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
];

function withoutServerOwned(metadata: Record<string, any>) {
  const copy = { ...metadata };
  for (const field of SERVER_OWNED) delete copy[field];
  return copy;
}

/** The part of an object whose change bumps metadata.generation. */
function specPart(obj: Record<string, any>) {
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = obj;
  return rest;
}

export interface CreateOptions {
  allocator: Allocator;
  /** Seeding keeps a given status; API creates reset it like a real server. */
  keepStatus?: boolean;
}

/** The object as the server would store it on create (no resourceVersion yet). */
export function prepareCreate(
  type: ResourceType,
  body: Record<string, any>,
  namespace: string | undefined,
  options: CreateOptions,
): KubeObject {
  const copy = structuredClone(body);
  const obj: KubeObject = {
    ...copy,
    apiVersion: type.apiVersion,
    kind: type.kind,
    metadata: {
      ...withoutServerOwned(isPlainObject(copy.metadata) ? copy.metadata : {}),
      name: copy.metadata?.name,
      ...(type.namespaced ? { namespace } : {}),
      uid: randomUUID(),
      creationTimestamp: kubeTimestamp(),
      generation: 1,
    },
  };
  if (!type.namespaced) delete obj.metadata.namespace;
  if (type.statusSubresource && !options.keepStatus) delete obj.status;
  // A seeded object without a status gets what a new one would have.
  if (type.statusSubresource && obj.status === undefined) {
    const initial = type.initialStatus?.();
    if (initial) obj.status = initial;
  }
  applyServerDefaults(obj, options.allocator);
  return obj;
}

export interface UpdateOptions {
  allocator: Allocator;
  /** 'status': only `.status` is taken; 'main': all but status; 'all': seeding. */
  scope: 'main' | 'status' | 'all';
}

/**
 * The object as the server would store it after a replace, and whether it
 * differs from `current` (a real server skips no-op writes: same
 * resourceVersion, no watch event).
 */
export function prepareUpdate(
  type: ResourceType,
  current: KubeObject,
  body: Record<string, any>,
  options: UpdateOptions,
): { object: KubeObject; changed: boolean } {
  const incoming = structuredClone(body);
  let next: KubeObject;
  if (options.scope === 'status') {
    next = { ...structuredClone(current), status: incoming.status };
    if (next.status === undefined) delete next.status;
  } else {
    next = {
      ...incoming,
      apiVersion: type.apiVersion,
      kind: type.kind,
      metadata: {
        ...withoutServerOwned(
          isPlainObject(incoming.metadata) ? incoming.metadata : {},
        ),
        name: current.metadata.name,
        ...(type.namespaced ? { namespace: current.metadata.namespace } : {}),
        uid: current.metadata.uid,
        creationTimestamp: current.metadata.creationTimestamp,
        generation: current.metadata.generation ?? 1,
      },
    };
    const keepStatus = options.scope === 'main' && type.statusSubresource;
    if (keepStatus) {
      if (current.status === undefined) delete next.status;
      else next.status = structuredClone(current.status);
    }
    applyServerDefaults(next, options.allocator, current);
    if (!deepEqual(specPart(next), specPart(current))) {
      next.metadata.generation = (current.metadata.generation ?? 0) + 1;
    }
  }
  next.metadata.resourceVersion = current.metadata.resourceVersion;
  return { object: next, changed: !deepEqual(next, current) };
}
