import type { ObjectStore } from '../cluster/ObjectStore';
import type { OpenWatches } from '../cluster/OpenWatches';
import {
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  versionInfo,
} from './discovery';
import { ApiRequest, ApiResult } from './request';
import { Verb, verbsOf } from './resourceType';
import { validateListOptions } from './listOptions';
import { route } from './routes';
import { serveAccessReview } from '../rbac/accessReview';
import { methodNotAllowed, pathNotFound } from './status';
import { includeObjectParam, negotiate } from './table/negotiate';
import { toTable } from './table/table';
import { createObject } from './verbs/create';
import { deleteObject } from './verbs/delete';
import { getObject, listObjects } from './verbs/read';
import { patchObject, replaceObject } from './verbs/update';
import { isWatch, parseWatchQuery } from './watch/watchQuery';

/** What a request is served from: the cluster's objects and its open watches. */
export interface DispatchContext {
  store: ObjectStore;
  watches: OpenWatches;
}

const VERB_OF_METHOD: Record<string, Verb> = {
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

/**
 * Routes an (authenticated, fault-free) request to its verb. Errors come out
 * as thrown ApiErrors, which the caller turns into Status responses. Reads
 * answer in the representation `Accept` asks for (an object or a Table).
 */
export function dispatch(ctx: DispatchContext, req: ApiRequest): ApiResult {
  const { store } = ctx;
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

  const { resource, namespace } = target;
  const name = target.type === 'object' ? target.name : undefined;
  const subresource = target.type === 'object' ? target.subresource : undefined;
  const watching = method === 'GET' && !subresource && isWatch(req.query);
  let verb: Verb;
  if (method === 'GET') {
    if (watching) verb = 'watch';
    else verb = name === undefined ? 'list' : 'get';
  } else if (method === 'POST' && name === undefined) {
    // A namespaced type's cluster-wide path only lists, as on a real server.
    if (namespace === undefined && resource.namespaced) {
      throw methodNotAllowed();
    }
    verb = 'create';
  } else if (VERB_OF_METHOD[method] && name !== undefined) {
    verb = VERB_OF_METHOD[method];
    if (verb === 'delete' && subresource) throw methodNotAllowed();
  } else {
    throw methodNotAllowed();
  }
  if (!verbsOf(resource).includes(verb)) throw methodNotAllowed();

  const representation =
    verb === 'get' || verb === 'list' || verb === 'watch'
      ? negotiate(req.headers.accept)
      : ({ as: 'object' } as const);
  const table =
    representation.as === 'table'
      ? {
          version: representation.version,
          includeObject: includeObjectParam(req.query),
        }
      : undefined;

  if (verb === 'watch') {
    const query = parseWatchQuery(resource, req.query, name, {
      watchList: ctx.watches.settings.watchList,
    });
    const stream = ctx.watches.start({
      store,
      resource,
      namespace,
      query,
      table,
    });
    return {
      status: 200,
      body: undefined,
      headers: { 'content-type': 'application/json' },
      stream,
    };
  }

  // Streaming-list options on a plain list: 422, as the real server answers.
  if (verb === 'list') {
    validateListOptions(req.query, {
      watch: false,
      watchList: ctx.watches.settings.watchList,
    });
  }
  const handler = resource.handlers?.[verb];
  const result: ApiResult = handler
    ? handler({ store, request: req, resource, namespace, name })
    : serveStored(ctx, req, verb, target);

  if (table && result.status === 200) {
    const body = result.body as any;
    const objects = verb === 'list' ? body.items : [body];
    return {
      ...result,
      body: toTable(resource, objects, {
        ...table,
        metadata:
          verb === 'list'
            ? body.metadata
            : { resourceVersion: body.metadata?.resourceVersion },
      }),
    };
  }
  return result;
}

/** The generic verbs, on the cluster's stored objects. */
function serveStored(
  { store }: DispatchContext,
  req: ApiRequest,
  verb: Verb,
  target: Extract<ReturnType<typeof route>, { type: 'collection' | 'object' }>,
): ApiResult {
  const { resource, namespace } = target;
  if (target.type === 'collection') {
    if (verb === 'list') {
      return listObjects(store, resource, namespace, req.query);
    }
    return createObject(store, resource, namespace, req.body);
  }
  const { name, subresource } = target;
  switch (verb) {
    case 'get':
      return getObject(store, resource, namespace, name);
    case 'update':
      return replaceObject(
        store,
        resource,
        namespace,
        name,
        req.body,
        subresource,
      );
    case 'patch':
      return patchObject(
        store,
        resource,
        namespace,
        name,
        req.headers['content-type'] ?? '',
        req.body,
        subresource,
      );
    default:
      return deleteObject(store, resource, namespace, name, req.body);
  }
}
