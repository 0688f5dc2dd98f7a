import {
  ContainerPort,
  NetworkPolicy,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  Pod,
  isTcp,
} from './kubernetesTypes';
import {
  describeSelector,
  isEmptySelector,
  labelSelectorMatches,
} from './labelSelectors';

/**
 * How NetworkPolicies (networking.k8s.io/v1) treat F5 traffic: which
 * policies isolate a pod, and whether an ingress rule admits TCP traffic from
 * the namespaces F5 traffic arrives from to a port of the pod. Where they do
 * not, each says why, for people to read. Pure: no I/O.
 */

/** Labels of the namespaces F5 traffic arrives from on the platform. */
export const DEFAULT_INGRESS_NAMESPACE_LABELS: Readonly<
  Record<string, string>
> = Object.freeze({ 'network.openshift.io/policy-group': 'ingress' });

/**
 * Whether the policy isolates the pods it selects for ingress: its
 * policyTypes includes Ingress, or is unspecified (then Kubernetes takes
 * Ingress, plus Egress when the policy has egress rules).
 */
export function isIngressPolicy(policy: NetworkPolicy): boolean {
  return policy.spec.policyTypes?.includes('Ingress') ?? true;
}

/**
 * The policies that isolate a pod with these labels for ingress: those of
 * type Ingress whose podSelector selects it. The policies must be of the
 * pod's namespace. Throws InvalidLabelSelectorError for invalid selectors.
 */
export function policiesIsolating(
  policies: NetworkPolicy[],
  podLabels: Record<string, string> | undefined,
): NetworkPolicy[] {
  return policies.filter(
    p =>
      isIngressPolicy(p) && labelSelectorMatches(p.spec.podSelector, podLabels),
  );
}

/** The TCP port F5 traffic reaches on a pod. */
export interface TargetPort {
  port: number;
  /** Names of the pod's TCP container ports with this number (policies may name ports). */
  names: string[];
}

function tcpContainerPorts(pod: Pod): ContainerPort[] {
  return (pod.spec?.containers ?? [])
    .flatMap(c => c.ports ?? [])
    .filter(p => isTcp(p.protocol));
}

/**
 * A Service's targetPort on one pod: a number is that port; a name is the
 * number of the pod's TCP container port of that name, and undefined when
 * the pod has none (then Kubernetes sends the pod none of the Service's
 * traffic). With it, the names the pod gives that number, which a policy
 * may use instead of the number.
 */
export function podTargetPort(
  pod: Pod,
  targetPort: number | string,
): TargetPort | undefined {
  const ports = tcpContainerPorts(pod);
  const port =
    typeof targetPort === 'number'
      ? targetPort
      : ports.find(c => c.name === targetPort)?.containerPort;
  if (port === undefined) {
    return undefined;
  }
  const names = ports
    .filter(c => c.containerPort === port && c.name)
    .map(c => c.name as string);
  return { port, names };
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
    if (!isTcp(p.protocol)) {
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
 * Why a policy that isolates a pod does not admit F5 traffic to its target
 * port, or undefined when one of its ingress rules does (rules are ORed).
 * The reason names the policy, and each rule's reason by its position.
 * Throws InvalidLabelSelectorError for invalid selectors.
 */
export function policyRefusal(
  policy: NetworkPolicy,
  target: TargetPort,
  ingressLabels: Record<string, string>,
): string | undefined {
  const rules = policy.spec.ingress ?? [];
  if (rules.length === 0) {
    return `${policy.metadata.name} has no ingress rules`;
  }
  const refusals = rules.map(r => ingressRuleRefusal(r, target, ingressLabels));
  if (refusals.includes(undefined)) {
    return undefined;
  }
  return `${policy.metadata.name}: ${refusals
    .map((r, i) => `rule ${i + 1}: ${r}`)
    .join('; ')}`;
}
