import { RESOURCE_TYPES, ResourceType, resourceTypeAt } from './resources';

/**
 * What a request path names, following the real API server's URL layout:
 * `/api/v1/...` for the core group, `/apis/{group}/{version}/...` otherwise,
 * with `namespaces/{ns}/` before namespaced resources.
 */
export type Route =
  | { type: 'version' }
  | { type: 'apiVersions' }
  | { type: 'apiGroupList' }
  | { type: 'apiGroup'; group: string }
  | { type: 'resourceList'; groupVersion: string }
  /** namespace undefined: a cluster-scoped type, or a list across namespaces. */
  | { type: 'collection'; resource: ResourceType; namespace?: string }
  | {
      type: 'object';
      resource: ResourceType;
      namespace?: string;
      name: string;
      subresource?: 'status';
    }
  | { type: 'unknown' };

const UNKNOWN: Route = { type: 'unknown' };

const servedGroups = () =>
  new Set(RESOURCE_TYPES.filter(t => t.group).map(t => t.group));
const servedGroupVersions = () =>
  new Set(RESOURCE_TYPES.map(t => t.apiVersion));

/** Routes within one group version, after `/api/v1` or `/apis/g/v`. */
function routeResource(apiVersion: string, rest: string[]): Route {
  if (rest.length === 0)
    return { type: 'resourceList', groupVersion: apiVersion };

  let namespace: string | undefined;
  let parts = rest;
  // `namespaces/{ns}/{plural}…` is a namespaced resource; `namespaces[/{name}[/status]]`
  // is the Namespace type itself.
  if (parts[0] === 'namespaces' && parts.length >= 3 && parts[2] !== 'status') {
    namespace = parts[1];
    parts = parts.slice(2);
  }
  const [plural, name, subresource, ...extra] = parts;
  const resource = resourceTypeAt(apiVersion, plural);
  if (!resource || extra.length > 0) return UNKNOWN;
  if (namespace !== undefined && !resource.namespaced) return UNKNOWN;
  if (name === undefined) return { type: 'collection', resource, namespace };
  // A namespaced object is only addressable inside its namespace.
  if (resource.namespaced && namespace === undefined) return UNKNOWN;
  if (subresource !== undefined) {
    if (subresource !== 'status' || !resource.statusSubresource) return UNKNOWN;
    return { type: 'object', resource, namespace, name, subresource: 'status' };
  }
  return { type: 'object', resource, namespace, name };
}

/** Routes a request path (no query string). */
export function route(path: string): Route {
  const segments = path
    .split('/')
    .filter(s => s !== '')
    .map(s => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const [root, ...rest] = segments;
  if (root === 'version' && rest.length === 0) return { type: 'version' };
  if (root === 'api') {
    if (rest.length === 0) return { type: 'apiVersions' };
    if (rest[0] !== 'v1') return UNKNOWN;
    return routeResource('v1', rest.slice(1));
  }
  if (root === 'apis') {
    if (rest.length === 0) return { type: 'apiGroupList' };
    const [group, version, ...tail] = rest;
    if (!servedGroups().has(group)) return UNKNOWN;
    if (version === undefined) return { type: 'apiGroup', group };
    const apiVersion = `${group}/${version}`;
    if (!servedGroupVersions().has(apiVersion)) return UNKNOWN;
    return routeResource(apiVersion, tail);
  }
  return UNKNOWN;
}
