import {
  PORTER_API_VERSION,
  TRANSPORT_SERVER_API_VERSION,
  TRANSPORT_SERVER_CLAIM_KIND,
  TRANSPORT_SERVER_KIND,
} from '@internal/plugin-porter-common';

/** A kind Porter reads or writes. */
export interface Kind {
  apiVersion: string;
  kind: string;
}

export const TRANSPORT_SERVER: Kind = {
  apiVersion: TRANSPORT_SERVER_API_VERSION,
  kind: TRANSPORT_SERVER_KIND,
};
export const TRANSPORT_SERVER_CLAIM: Kind = {
  apiVersion: PORTER_API_VERSION,
  kind: TRANSPORT_SERVER_CLAIM_KIND,
};
export const SERVICE: Kind = { apiVersion: 'v1', kind: 'Service' };
export const ENDPOINTS: Kind = { apiVersion: 'v1', kind: 'Endpoints' };
export const POD: Kind = { apiVersion: 'v1', kind: 'Pod' };
export const NETWORK_POLICY: Kind = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
};
export const NAMESPACE: Kind = { apiVersion: 'v1', kind: 'Namespace' };

/** The kinds Porter writes, in the order it creates them (and deletes them in reverse). */
export const MANAGED_KINDS: Kind[] = [
  SERVICE,
  ENDPOINTS,
  TRANSPORT_SERVER,
  TRANSPORT_SERVER_CLAIM,
];

export const kindKey = (k: Kind) => `${k.apiVersion}/${k.kind}`;
