import type {
  AdminOverview,
  DeletionGuardStatus,
  ReconcileFinding,
} from '@internal/plugin-porter-common';

/** An overview as `GET /admin/overview` returns it: one cluster with ports held, one full namespace, two broken sides. */
export const overview: AdminOverview = {
  deletionGuards: [],
  findings: [],
  clusters: [
    {
      cluster: 'silver',
      role: 'standalone',
      ports: { from: 30000, to: 30009 },
      total: 10,
      allocated: 3,
      retained: 1,
      free: 6,
      addresses: { ClusterIP: ['127.0.10.1'], NodePort: ['127.0.10.2'] },
      pools: [
        {
          serviceType: 'ClusterIP',
          address: '127.0.10.1',
          allocated: 1,
          retained: 0,
        },
        {
          serviceType: 'NodePort',
          address: '127.0.10.2',
          allocated: 2,
          retained: 1,
        },
      ],
    },
    {
      cluster: 'gold',
      role: 'primary',
      ports: { from: 40000, to: 49999 },
      total: 10000,
      allocated: 0,
      retained: 0,
      free: 10000,
      addresses: { NodePort: ['127.0.20.2'] },
      pools: [
        {
          serviceType: 'NodePort',
          address: '127.0.20.2',
          allocated: 0,
          retained: 0,
        },
      ],
    },
  ],
  namespaces: [
    { cluster: 'silver', namespace: 'abc123-tools', claims: 20, quota: 20 },
    {
      cluster: 'silver',
      namespace: 'yourlicenceplate-dev',
      claims: 17,
      quota: 20,
    },
    { cluster: 'gold', namespace: 'abc123-prod', claims: 2, quota: 20 },
  ],
  problems: [
    {
      cluster: 'silver',
      namespace: 'abc123-tools',
      name: 'clamav-tsc',
      entityRef: 'component:default/clamav',
      side: 'silver',
      phase: 'Error',
      reasons: ["Service 'clamav' has no ready pods"],
      observedAt: '2026-11-24T09:00:00.000Z',
    },
    {
      cluster: 'gold',
      namespace: 'abc123-prod',
      name: 'patroni-tsc',
      side: 'golddr',
      phase: 'Degraded',
      reasons: ["Cluster 'golddr' is unavailable: connect ECONNREFUSED"],
      observedAt: '2026-11-24T08:00:00.000Z',
    },
  ],
};

/** The gold cluster's objects that a pass would delete, `Kind/namespace/name`. */
export const heldObjects = Array.from({ length: 12 }, (_, i) =>
  i % 2 === 0
    ? `TransportServer/team-${i}-prod/db-tsc`
    : `Service/team-${i}-prod/db-golddr`,
);

/** A deletion guard holding in gold, as the backend describes it. */
export const heldGuard: DeletionGuardStatus = {
  cluster: 'gold',
  holding: true,
  wouldDelete: 12,
  total: 40,
  reason:
    "This pass would delete 12 of Porter's 40 objects in the cluster (30%) whose claims this database has no record of, more than porter.reconcile.deletionGuard.maxObjects (10). Porter deleted nothing. Is the database the right one?",
  objects: heldObjects,
  since: '2026-11-24T07:00:00.000Z',
  observedAt: '2026-11-24T09:10:00.000Z',
};

/** What the reconciler could not do, in the API's order (by kind), not by time. */
export const findings: ReconcileFinding[] = [
  {
    kind: 'adoption',
    cluster: 'silver',
    namespace: 'abc123-tools',
    name: 'clamav-tsc',
    message:
      "Not adopted: Service 'clamav' port 3310 is already exposed by claim 'clamav'.",
    observedAt: '2026-11-24T08:00:00.000Z',
  },
  {
    kind: 'adoption',
    cluster: 'golddr',
    namespace: '*',
    name: '*',
    message:
      'Could not list TransportServerClaims to adopt: connect ECONNREFUSED',
    observedAt: '2026-11-24T07:00:00.000Z',
  },
  {
    kind: 'port-range',
    cluster: 'silver',
    namespace: 'yourlicenceplate-dev',
    name: 'yourservice-tsc',
    message:
      'Keeps port 39999 in silver, outside its range 30000-30009 (porter.clusters.silver.ports changed). It keeps working and is never handed out again once released.',
    observedAt: '2026-11-24T09:00:00.000Z',
  },
];
