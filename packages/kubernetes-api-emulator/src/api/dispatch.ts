import type { ObjectStore } from '../cluster/ObjectStore';
import {
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  versionInfo,
} from './discovery';
import { getObject, listObjects } from './verbs/read';
import { ApiRequest, ApiResult } from './request';
import { route } from './routes';
import { serveAccessReview } from '../rbac/accessReview';
import { methodNotAllowed, pathNotFound } from './status';
import { createObject } from './verbs/create';
import { deleteObject } from './verbs/delete';
import { patchObject, replaceObject } from './verbs/update';

/**
 * Routes an (authenticated, fault-free) request to its verb. Errors come out
 * as thrown ApiErrors, which the caller turns into Status responses.
 */
export function dispatch(store: ObjectStore, req: ApiRequest): ApiResult {
  // Access reviews are answered from the RBAC objects, not stored (src/rbac).
  const review = serveAccessReview(store, req);
  if (review) return review;
  const target = route(req.path);
  const method = req.method.toUpperCase();
  const ok = (body: unknown): ApiResult => ({ status: 200, body });

  if (target.type === 'unknown') throw pathNotFound();
  if (target.type !== 'collection' && target.type !== 'object') {
    if (method !== 'GET') throw methodNotAllowed();
    switch (target.type) {
      case 'version':
        return ok(versionInfo());
      case 'apiVersions':
        return ok(apiVersions());
      case 'apiGroupList':
        return ok(apiGroupList());
      case 'apiGroup':
        return ok(apiGroup(target.group));
      default:
        return ok(apiResourceList(target.groupVersion));
    }
  }

  if (req.query.get('watch') === 'true' || req.query.get('watch') === '1') {
    // Watches are in-process only (EmulatedCluster.onChange).
    throw methodNotAllowed(
      'watch is not supported by the Kubernetes API emulator',
    );
  }

  const { resource, namespace } = target;
  if (target.type === 'collection') {
    if (method === 'GET') {
      return listObjects(store, resource, namespace, req.query);
    }
    // A namespaced type's cluster-wide path only lists, as on a real server.
    if (
      method === 'POST' &&
      (namespace !== undefined || !resource.namespaced)
    ) {
      return createObject(store, resource, namespace, req.body);
    }
    throw methodNotAllowed();
  }

  const { name, subresource } = target;
  switch (method) {
    case 'GET':
      return getObject(store, resource, namespace, name);
    case 'PUT':
      return replaceObject(
        store,
        resource,
        namespace,
        name,
        req.body,
        subresource,
      );
    case 'PATCH':
      return patchObject(
        store,
        resource,
        namespace,
        name,
        req.headers['content-type'] ?? '',
        req.body,
        subresource,
      );
    case 'DELETE':
      if (subresource) throw methodNotAllowed();
      return deleteObject(store, resource, namespace, name, req.body);
    default:
      throw methodNotAllowed();
  }
}
