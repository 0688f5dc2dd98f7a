import type { AdminOverview } from '@internal/plugin-porter-common';

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
