import { fnv1a32 } from '@internal/plugin-porter-common';
import {
  LabelSelector,
  describeSelector,
  isEmptySelector,
  labelSelectorMatches,
} from './labelSelectors';

/**
 * The parts of a Kubernetes NetworkPolicy (networking.k8s.io/v1) that Porter
 * reads, how its ingress rules treat F5 traffic, and the platform's
 * documented policy that lets F5 traffic in. Pure: no I/O.
 */

/** spec.ingress[].ports[] of a NetworkPolicy. */
export interface NetworkPolicyPort {
  /** TCP, UDP or SCTP; Kubernetes defaults it to TCP. */
  protocol?: string;
  /** A port number or the name of a container port on the selected pods; absent means all ports. */
  port?: number | string;
  /** With a numeric port, the last port of the range port..endPort. */
  endPort?: number;
}

/** spec.ingress[].from[] of a NetworkPolicy. */
export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

/** spec.ingress[] of a NetworkPolicy. */
export interface NetworkPolicyIngressRule {
  /** Absent or empty: traffic from any source. */
  from?: NetworkPolicyPeer[];
  /** Absent or empty: traffic to any port. */
  ports?: NetworkPolicyPort[];
}

/** A NetworkPolicy as read from the cluster (only the fields Porter uses are typed). */
export interface NetworkPolicy {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
  };
  spec: {
    /** Required by Kubernetes; an empty selector selects every pod in the namespace. */
    podSelector?: LabelSelector;
    /** Absent: Ingress, plus Egress when the policy has egress rules. */
    policyTypes?: string[];
    ingress?: NetworkPolicyIngressRule[];
    egress?: unknown[];
  };
}

/**
 * The policy Porter proposes: the platform's documented allow-from-f5-ingress,
 * narrowed to the claimed target port over TCP.
 */
export type NetworkPolicyManifest = {
  kind: 'NetworkPolicy';
  apiVersion: 'networking.k8s.io/v1';
  metadata: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
  };
  spec: {
    podSelector: { matchLabels: Record<string, string> };
    ingress: Array<{
      from: Array<{
        namespaceSelector: { matchLabels: Record<string, string> };
      }>;
      ports: Array<{ protocol: 'TCP'; port: number | string }>;
    }>;
    policyTypes: ['Ingress'];
  };
};

/** The platform's name for the policy that admits traffic from the F5 ingress namespaces. */
export const FIX_POLICY_NAME = 'allow-from-f5-ingress';

/** Labels of the namespaces F5 traffic arrives from on the platform. */
export const DEFAULT_INGRESS_NAMESPACE_LABELS: Readonly<
  Record<string, string>
> = Object.freeze({ 'network.openshift.io/policy-group': 'ingress' });

/** The longest name a NetworkPolicy may have (a DNS-1123 label). */
export const MAX_POLICY_NAME_LENGTH = 63;

/**
 * Whether the policy isolates the pods it selects for ingress: its
 * policyTypes includes Ingress, or is unspecified (then Kubernetes takes
 * Ingress, plus Egress when the policy has egress rules).
 */
export function isIngressPolicy(policy: NetworkPolicy): boolean {
  return policy.spec.policyTypes?.includes('Ingress') ?? true;
}

/** Why a peer does not admit F5 traffic, or undefined when it does. */
function peerRefusal(
  peer: NetworkPolicyPeer,
  ingressLabels: Record<string, string>,
): string | undefined {
  if (peer.ipBlock) {
    return `ipBlock ${peer.ipBlock.cidr} is not counted, as Porter cannot know the addresses F5 traffic comes from`;
  }
  if (peer.namespaceSelector) {
    if (!labelSelectorMatches(peer.namespaceSelector, ingressLabels)) {
      return `namespaceSelector ${describeSelector(
        peer.namespaceSelector,
      )} does not match the ingress namespaces`;
    }
    if (!isEmptySelector(peer.podSelector)) {
      return `namespaceSelector with podSelector ${describeSelector(
        peer.podSelector,
      )} admits only those pods, and F5 traffic does not come from pods`;
    }
    return undefined;
  }
  if (peer.podSelector) {
    return `podSelector ${describeSelector(
      peer.podSelector,
    )} admits only pods in this namespace`;
  }
  return 'an empty peer admits nothing';
}

/** The TCP port F5 traffic reaches on a pod. */
export interface TargetPort {
  port: number;
  /** Names of the pod's TCP container ports with this number (policies may name ports). */
  names: string[];
}

/**
 * Why an ingress rule does not admit TCP traffic from the ingress
 * namespaces to the target port, or undefined when it does. A rule admits
 * it when some peer does (no peers: any source) and some port does (no
 * ports: every port). Throws InvalidLabelSelectorError for invalid selectors.
 */
