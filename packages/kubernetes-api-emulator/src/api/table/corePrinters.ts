import {
  AGE_COLUMN,
  ageOf,
  column,
  formatLabels,
  NAME_COLUMN,
  Printer,
} from './printer';

/**
 * The API server's printers for the core types the emulator serves
 * (k8s.io/kubernetes/pkg/printers/internalversion), producing the same
 * columns and cells that `kubectl get` shows against a real cluster.
 */

const namespaces: Printer = {
  columns: [
    NAME_COLUMN,
    column('Status', 'The status of the namespace'),
    AGE_COLUMN,
  ],
  cells: (ns, now) => [
    ns.metadata.name,
    ns.status?.phase ?? '',
    ageOf(ns, now),
  ],
};

/** `8000/TCP`, or `8000:30001/TCP` with a node port, comma-separated. */
function servicePorts(ports: any[] | undefined): string {
  const list = (ports ?? []).map(p => {
    const protocol = p.protocol ?? 'TCP';
    return p.nodePort
      ? `${p.port}:${p.nodePort}/${protocol}`
      : `${p.port}/${protocol}`;
  });
  return list.length ? list.join(',') : '<none>';
}

function externalIP(svc: any): string {
  const spec = svc.spec ?? {};
  const external: string[] = spec.externalIPs ?? [];
  switch (spec.type) {
    case 'LoadBalancer': {
      const ingress: any[] = svc.status?.loadBalancer?.ingress ?? [];
      const ips = [
        ...ingress.map(i => i.ip ?? i.hostname).filter(Boolean),
        ...external,
      ];
      return ips.length ? ips.join(',') : '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '<none>';
    default:
      return external.length ? external.join(',') : '<none>';
  }
}

const services: Printer = {
  columns: [
    NAME_COLUMN,
    column('Type', 'type determines how the Service is exposed.'),
    column('Cluster-IP', 'clusterIP is the IP address of the service.'),
    column('External-IP', 'externalIPs is a list of IP addresses.'),
    column('Port(s)', 'The list of ports that are exposed by this service.'),
    AGE_COLUMN,
    column('Selector', 'Route service traffic to pods with these labels.', {
      priority: 1,
    }),
  ],
  cells: (svc, now) => [
    svc.metadata.name,
    svc.spec?.type ?? 'ClusterIP',
    svc.spec?.clusterIPs?.[0] ?? svc.spec?.clusterIP ?? '<none>',
    externalIP(svc),
    servicePorts(svc.spec?.ports),
    ageOf(svc, now),
    formatLabels(svc.spec?.selector),
  ],
};

const hostPort = (ip: string, port: number) =>
  ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;

/** Up to three `ip:port`, then ` + N more...` (printers.formatEndpoints). */
function formatEndpoints(subsets: any[] | undefined): string {
  if (!subsets?.length) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const subset of subsets) {
    const addresses: any[] = subset.addresses ?? [];
    const ports: any[] = subset.ports?.length ? subset.ports : [undefined];
    for (const port of ports) {
      for (const address of addresses) {
        if (list.length < 3) {
          list.push(port ? hostPort(address.ip, port.port) : address.ip);
        }
        count++;
      }
    }
  }
  const text = list.join(',');
  return count > 3 ? `${text} + ${count - 3} more...` : text;
}

const endpoints: Printer = {
  columns: [
    NAME_COLUMN,
    column('Endpoints', 'Endpoints is the list of endpoints.'),
    AGE_COLUMN,
  ],
  cells: (ep, now) => [
    ep.metadata.name,
    formatEndpoints(ep.subsets),
    ageOf(ep, now),
  ],
};

/** The STATUS column's reason: a waiting or terminated container's, else the phase. */
function podReason(pod: any): string {
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  let reason: string = pod.status?.reason ?? pod.status?.phase ?? '';
  for (const c of pod.status?.containerStatuses ?? []) {
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
  }
  return reason;
}

const pods: Printer = {
  columns: [
    NAME_COLUMN,
    column(
      'Ready',
      'The aggregate readiness state of this pod for accepting traffic.',
    ),
    column('Status', 'The aggregate status of the containers in this pod.'),
    column(
      'Restarts',
      'The number of times the containers in this pod have been restarted.',
    ),
    AGE_COLUMN,
    column('IP', 'The IP address assigned to the pod.', { priority: 1 }),
    column('Node', 'The name of the node the pod is assigned to.', {
      priority: 1,
    }),
    column('Nominated Node', 'The node this pod is nominated to run on.', {
      priority: 1,
    }),
    column('Readiness Gates', "The pod's readiness gates.", { priority: 1 }),
  ],
  cells: (pod, now) => {
    const statuses: any[] = pod.status?.containerStatuses ?? [];
    const ready = statuses.filter(c => c.ready).length;
    const restarts = statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0);
    const gates: any[] = pod.spec?.readinessGates ?? [];
    const trueConditions = new Set(
      (pod.status?.conditions ?? [])
        .filter((c: any) => c.status === 'True')
        .map((c: any) => c.type),
    );
    return [
      pod.metadata.name,
      `${ready}/${(pod.spec?.containers ?? []).length}`,
      podReason(pod),
      String(restarts),
      ageOf(pod, now),
      pod.status?.podIP ?? '<none>',
      pod.spec?.nodeName ?? '<none>',
      pod.status?.nominatedNodeName ?? '<none>',
      gates.length
        ? `${gates.filter(g => trueConditions.has(g.conditionType)).length}/${
            gates.length
          }`
        : '<none>',
    ];
  },
};

const configMaps: Printer = {
  columns: [
    NAME_COLUMN,
    column('Data', 'Data contains the configuration data.', {
      type: 'integer',
    }),
    AGE_COLUMN,
  ],
  cells: (cm, now) => [
    cm.metadata.name,
    Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length,
    ageOf(cm, now),
  ],
};

export const CORE_PRINTERS: Record<string, Printer> = {
  Namespace: namespaces,
  Service: services,
  Endpoints: endpoints,
  Pod: pods,
  ConfigMap: configMaps,
};
