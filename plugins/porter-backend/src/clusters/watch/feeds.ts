import type { KubernetesObject } from '@internal/plugin-porter-common';
import {
  ENDPOINT_SLICE,
  ENDPOINTS,
  NETWORK_POLICY,
  SERVICE,
  TRANSPORT_SERVER,
  TRANSPORT_SERVER_CLAIM,
} from '../kinds';
import type { Feed } from './ClusterView';

/**
 * What Porter keeps in view of each cluster, and why:
 * - TransportServers and TransportServerClaims, all of them: Porter's own,
 *   and those made with `oc apply` (adoption keeps their ports; a name taken
 *   by someone else's object must not be taken over);
 * - Services, all of them: claims' targets (type, ports, selector) and
 *   Porter's cross-connects;
 * - EndpointSlices, all of them: whether a target has ready endpoints. They
 *   are what the load balancer itself sends traffic to, far fewer and
 *   calmer than pods, and need no selector matching;
 * - Endpoints and NetworkPolicies that Porter wrote (label-selected).
 * Each object is trimmed to what Porter reads, so the view stays small.
 */
export function porterFeeds(ownSelector: string): Feed[] {
  return [
    { kind: TRANSPORT_SERVER, trim: withoutNoise },
    // Claims keep their annotations: `oc apply` users name their entity there.
    { kind: TRANSPORT_SERVER_CLAIM, trim: withAnnotations },
    { kind: SERVICE, trim: trimService },
    { kind: ENDPOINT_SLICE, trim: trimEndpointSlice },
    { kind: ENDPOINTS, labelSelector: ownSelector, trim: withoutNoise },
    { kind: NETWORK_POLICY, labelSelector: ownSelector, trim: withoutNoise },
  ];
}

/** Metadata Porter reads; managedFields and annotations can be large and are not needed. */
function metadata(object: KubernetesObject) {
  const { name, namespace, labels, resourceVersion, uid, creationTimestamp } =
    object.metadata as KubernetesObject['metadata'] & Record<string, any>;
  return { name, namespace, labels, resourceVersion, uid, creationTimestamp };
}

function withoutNoise(object: KubernetesObject): KubernetesObject {
  return { ...object, metadata: metadata(object) };
}

function withAnnotations(object: KubernetesObject): KubernetesObject {
  return {
    ...object,
    metadata: { ...metadata(object), annotations: object.metadata.annotations },
  };
}

function trimService(object: KubernetesObject): KubernetesObject {
  const spec = (object as any).spec ?? {};
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: metadata(object),
    spec: {
      type: spec.type,
      ports: spec.ports,
      selector: spec.selector,
      clusterIP: spec.clusterIP,
    },
  };
}

function trimEndpointSlice(object: KubernetesObject): KubernetesObject {
  const slice = object as any;
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: metadata(object),
    endpoints: (slice.endpoints ?? []).map((e: any) => ({
      conditions: e.conditions,
    })),
    ports: slice.ports,
  };
}

/** The label EndpointSlices carry to name their Service. */
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/**
 * Ready endpoints behind a Service, from its EndpointSlices. An endpoint is
 * ready unless its `ready` condition is false (nil means ready, per the API).
 */
export function readyEndpoints(slices: KubernetesObject[], service: string) {
  let ready = 0;
  let total = 0;
  for (const slice of slices) {
    if (slice.metadata.labels?.[SERVICE_NAME_LABEL] !== service) continue;
    for (const endpoint of (slice as any).endpoints ?? []) {
      total++;
      if (endpoint.conditions?.ready !== false) ready++;
    }
  }
  return { ready, total };
}