export function ingressRuleRefusal(
  rule: NetworkPolicyIngressRule,
  target: TargetPort,
  ingressLabels: Record<string, string>,
): string | undefined {
  const from = rule.from ?? [];
  if (from.length > 0) {
    const refusals = from.map(peer => peerRefusal(peer, ingressLabels));
    if (!refusals.includes(undefined)) {
      return refusals.length === 1
        ? refusals[0]
        : `no peer admits it (${refusals.join('; ')})`;
    }
  }
  const ports = rule.ports ?? [];
  const admits = ports.some(p => {
    if ((p.protocol ?? 'TCP') !== 'TCP') {
      return false;
    }
    if (p.port === undefined) {
      return true;
    }
    if (typeof p.port === 'number') {
      return target.port >= p.port && target.port <= (p.endPort ?? p.port);
    }
    return target.names.includes(p.port);
  });
  if (ports.length > 0 && !admits) {
    const shown = ports.map(p =>
      p.port === undefined
        ? `all ${p.protocol}`
        : `${p.port}${p.endPort ? `-${p.endPort}` : ''}/${p.protocol ?? 'TCP'}`,
    );
    return `port ${target.port}/TCP is not among its ports (${shown.join(
      ', ',
    )})`;
  }
  return undefined;
}

/**
 * Shortens a name to at most 63 characters, deterministically: a name that
 * is too long keeps its beginning and ends with a fingerprint of the whole
 * name, so two long names with the same beginning stay distinct.
 */
export function truncatePolicyName(name: string): string {
  if (name.length <= MAX_POLICY_NAME_LENGTH) {
    return name;
  }
  // FNV-1a as 8 hex digits: policy names already applied keep this format.
  const fingerprint = fnv1a32(name).toString(16).padStart(8, '0');
  const head = name
    .slice(0, MAX_POLICY_NAME_LENGTH - fingerprint.length - 1)
    .replace(/[^a-z0-9]+$/, '');
  return `${head}-${fingerprint}`;
}

export interface FixPolicyOptions {
  serviceName: string;
  namespace: string;
  /** The Service's spec.selector: the fix selects exactly the Service's pods. */
  serviceSelector: Record<string, string>;
  /** The claimed port's targetPort on the pods (a number or a container port name): the only port admitted. */
  targetPort: number | string;
  /** Every NetworkPolicy already in the namespace: the fix must not replace someone else's. */
  existingPolicies: NetworkPolicy[];
  /** Whether an existing policy of a candidate name may be replaced (it is this claim's own). Default: none may. */
  mayReplace?: (policy: NetworkPolicy) => boolean;
  /** Defaults to {@link DEFAULT_INGRESS_NAMESPACE_LABELS}. */
  ingressNamespaceLabels?: Record<string, string>;
}

/**
 * The NetworkPolicy that admits F5 traffic to a Service's pods: the
 * platform's documented allow-from-f5-ingress, selecting the Service's pods,
 * admitting only the claimed target port over TCP.
 *
 * It is named allow-from-f5-ingress unless the namespace already has a
 * policy of that name that is not this claim's own; then it is named
 * allow-from-f5-ingress-<service> (at most 63 characters, and with -2, -3…
 * if that name is taken too), so applying it never replaces someone's policy.
 */
export function buildFixPolicy(
  options: FixPolicyOptions,
): NetworkPolicyManifest {
  const spec: NetworkPolicyManifest['spec'] = {
    podSelector: { matchLabels: { ...options.serviceSelector } },
    ingress: [
      {
        from: [
          {
            namespaceSelector: {
              matchLabels: {
                ...(options.ingressNamespaceLabels ??
                  DEFAULT_INGRESS_NAMESPACE_LABELS),
              },
            },
          },
        ],
        ports: [{ protocol: 'TCP', port: options.targetPort }],
      },
    ],
    policyTypes: ['Ingress'],
  };
  const existing = new Map(
    options.existingPolicies
      .filter(
        p =>
          p.metadata.namespace === undefined ||
          p.metadata.namespace === options.namespace,
      )
      .map(p => [p.metadata.name, p] as const),
  );
  const mayReplace = options.mayReplace ?? (() => false);
  const free = (name: string) => {
    const policy = existing.get(name);
    return !policy || mayReplace(policy);
  };
  let name = FIX_POLICY_NAME;
  if (!free(name)) {
    const suffixed = `${FIX_POLICY_NAME}-${options.serviceName}`;
    name = truncatePolicyName(suffixed);
    for (let n = 2; !free(name); n++) {
      name = truncatePolicyName(`${suffixed}-${n}`);
    }
  }
  return {
    kind: 'NetworkPolicy',
    apiVersion: 'networking.k8s.io/v1',
    metadata: { name, namespace: options.namespace },
    spec,
  };
}

/**
 * The input with the fix applied as `kubectl apply` would: it replaces the
 * namespace's policy of the same name, or is added. The input is not changed.
 */
export function applyFixToPolicies<
  T extends { networkPolicies: NetworkPolicy[] },
>(input: T, fix: NetworkPolicyManifest): T {
  return {
    ...input,
    networkPolicies: [
      ...input.networkPolicies.filter(
        p => p.metadata.name !== fix.metadata.name,
      ),
      fix,
    ],
  };
}
