import type { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { stringify } from 'yaml';

/**
 * A team's namespace for scale runs: bound to its own catalog component
 * (owned by the guests group, so the guest may write), holding Services
 * that each have one ready pod. Silver namespaces exist in silver; Gold
 * namespaces exist in gold and golddr (a pair claim reads its target in both).
 */
export interface Tenant {
  /** The cluster claims are made in. */
  cluster: 'silver' | 'gold';
  namespace: string;
  /** Name of the catalog component bound to the namespace. */
  entity: string;
  services: string[];
}

/** Port of every generated Service. */
export const SERVICE_PORT = 5432;

export const entityRefOf = (tenant: Tenant) =>
  `component:default/${tenant.entity}`;

/** `count` tenants on one cluster, named `<prefix><n>`, each with `services` Services. */
export function makeTenants(options: {
  cluster: 'silver' | 'gold';
  count: number;
  services: number;
  prefix: string;
}): Tenant[] {
  const width = String(options.count).length;
  const serviceWidth = String(options.services).length;
  return Array.from({ length: options.count }, (_, i) => {
    const namespace = `${options.prefix}${String(i + 1).padStart(width, '0')}`;
    return {
      cluster: options.cluster,
      namespace,
      entity: `${namespace}-app`,
      services: Array.from(
        { length: options.services },
        (__, j) => `svc-${String(j + 1).padStart(serviceWidth, '0')}`,
      ),
    };
  });
}

/**
 * The objects a tenant needs in one cluster, and the one place the harness
 * grants its user access: Porter asks the cluster (a SubjectAccessReview)
 * whether the guest may write in the namespace, and the guest's group
 * `guests` gets the sandbox's `porter-claim-editor` role there
 * (examples/sandbox/*.rbac.yaml defines it in every cluster).
 */
function tenantObjects(tenant: Tenant): object[] {
  const objects: object[] = [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: tenant.namespace,
        labels: { 'kubernetes.io/metadata.name': tenant.namespace },
      },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'guests-porter-claims', namespace: tenant.namespace },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'porter-claim-editor',
      },
      subjects: [
        {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'Group',
          name: 'guests',
        },
      ],
    },
  ];
  for (const service of tenant.services) {
    objects.push(
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: service, namespace: tenant.namespace },
        spec: {
          type: 'NodePort',
          selector: { app: service },
          ports: [
            {
              name: 'tcp',
              protocol: 'TCP',
              port: SERVICE_PORT,
              targetPort: SERVICE_PORT,
            },
          ],
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `${service}-0`,
          namespace: tenant.namespace,
          labels: { app: service },
        },
        spec: { containers: [{ name: 'main', image: 'registry.example/db' }] },
        status: {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'True' }],
        },
      },
    );
  }
  return objects;
}

/** Creates the tenants' namespaces, Services and pods in the emulated clusters. */
export function seedTenants(
  emulator: KubernetesApiEmulator,
  tenants: Tenant[],
): void {
  for (const tenant of tenants) {
    const objects = tenantObjects(tenant);
    const clusters =
      tenant.cluster === 'gold' ? ['gold', 'golddr'] : [tenant.cluster];
    for (const cluster of clusters) emulator.cluster(cluster).seed(objects);
  }
}

/** The catalog components of the tenants, as a multi-document YAML file. */
export function tenantCatalog(tenants: Tenant[]): string {
  return tenants
    .map(tenant =>
      stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: tenant.entity,
          annotations: {
            'backstage.io/kubernetes-namespace': tenant.namespace,
          },
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'guests' },
      }),
    )
    .join('---\n');
}

/** A claim's spec as a client sends it: the tenant's Service on its one port. */
export function claimSpec(service: string, interval = 10) {
  return {
    service,
    servicePort: SERVICE_PORT,
    monitor: { type: 'tcp', interval, timeout: 3 * interval + 1 },
  };
}
