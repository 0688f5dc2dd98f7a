import {
  AGE_COLUMN,
  ageOf,
  column,
  formatLabelSelector,
  NAME_COLUMN,
  Printer,
} from './printer';

/**
 * The API server's printers for the workload and networking types the
 * emulator serves (apps/v1, networking.k8s.io/v1), as `kubectl get` shows them.
 */

const CONTAINERS = column(
  'Containers',
  'Names of each container in the template.',
  {
    priority: 1,
  },
);
const IMAGES = column(
  'Images',
  'Images referenced by each container in the template.',
  {
    priority: 1,
  },
);
const SELECTOR = column('Selector', 'Label selector for pods.', {
  priority: 1,
});

function templateContainers(obj: any) {
  const containers: any[] = obj.spec?.template?.spec?.containers ?? [];
  return [
    containers.map(c => c.name).join(','),
    containers.map(c => c.image).join(','),
  ];
}

const deployments: Printer = {
  columns: [
    NAME_COLUMN,
    column('Ready', 'Number of the pod with ready state'),
    column(
      'Up-to-date',
      'Total number of non-terminated pods targeted by this deployment that have the desired template spec.',
      { type: 'integer' },
    ),
    column(
      'Available',
      'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.',
      { type: 'integer' },
    ),
    AGE_COLUMN,
    CONTAINERS,
    IMAGES,
    SELECTOR,
  ],
  cells: (d, now) => [
    d.metadata.name,
    `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 1}`,
    d.status?.updatedReplicas ?? 0,
    d.status?.availableReplicas ?? 0,
    ageOf(d, now),
    ...templateContainers(d),
    formatLabelSelector(d.spec?.selector),
  ],
};

const replicaSets: Printer = {
  columns: [
    NAME_COLUMN,
    column('Desired', 'Number of desired pods.', { type: 'integer' }),
    column('Current', 'Number of actual running pods.', { type: 'integer' }),
    column('Ready', 'Number of ready pods.', { type: 'integer' }),
    AGE_COLUMN,
    CONTAINERS,
    IMAGES,
    SELECTOR,
  ],
  cells: (rs, now) => [
    rs.metadata.name,
    rs.spec?.replicas ?? 1,
    rs.status?.replicas ?? 0,
    rs.status?.readyReplicas ?? 0,
    ageOf(rs, now),
    ...templateContainers(rs),
    formatLabelSelector(rs.spec?.selector),
  ],
};

const statefulSets: Printer = {
  columns: [
    NAME_COLUMN,
    column('Ready', 'Number of the pod with ready state'),
    AGE_COLUMN,
    CONTAINERS,
    IMAGES,
  ],
  cells: (s, now) => [
    s.metadata.name,
    `${s.status?.readyReplicas ?? 0}/${s.spec?.replicas ?? 1}`,
    ageOf(s, now),
    ...templateContainers(s),
  ],
};

const networkPolicies: Printer = {
  columns: [
    NAME_COLUMN,
    column(
      'Pod-Selector',
      'Selects the pods to which this NetworkPolicy object applies.',
    ),
    AGE_COLUMN,
  ],
  cells: (np, now) => [
    np.metadata.name,
    formatLabelSelector(np.spec?.podSelector),
    ageOf(np, now),
  ],
};

export const WORKLOAD_PRINTERS: Record<string, Printer> = {
  'apps/v1/Deployment': deployments,
  'apps/v1/ReplicaSet': replicaSets,
  'apps/v1/StatefulSet': statefulSets,
  'networking.k8s.io/v1/NetworkPolicy': networkPolicies,
};
