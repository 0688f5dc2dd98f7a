import type { ObjectStore } from '../../cluster/ObjectStore';
import { isPlainObject } from '../json';
import { prepareCreate } from '../objectLifecycle';
import { ApiResult } from '../request';
import { resourceTypeNamed, ResourceType } from '../resources';
import { alreadyExists, failure, invalid, namespaceNotFound } from '../status';
import { generateName, validateName } from '../validation';
import { checkBodyNamespace, parseObjectBody } from './requestBody';

const NAMESPACES = resourceTypeNamed('namespaces');

/**
 * POST: checks in the real server's order (decode, namespace admission,
 * validation, storage), then 201 with the stored object.
 */
export function createObject(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  body?: string,
): ApiResult {
  const obj = parseObjectBody(type, body);
  checkBodyNamespace(type, namespace, obj);
  // Admission (NamespaceLifecycle) refuses before validation runs.
  if (type.namespaced && !store.get(NAMESPACES, undefined, namespace!)) {
    throw namespaceNotFound(namespace!);
  }
  const metadata = isPlainObject(obj.metadata) ? obj.metadata : {};
  const name =
    metadata.name ||
    (metadata.generateName ? generateName(metadata.generateName) : undefined);
  const causes = validateName(type, name);
  if (causes.length > 0) throw invalid(type, name ?? '', causes);
  if (metadata.resourceVersion) {
    // The storage layer's complaint, which the real server surfaces as a 500.
    const message =
      'resourceVersion should not be set on objects to be created';
    throw failure(500, 'InternalError', `Internal error occurred: ${message}`, {
      causes: [{ reason: '', message }],
    });
  }
  if (store.get(type, namespace, name)) throw alreadyExists(type, name);
  const prepared = prepareCreate(
    type,
    { ...obj, metadata: { ...metadata, name } },
    namespace,
    { allocator: store.allocator },
  );
  return { status: 201, body: store.put(type, prepared) };
}
