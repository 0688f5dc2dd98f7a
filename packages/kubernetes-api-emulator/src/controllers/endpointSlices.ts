import { deepEqual } from '../api/json';
import type { EmulatedCluster } from '../cluster/EmulatedCluster';

/** The label that ties an EndpointSlice to its Service (set by Kubernetes). */
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER = 'endpointslice-controller.k8s.io';

/**
 * A stand-in for kube-controller-manager's EndpointSlice controller, part of
 * every EMULATED cluster: for each Service with a selector it keeps one
 * EndpointSlice listing the matching pods, as the real controller does, so
 * clients that read readiness from EndpointSlices (Porter, the load balancer)
 * see what they would on a real cluster. Pods and Services are edited through
 * the API or directly; the slices follow.
 *
 * Readiness follows Kubernetes: an endpoint is `ready` when its pod has the
 * condition Ready=True and is not terminating (no deletionTimestamp); it is
 * `serving` when Ready=True; pods that have finished (Succeeded/Failed) are
 * left out.
 */
export function startEndpointSliceController(
  cluster: EmulatedCluster,
): () => void {
  const syncService = (namespace: string, name: string) => {
    const service = cluster.get('services', namespace, name);
    const sliceName = `${name}-emulated`;
    const selector: Record<string, string> | undefined =
      service?.spec?.selector;
    if (!service || !selector || Object.keys(selector).length === 0) {
      if (cluster.get('endpointslices', namespace, sliceName))
        cluster.remove('endpointslices', namespace, sliceName);
      return;
    }
    const pods = cluster
      .list('pods', { namespace })
      .filter(pod => matches(selector, pod.metadata.labels))
      .filter(pod => !['Succeeded', 'Failed'].includes(pod.status?.phase));
    const slice = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: sliceName,
        namespace,
        labels: {
          [SERVICE_NAME_LABEL]: name,
          [MANAGED_BY_LABEL]: CONTROLLER,
        },
        ownerReferences: [
          {
            apiVersion: 'v1',
            kind: 'Service',
            name,
            uid: service.metadata.uid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      addressType: 'IPv4',
      endpoints: pods.map(pod => {
        const podReady = (pod.status?.conditions ?? []).some(
          (c: any) => c.type === 'Ready' && c.status === 'True',
        );
        const terminating = Boolean(pod.metadata.deletionTimestamp);
        return {
          addresses: [pod.status?.podIP ?? '0.0.0.0'],
          conditions: {
            ready: podReady && !terminating,
            serving: podReady,
            terminating,
          },
          targetRef: {
            kind: 'Pod',
            namespace,
            name: pod.metadata.name,
            uid: pod.metadata.uid,
          },
        };
      }),
      ports: (service.spec.ports ?? []).map((p: any) => ({
        name: p.name ?? '',
        port: targetPortOf(p, pods[0]),
        protocol: p.protocol ?? 'TCP',
      })),
    };
    const current = cluster.get('endpointslices', namespace, sliceName);
    if (
      current &&
      deepEqual(current.endpoints ?? [], slice.endpoints) &&
      deepEqual(current.ports ?? [], slice.ports) &&
      deepEqual(current.metadata.labels, slice.metadata.labels)
    ) {
      return;
    }
    cluster.seed([slice]);
  };

  for (const service of cluster.list('services')) {
    syncService(service.metadata.namespace, service.metadata.name);
  }
  return cluster.onChange(event => {
    const { kind, metadata } = event.object;
    const namespace = metadata.namespace ?? 'default';
    if (kind === 'Service') {
      syncService(namespace, metadata.name);
    } else if (kind === 'Pod') {
      // The pod may have joined or left a Service (its labels changed): look at every one in its namespace.
      for (const service of cluster.list('services', { namespace })) {
        syncService(namespace, service.metadata.name);
      }
    }
  });
}

function matches(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** A Service port's target on the pods: a number, or a named container port. */
function targetPortOf(servicePort: any, pod: any): number {
  const target = servicePort.targetPort ?? servicePort.port;
  if (typeof target === 'number') return target;
  for (const container of pod?.spec?.containers ?? []) {
    const port = (container.ports ?? []).find((p: any) => p.name === target);
    if (port) return port.containerPort;
  }
  return servicePort.port;
}
