import { isPlainObject } from './json';

/**
 * Fields a real API server fills in on write, so that objects read back from
 * the emulator look like objects read back from a cluster (and code that
 * compares "what I wrote" with "what is there" meets the same extra fields).
 * Only defaults for the served built-in types that Porter looks at.
 */

/** Per-cluster allocation of Service cluster IPs and node ports. */
export interface Allocator {
  clusterIP(): string;
  nodePort(): number;
}

/** Sequential allocation in OpenShift's default service network (data only). */
export function createAllocator(): Allocator {
  let ip = 10;
  let port = 30000;
  return {
    clusterIP: () => {
      const n = ip++;
      return `172.30.${Math.floor(n / 250) % 256}.${(n % 250) + 1}`;
    },
    nodePort: () => port++,
  };
}

type Obj = Record<string, any>;

function defaultService(obj: Obj, allocate: Allocator, previous?: Obj) {
  const spec: Obj = isPlainObject(obj.spec) ? obj.spec : (obj.spec = {});
  const before: Obj = previous?.spec ?? {};
  spec.type ??= 'ClusterIP';
  spec.sessionAffinity ??= 'None';
  if (spec.type === 'ExternalName') return;
  // Allocated values survive updates that omit them, as on a real server.
  spec.clusterIP ??= before.clusterIP ?? allocate.clusterIP();
  spec.clusterIPs ??=
    before.clusterIP === spec.clusterIP && before.clusterIPs
      ? before.clusterIPs
      : [spec.clusterIP];
  spec.ipFamilies ??= ['IPv4'];
  spec.ipFamilyPolicy ??= 'SingleStack';
  spec.internalTrafficPolicy ??= 'Cluster';
  const exposesNodePorts =
    spec.type === 'NodePort' || spec.type === 'LoadBalancer';
  if (exposesNodePorts) spec.externalTrafficPolicy ??= 'Cluster';
  const oldPorts: Obj[] = Array.isArray(before.ports) ? before.ports : [];
  for (const port of Array.isArray(spec.ports) ? spec.ports : []) {
    if (!isPlainObject(port)) continue;
    port.protocol ??= 'TCP';
    port.targetPort ??= port.port;
    if (exposesNodePorts && port.nodePort === undefined) {
      const old = oldPorts.find(
        p => p.port === port.port && p.protocol === port.protocol,
      );
      port.nodePort = old?.nodePort ?? allocate.nodePort();
    }
  }
}

function defaultNetworkPolicy(obj: Obj) {
  const spec: Obj = isPlainObject(obj.spec) ? obj.spec : (obj.spec = {});
  spec.podSelector ??= {};
  // All policies affect ingress; those with egress rules affect egress too.
  if (!Array.isArray(spec.policyTypes)) {
    spec.policyTypes =
      Array.isArray(spec.egress) && spec.egress.length > 0
        ? ['Ingress', 'Egress']
        : ['Ingress'];
  }
  for (const rule of [
    ...(Array.isArray(spec.ingress) ? spec.ingress : []),
    ...(Array.isArray(spec.egress) ? spec.egress : []),
  ]) {
    for (const port of Array.isArray(rule?.ports) ? rule.ports : []) {
      if (isPlainObject(port)) port.protocol ??= 'TCP';
    }
  }
}

function defaultNamespace(obj: Obj) {
  // Since Kubernetes 1.21 every namespace carries its name as this label,
  // which NetworkPolicy namespaceSelectors commonly use.
  obj.metadata.labels = {
    ...obj.metadata.labels,
    'kubernetes.io/metadata.name': obj.metadata.name,
  };
  const spec: Obj = isPlainObject(obj.spec) ? obj.spec : (obj.spec = {});
  spec.finalizers ??= ['kubernetes'];
}

/** Fills in server defaults in place; `previous` is the stored object on update. */
export function applyServerDefaults(
  obj: Obj,
  allocate: Allocator,
  previous?: Obj,
): void {
  if (obj.apiVersion === 'v1' && obj.kind === 'Service') {
    defaultService(obj, allocate, previous);
  } else if (
    obj.apiVersion === 'networking.k8s.io/v1' &&
    obj.kind === 'NetworkPolicy'
  ) {
    defaultNetworkPolicy(obj);
  } else if (obj.apiVersion === 'v1' && obj.kind === 'Namespace') {
    defaultNamespace(obj);
  }
}
