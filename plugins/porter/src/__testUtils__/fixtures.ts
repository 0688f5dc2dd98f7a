import type { Entity } from '@backstage/catalog-model';
import type {
  Allocation,
  Claim,
  ClaimSide,
  ClusterSummary,
  NamespaceAccess,
  ServiceSummary,
} from '@internal/plugin-porter-common';

export const baseUrl = 'http://localhost:7007/api/porter';

export const claimUrl = (c: {
  cluster: string;
  namespace: string;
  name: string;
}) =>
  `${baseUrl}/clusters/${c.cluster}/namespaces/${c.namespace}/claims/${c.name}`;

export function component(
  name: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'guests' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/guests' }],
  };
}

export const yourservice = component('yourservice', {
  'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
});
export const patroni = component('patroni-replica', {
  'porter.devops.gov.bc.ca/namespaces': 'gold/abc123-prod, golddr/abc123-prod',
});

/** The sandbox's clusters, as `GET /clusters` describes them. */
export const clusters: ClusterSummary[] = [
  {
    name: 'silver',
    role: 'standalone',
    ports: { from: 30000, to: 39999 },
    addresses: { ClusterIP: ['127.0.10.1'], NodePort: ['127.0.10.2'] },
    defaultServiceType: 'NodePort',
    requireNodePort: false,
  },
  {
    name: 'gold',
    role: 'primary',
    peer: 'golddr',
    ports: { from: 40000, to: 49999 },
    addresses: { ClusterIP: ['127.0.20.1'], NodePort: ['127.0.20.2'] },
    defaultServiceType: 'NodePort',
    requireNodePort: true,
  },
  {
    name: 'golddr',
    role: 'secondary',
    peer: 'gold',
    ports: { from: 50000, to: 59999 },
    addresses: { ClusterIP: ['127.0.30.1'], NodePort: ['127.0.30.2'] },
    defaultServiceType: 'NodePort',
    requireNodePort: true,
  },
];
export const settings = { retentionDays: 30, quotaPerNamespace: 20 };

/** The Services of abc123-prod in gold (the sandbox's, plus a ClusterIP one). */
export const goldServices: ServiceSummary[] = [
  {
    name: 'patroni',
    type: 'NodePort',
    ports: [
      { name: 'postgres', port: 5432, protocol: 'TCP' },
      { name: 'patroni-api', port: 8008, protocol: 'TCP' },
    ],
    selector: { app: 'patroni' },
  },
  {
    name: 'pgbouncer',
    type: 'ClusterIP',
    ports: [{ name: 'pgbouncer', port: 6432, protocol: 'TCP' }],
    selector: { app: 'pgbouncer' },
  },
];

export function side(
  cluster: string,
  phase: ClaimSide['phase'],
  extra: Partial<ClaimSide> = {},
): ClaimSide {
  return {
    cluster,
    phase,
    reasons: [],
    observedAt: '2026-11-24T08:00:00.000Z',
    ...extra,
  };
}

/** A claim as the API returns it; the fixtures only set what the tab shows. */
export function claim(options: {
  cluster: string;
  namespace?: string;
  name: string;
  spec?: Partial<Claim['spec']>;
  allocations: Allocation[];
  sides?: ClaimSide[];
}): Claim {
  return {
    cluster: options.cluster,
    namespace: options.namespace ?? 'abc123-prod',
    name: options.name,
    entityRef: 'component:default/patroni-replica',
    spec: {
      service: 'patroni',
      servicePort: 5432,
      monitor: { type: 'tcp', interval: 5, timeout: 16 },
      overrideServicePort: false,
      ...options.spec,
    },
    status: { allocations: options.allocations, sides: options.sides ?? [] },
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt: '2026-11-24T08:00:00.000Z',
  };
}

export const pairAllocations: Allocation[] = [
  {
    cluster: 'gold',
    address: '127.0.20.2',
    port: 40001,
    serviceType: 'NodePort',
  },
  {
    cluster: 'golddr',
    address: '127.0.30.2',
    port: 50001,
    serviceType: 'NodePort',
  },
];

/** The Patroni pair claim, Ready on both sides. */
export const pair = claim({
  cluster: 'gold',
  name: 'patroni-tsc',
  allocations: pairAllocations,
  sides: [side('gold', 'Ready'), side('golddr', 'Ready')],
});

/** A Backstage error body, as the backend sends it. */
export function errorBody(name: string, message: string, statusCode: number) {
  return {
    error: { name, message },
    request: { method: 'GET', url: '/api/porter' },
    response: { statusCode },
  };
}

/** The objects a pair claim's plan writes, per cluster (abridged). */
export function pairManifests(c: Claim) {
  const object = (kind: string, name: string, extra: object = {}) => ({
    apiVersion:
      kind === 'TransportServerClaim'
        ? 'porter.devops.gov.bc.ca/v1alpha1'
        : 'v1',
    kind,
    metadata: { name, namespace: c.namespace },
    ...extra,
  });
  return {
    items: [
      {
        cluster: 'gold',
        objects: [
          object('TransportServer', c.name),
          object('Service', `${c.spec.service}-golddr`),
          object('Endpoints', `${c.spec.service}-golddr`),
          object('TransportServerClaim', c.name, {
            spec: c.spec,
            status: { address: '127.0.20.2', port: '40001' },
          }),
        ],
      },
      {
        cluster: 'golddr',
        objects: [
          object('TransportServer', c.name),
          object('Service', `${c.spec.service}-gold`),
          object('Endpoints', `${c.spec.service}-gold`),
        ],
      },
    ],
  };
}

/** The sandbox guest as the clusters know it. */
export const guestIdentity = {
  user: 'guest',
  groups: ['guests', 'platform-admins'],
};

/** `GET …/access` where the cluster's RBAC lets the guest do everything. */
export function allowedAccess(
  cluster: string,
  namespace: string,
): NamespaceAccess {
  const allows = (what: string) => ({
    allowed: true,
    reason: `Cluster '${cluster}' allows user 'guest' (groups: guests, platform-admins) to ${what} in namespace '${namespace}' (RBAC: RoleBinding "guests-porter-claims").`,
  });
  return {
    cluster,
    namespace,
    decidedBy: 'cluster',
    clusterIdentity: guestIdentity,
    createClaims: allows(
      'create transportserverclaims.porter.devops.gov.bc.ca',
    ),
    listServices: allows('list services'),
    listNetworkPolicies: allows('list networkpolicies.networking.k8s.io'),
  };
}

/** The cluster's refusal of one action, as the backend words it. */
export function refusal(cluster: string, namespace: string, what: string) {
  return {
    allowed: false,
    reason: `Cluster '${cluster}' does not allow user 'guest' (groups: guests, platform-admins) to ${what} in namespace '${namespace}' (RBAC). Ask the namespace's admins for a RoleBinding.`,
  };
}

/** `GET …/access` where the guest has no RBAC at all (another team's namespace). */
export function refusedAccess(
  cluster: string,
  namespace: string,
): NamespaceAccess {
  return {
    ...allowedAccess(cluster, namespace),
    createClaims: refusal(
      cluster,
      namespace,
      'create transportserverclaims.porter.devops.gov.bc.ca',
    ),
    listServices: refusal(cluster, namespace, 'list services'),
    listNetworkPolicies: refusal(
      cluster,
      namespace,
      'list networkpolicies.networking.k8s.io',
    ),
  };
}
