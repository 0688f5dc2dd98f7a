import { RBAC_RESOURCE_TYPES } from '../rbac/resourceTypes';
import { podMetricsHandlers } from './metrics/podMetrics';
import { core, grouped, PrinterColumn, ResourceType } from './resourceType';

export type { PrinterColumn, ResourceType } from './resourceType';

/** The CRD's `Age` column, which every custom resource's table ends with. */
const AGE: PrinterColumn = {
  name: 'Age',
  type: 'date',
  jsonPath: '.metadata.creationTimestamp',
};

/**
 * The resource types this EMULATOR serves: what Porter reads and writes, and
 * what the Kubernetes plugin's tab lists for an entity. Anything else answers
 * 404, as a real API server does for a type it does not know. To serve one
 * more type, add a line here (and, for `kubectl get`, a printer in
 * table/builtinPrinters.ts if the default NAME/CREATED AT is not enough).
 */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  core('namespaces', 'Namespace', {
    namespaced: false,
    statusSubresource: true,
    shortNames: ['ns'],
    initialStatus: () => ({ phase: 'Active' }),
  }),
  core('services', 'Service', {
    statusSubresource: true,
    shortNames: ['svc'],
    categories: ['all'],
    returnsDeletedObject: true,
    initialStatus: () => ({ loadBalancer: {} }),
  }),
  // Endpoints' singular is the kind itself, lower-cased ('endpoints').
  core('endpoints', 'Endpoints', { shortNames: ['ep'] }),
  core('pods', 'Pod', {
    statusSubresource: true,
    shortNames: ['po'],
    categories: ['all'],
    returnsDeletedObject: true,
    initialStatus: () => ({ phase: 'Pending', qosClass: 'BestEffort' }),
  }),
  core('configmaps', 'ConfigMap', { shortNames: ['cm'] }),
  core('limitranges', 'LimitRange', { shortNames: ['limits'] }),
  core('resourcequotas', 'ResourceQuota', {
    statusSubresource: true,
    shortNames: ['quota'],
  }),
  grouped('apps', 'v1', 'deployments', 'Deployment', {
    statusSubresource: true,
    shortNames: ['deploy'],
    categories: ['all'],
  }),
  grouped('apps', 'v1', 'replicasets', 'ReplicaSet', {
    statusSubresource: true,
    shortNames: ['rs'],
    categories: ['all'],
  }),
  grouped('apps', 'v1', 'statefulsets', 'StatefulSet', {
    statusSubresource: true,
    shortNames: ['sts'],
    categories: ['all'],
  }),
  grouped('apps', 'v1', 'daemonsets', 'DaemonSet', {
    statusSubresource: true,
    shortNames: ['ds'],
    categories: ['all'],
  }),
  grouped(
    'autoscaling',
    'v2',
    'horizontalpodautoscalers',
    'HorizontalPodAutoscaler',
    { statusSubresource: true, shortNames: ['hpa'], categories: ['all'] },
  ),
  grouped('batch', 'v1', 'jobs', 'Job', {
    statusSubresource: true,
    categories: ['all'],
  }),
  grouped('batch', 'v1', 'cronjobs', 'CronJob', {
    statusSubresource: true,
    shortNames: ['cj'],
    categories: ['all'],
  }),
  grouped('networking.k8s.io', 'v1', 'ingresses', 'Ingress', {
    statusSubresource: true,
    shortNames: ['ing'],
  }),
  grouped('networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy', {
    shortNames: ['netpol'],
  }),
  // Kept by the emulated EndpointSlice controller (controllers/endpointSlices.ts).
  grouped('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlice', {}),
  // metrics-server's API: computed from the stored pods, never stored.
  grouped('metrics.k8s.io', 'v1beta1', 'pods', 'PodMetrics', {
    verbs: ['get', 'list'],
    handlers: podMetricsHandlers,
  }),
  // F5 CIS's CRD (shared/reference/f5-cis-transportserver-crd.yaml), with its printer columns.
  grouped('cis.f5.com', 'v1', 'transportservers', 'TransportServer', {
    crd: true,
    statusSubresource: true,
    shortNames: ['ts'],
    printerColumns: [
      col(
        'virtualServerAddress',
        'string',
        '.spec.virtualServerAddress',
        'IP address of virtualServer',
      ),
      col(
        'virtualServerPort',
        'integer',
        '.spec.virtualServerPort',
        'Port of virtualServer',
      ),
      col('pool', 'string', '.spec.pool.service', 'Name of service'),
      col('poolPort', 'string', '.spec.pool.servicePort', 'Port of service'),
      col(
        'ipamLabel',
        'string',
        '.spec.ipamLabel',
        'ipamLabel for transport server',
      ),
      col(
        'IPAMVSAddress',
        'string',
        '.status.vsAddress',
        'IP address of transport server',
      ),
      col('STATUS', 'string', '.status.status', 'status of TransportServer'),
      AGE,
    ],
  }),
  // Porter's claim. `tscs` is the short name the platform document uses.
  grouped(
    'porter.devops.gov.bc.ca',
    'v1alpha1',
    'transportserverclaims',
    'TransportServerClaim',
    {
      crd: true,
      statusSubresource: true,
      shortNames: ['tsc', 'tscs'],
      printerColumns: [
        col('Service', 'string', '.spec.service', 'The Service exposed'),
        col(
          'Service Port',
          'integer',
          '.spec.servicePort',
          "The Service's port",
        ),
        col(
          'Address',
          'string',
          '.status.address',
          'The virtual server address (VIP)',
        ),
        col('Port', 'string', '.status.port', 'The virtual server port'),
        {
          ...col(
            'Monitor',
            'string',
            '.spec.monitor.type',
            'Health monitor type',
          ),
          priority: 1,
        },
        AGE,
      ],
    },
  ),
  ...RBAC_RESOURCE_TYPES,
];

function col(
  name: string,
  type: PrinterColumn['type'],
  jsonPath: string,
  description: string,
): PrinterColumn {
  return { name, type, jsonPath, description };
}

/** The type served at `apiVersion` under `plural`, as a URL names it. */
export function resourceTypeAt(
  apiVersion: string,
  plural: string,
): ResourceType | undefined {
  return RESOURCE_TYPES.find(
    t => t.apiVersion === apiVersion && t.plural === plural,
  );
}

/** The type of an object, from its apiVersion and kind. */
export function resourceTypeOf(object: {
  apiVersion?: unknown;
  kind?: unknown;
}): ResourceType | undefined {
  return RESOURCE_TYPES.find(
    t => t.apiVersion === object.apiVersion && t.kind === object.kind,
  );
}

/**
 * For the in-process helpers: a kind ('Service'), plural ('services'),
 * singular or short name ('svc'), any case. Where two groups share a plural
 * (core `pods` and metrics `pods`), the stored type wins, as the core group
 * does in kubectl.
 */
export function resourceTypeNamed(name: string): ResourceType {
  const n = name.toLowerCase();
  const found = RESOURCE_TYPES.find(
    t =>
      t.kind.toLowerCase() === n ||
      t.plural === n ||
      t.singular === n ||
      t.shortNames?.includes(n),
  );
  if (!found) {
    throw new Error(
      `The Kubernetes API emulator does not serve '${name}'; it serves ${RESOURCE_TYPES.map(
        t => t.kind,
      ).join(', ')}`,
    );
  }
  return found;
}

/**
 * `services` or `transportservers.cis.f5.com`: how the real API server names a
 * resource in Status messages (a GroupResource's String()).
 */
export function qualifiedResource(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}
