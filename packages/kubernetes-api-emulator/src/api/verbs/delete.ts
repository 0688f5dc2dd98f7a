import type { ObjectStore } from '../../cluster/ObjectStore';
import { isPlainObject } from '../json';
import { ApiResult } from '../request';
import { ResourceType } from '../resources';
import { badRequest, conflict, deleted, notFound } from '../status';

/**
 * DELETE, honouring DeleteOptions.preconditions: 200 with a Success Status,
 * or with the deleted object for the types whose real store returns it.
 * Deletion is immediate (no finalizers or grace periods are emulated).
 */
export function deleteObject(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
  body: string | undefined,
): ApiResult {
  const existing = store.get(type, namespace, name);
  if (!existing) throw notFound(type, name);
  let options: unknown = {};
  if (body && body.trim()) {
    try {
      options = JSON.parse(body);
    } catch (error) {
      throw badRequest(
        `error decoding DeleteOptions: ${(error as Error).message}`,
      );
    }
  }
  const pre =
    isPlainObject(options) && isPlainObject(options.preconditions)
      ? options.preconditions
      : {};
  const meta = existing.metadata;
  if (pre.uid && pre.uid !== meta.uid) {
    throw conflict(
      type,
      name,
      `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${meta.uid}`,
    );
  }
  if (pre.resourceVersion && pre.resourceVersion !== meta.resourceVersion) {
    throw conflict(
      type,
      name,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${meta.resourceVersion}`,
    );
  }
  const gone = store.delete(type, namespace, name);
  return {
    status: 200,
    body: type.returnsDeletedObject ? gone : deleted(type, name, meta.uid),
  };
}
