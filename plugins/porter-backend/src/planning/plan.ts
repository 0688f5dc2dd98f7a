import {
  Allocation,
  ClaimId,
  ClaimManifests,
  ClaimSpec,
  crossConnectNames,
  KubernetesObject,
  PORTER_API_VERSION,
  TRANSPORT_SERVER_API_VERSION,
  TRANSPORT_SERVER_CLAIM_KIND,
  TRANSPORT_SERVER_KIND,
} from '@internal/plugin-porter-common';
import { entityLabels, porterLabels } from './labels';

/** What the clusters say about the target, as far as planning needs it. */
export interface PlanFacts {
  /** Number of ports on the target Service; more than one selects multi-port naming. */
  targetServicePortCount?: number;
  /** Whether this claim is the oldest on its Service and so owns the legacy `SERVICE-CLUSTER` name. */
  ownsLegacyName?: boolean;
}

export interface PlanInput {
  /**
   * `entityRef` adds the Kubernetes plugin's label, so the entity's
   * Kubernetes tab shows the objects; `id` (the claim's database id) is
   * labelled on every object once the claim is stored.
   */
  claim: ClaimId & { spec: ClaimSpec; entityRef?: string; id?: number };
  /** This portal's identity (`porter.instance`), labelled on every object. */
  instance: string;
  /** One per realising cluster; for a pair the claim's own (primary) side and its secondary. */
  allocations: Allocation[];
  facts?: PlanFacts;
}

/**
 * The objects a claim needs, per cluster. Pure: same input, same objects.
 *
 * - a TransportServer in every cluster that realises the claim;
 * - for a pair, in each side a selector-less Service + Endpoints pointing at
 *   the other side's VIP:port (the cross-connect);
 * - the TransportServerClaim itself, with `status`, in the claim's cluster,
 *   so `oc get tscs` keeps telling the truth.
 */
export function planClaim(input: PlanInput): ClaimManifests {
  const { claim, allocations, facts = {} } = input;
  const meta = (name: string) => ({
    name,
    namespace: claim.namespace,
    labels: {
      ...porterLabels(claim, input.instance),
      ...entityLabels(claim.entityRef),
    },
  });
  const items = allocations.map(allocation => ({
    cluster: allocation.cluster,
    objects: [transportServer(claim, allocation, meta)] as KubernetesObject[],
  }));

  if (allocations.length === 2) {
    const multiPort = (facts.targetServicePortCount ?? 1) > 1;
    for (const [index, local] of items.entries()) {
      const remote = allocations[1 - index];
      const names = crossConnectNames({
        service: claim.spec.service,
        servicePort: claim.spec.servicePort,
        remoteCluster: remote.cluster,
        multiPort,
      });
      local.objects.push(...crossConnect(claim, names.primary, remote, meta));
      if (names.legacy && facts.ownsLegacyName) {
        local.objects.push(...crossConnect(claim, names.legacy, remote, meta));
      }
    }
  }

  const own = allocations.find(a => a.cluster === claim.cluster);
  const home = items.find(i => i.cluster === claim.cluster);
  if (home) {
    home.objects.push(transportServerClaim(claim, own, meta));
  }
  return { items };
}

type Meta = (name: string) => KubernetesObject['metadata'];

function transportServer(
  claim: PlanInput['claim'],
  allocation: Allocation,
  meta: Meta,
): KubernetesObject {
  const { spec } = claim;
  return {
    apiVersion: TRANSPORT_SERVER_API_VERSION,
    kind: TRANSPORT_SERVER_KIND,
    metadata: meta(claim.name),
    spec: {
      virtualServerAddress: allocation.address,
      virtualServerPort: allocation.port,
      mode: 'standard',
      type: 'tcp',
      pool: {
        service: spec.service,
        servicePort: spec.servicePort,
        monitor: {
          type: spec.monitor.type,
          interval: spec.monitor.interval,
          timeout: spec.monitor.timeout,
        },
      },
    },
  };
}

/**
 * A selector-less Service and its Endpoints, reaching the other side's VIP.
 * Clients connect to `port`: the remote VIP port, or with
 * `overrideServicePort` the claim's own servicePort, so the same port number
 * works in both clusters. `targetPort` is always the remote VIP port.
 */
function crossConnect(
  claim: PlanInput['claim'],
  name: string,
  remote: Allocation,
  meta: Meta,
): KubernetesObject[] {
  const port = claim.spec.overrideServicePort
    ? claim.spec.servicePort
    : remote.port;
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(name),
      spec: {
        type: 'ClusterIP',
        ports: [{ protocol: 'TCP', port, targetPort: remote.port }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: meta(name),
      subsets: [
        {
          addresses: [{ ip: remote.address }],
          ports: [{ protocol: 'TCP', port: remote.port }],
        },
      ],
    },
  ];
}

function transportServerClaim(
  claim: PlanInput['claim'],
  own: Allocation | undefined,
  meta: Meta,
): KubernetesObject {
  return {
    apiVersion: PORTER_API_VERSION,
    kind: TRANSPORT_SERVER_CLAIM_KIND,
    metadata: meta(claim.name),
    spec: { ...claim.spec },
    // The Porter operator reports the port as a string; keep that for `oc` users' scripts.
    status: own ? { address: own.address, port: String(own.port) } : {},
  };
}
