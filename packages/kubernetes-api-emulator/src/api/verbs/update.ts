import type { ObjectStore } from '../../cluster/ObjectStore';
import { isPlainObject } from '../json';
import { KubeObject, prepareUpdate } from '../objectLifecycle';
import { applyJsonPatch, applyMergePatch, PatchError } from '../patch';
import { ApiResult } from '../request';
import { ResourceType } from '../resources';
import {
  badRequest,
  conflict,
  failure,
  notFound,
  unsupportedMediaType,
} from '../status';
import { checkBodyNamespace, parseObjectBody } from './requestBody';

/**
 * PUT and PATCH, on the main resource or its /status subresource. Both end
 * in the same update: name check, optimistic concurrency on
 * metadata.resourceVersion, then the status rules of objectLifecycle.
 */
function applyUpdate(
  store: ObjectStore,
  type: ResourceType,
  existing: KubeObject,
  next: Record<string, any>,
  subresource: 'status' | undefined,
): ApiResult {
  const name = existing.metadata.name;
  const bodyName = next.metadata?.name;
  if (bodyName !== undefined && bodyName !== name) {
    throw badRequest(
      `the name of the object (${bodyName}) does not match the name on the URL (${name})`,
    );
  }
  checkBodyNamespace(type, existing.metadata.namespace, next);
  const rv = next.metadata?.resourceVersion;
  // No resourceVersion: an unconditional update, which these types allow.
  if (rv && rv !== existing.metadata.resourceVersion) {
    throw conflict(type, name);
  }
  const { object, changed } = prepareUpdate(type, existing, next, {
    allocator: store.allocator,
    scope: subresource === 'status' ? 'status' : 'main',
  });
  return { status: 200, body: changed ? store.put(type, object) : existing };
}

function existingObject(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
): KubeObject {
  const found = store.get(type, namespace, name);
  if (!found) throw notFound(type, name);
  return found;
}

export function replaceObject(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
  body: string | undefined,
  subresource?: 'status',
): ApiResult {
  const obj = parseObjectBody(type, body);
  const existing = existingObject(store, type, namespace, name);
  return applyUpdate(store, type, existing, obj, subresource);
}

const MERGE_TYPES = [
  'application/merge-patch+json',
  // Applied as a merge patch: identical unless lists with merge keys are patched.
  'application/strategic-merge-patch+json',
];
const JSON_PATCH = 'application/json-patch+json';

function patched(
  existing: KubeObject,
  mediaType: string,
  patch: unknown,
): Record<string, any> {
  let result: unknown;
  try {
    if (mediaType === JSON_PATCH) {
      if (!Array.isArray(patch)) {
        throw badRequest(
          'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
        );
      }
      result = applyJsonPatch(existing, patch);
    } else {
      if (!isPlainObject(patch)) {
        throw badRequest(
          'error decoding patch: a merge patch must be a JSON object',
        );
      }
      result = applyMergePatch(existing, patch);
    }
  } catch (error) {
    if (error instanceof PatchError)
      throw failure(422, 'Invalid', error.message);
    throw error;
  }
  if (!isPlainObject(result)) {
    throw failure(422, 'Invalid', 'the patch does not leave an object');
  }
  return result;
}

export function patchObject(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
  contentType: string,
  body: string | undefined,
  subresource?: 'status',
): ApiResult {
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (!MERGE_TYPES.includes(mediaType) && mediaType !== JSON_PATCH) {
    throw unsupportedMediaType(contentType);
  }
  const existing = existingObject(store, type, namespace, name);
  let patch: unknown;
  try {
    patch = JSON.parse(body ?? '');
  } catch (error) {
    throw badRequest(`error decoding patch: ${(error as Error).message}`);
  }
  const next = patched(existing, mediaType, patch);
  return applyUpdate(store, type, existing, next, subresource);
}
