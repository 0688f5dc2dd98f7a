import {
  PORTER_API_VERSION,
  TRANSPORT_SERVER_API_VERSION,
  TRANSPORT_SERVER_CLAIM_KIND,
  TRANSPORT_SERVER_KIND,
} from '@internal/plugin-porter-common';

/**
 * A kind Porter reads or writes; `plural` is its resource name in API paths,
 * `namespaced` its scope (what discovery would say).
 */
export interface Kind {
  apiVersion: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

export const TRANSPORT_SERVER: Kind = {
  apiVersion: TRANSPORT_SERVER_API_VERSION,
  kind: TRANSPORT_SERVER_KIND,
  plural: 'transportservers',
  namespaced: true,
};
export const TRANSPORT_SERVER_CLAIM: Kind = {
  apiVersion: PORTER_API_VERSION,
  kind: TRANSPORT_SERVER_CLAIM_KIND,
  plural: 'transportserverclaims',
  namespaced: true,
};
export const SERVICE: Kind = {
  apiVersion: 'v1',
  kind: 'Service',
  plural: 'services',
  namespaced: true,
};
export const ENDPOINTS: Kind = {
  apiVersion: 'v1',
  kind: 'Endpoints',
  plural: 'endpoints',
  namespaced: true,
};
export const ENDPOINT_SLICE: Kind = {
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  plural: 'endpointslices',
  namespaced: true,
};
export const POD: Kind = {
  apiVersion: 'v1',
  kind: 'Pod',
  plural: 'pods',
  namespaced: true,
};
export const NETWORK_POLICY: Kind = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  plural: 'networkpolicies',
  namespaced: true,
};
export const NAMESPACE: Kind = {
  apiVersion: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  namespaced: false,
};

/** The kinds Porter writes, in the order it creates them (and deletes them in reverse). */
export const MANAGED_KINDS: Kind[] = [
  SERVICE,
  ENDPOINTS,
  TRANSPORT_SERVER,
  TRANSPORT_SERVER_CLAIM,
];

/** Every kind Porter reads or writes through the generic object API. */
export const KNOWN_KINDS: Kind[] = [
  ...MANAGED_KINDS,
  ENDPOINT_SLICE,
  POD,
  NETWORK_POLICY,
  NAMESPACE,
];

/** Enough to name a kind in a request: an object's own apiVersion and kind will do. */
export type KindRef = Pick<Kind, 'apiVersion' | 'kind'>;

export const kindKey = (k: KindRef) => `${k.apiVersion}/${k.kind}`;

/** The cluster-wide collection path of a kind: `/api/v1/services`, `/apis/cis.f5.com/v1/transportservers`. */
export function collectionPath(k: Kind): string {
  return k.apiVersion.includes('/')
    ? `/apis/${k.apiVersion}/${k.plural}`
    : `/api/${k.apiVersion}/${k.plural}`;
}
