import type {
  PodVerdict,
  PolicyVerdict as ApiPolicyVerdict,
  PolicyVerdictKind,
} from '@internal/plugin-porter-common';
import { NetworkPolicyManifest, buildFixPolicy } from './fixPolicy';
import {
  NetworkPolicy,
  Pod,
  Service,
  ServicePort,
  isTcp,
} from './kubernetesTypes';
import { labelPairs } from './labels';
import {
  InvalidLabelSelectorError,
  describeSelector,
  equalitySelectorMatches,
} from './labelSelectors';
import {
  DEFAULT_INGRESS_NAMESPACE_LABELS,
  podTargetPort,
  policiesIsolating,
  policyRefusal,
} from './networkPolicyRules';

/**
 * Will TCP traffic from the F5 load balancer (which arrives from the
 * namespaces labelled network.openshift.io/policy-group=ingress) reach every
 * pod behind a Service on the claimed port, given the namespace's
 * NetworkPolicies? Pure: plain Kubernetes JSON in, a verdict out. Follows the
 * networking.k8s.io/v1 NetworkPolicy semantics.
 */

export interface PolicyVerdictInput {
  service: Service;
  /** The claimed Service port (one of spec.ports[].port). */
  servicePort: number;
  /** Pods in the Service's namespace; those the Service selects are checked. */
  pods: Pod[];
  /** Every NetworkPolicy in the Service's namespace. */
  networkPolicies: NetworkPolicy[];
  /** Labels of the namespaces F5 traffic comes from; defaults to network.openshift.io/policy-group=ingress. */
  ingressNamespaceLabels?: Record<string, string>;
  /** Whether an existing NetworkPolicy may be replaced by the fix (it is the claim's own, applied before). */
  mayReplace?: (policy: NetworkPolicy) => boolean;
}

/** The verdict, with its fix as the NetworkPolicy Porter builds (in the API, a KubernetesObject). */
export type PolicyVerdict = Omit<ApiPolicyVerdict, 'fix'> & {
  fix?: NetworkPolicyManifest;
};

const list = (names: string[]) => names.join(', ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Whether a pod is ready to take traffic: Running, not being deleted, and
 * Ready (a Running pod that reports no conditions counts as ready).
 */
function isReady(pod: Pod): boolean {
  if (pod.status?.phase !== 'Running' || pod.metadata.deletionTimestamp) {
    return false;
  }
  const conditions = pod.status.conditions ?? [];
  return (
    conditions.length === 0 ||
    conditions.some(c => c.type === 'Ready' && c.status === 'True')
  );
}

function checkPod(
  pod: Pod,
  servicePort: ServicePort,
  policies: NetworkPolicy[],
  ingressLabels: Record<string, string>,
): PodVerdict {
  const isolatedBy = policiesIsolating(policies, pod.metadata.labels);
  const base = {
    name: pod.metadata.name,
    ready: isReady(pod),
    isolated: isolatedBy.length > 0,
    isolatedBy: isolatedBy.map(p => p.metadata.name),
  };
  const targetPort = servicePort.targetPort ?? servicePort.port;
  const target = podTargetPort(pod, targetPort);
  if (target === undefined) {
    const reason = `The pod has no TCP container port named "${targetPort}" (the Service's targetPort), so Kubernetes sends it none of the Service's traffic on port ${servicePort.port}.`;
    return { ...base, serving: false, allowed: false, allowedBy: [], reason };
  }
  const common = { ...base, serving: base.ready, targetPort: target.port };
  if (!base.isolated) {
    const reason = `No NetworkPolicy of type Ingress selects the pod, so port ${target.port} is open to all traffic.`;
    return { ...common, allowed: true, allowedBy: [], reason };
  }
  const allowedBy: string[] = [];
  const refusals: string[] = [];
  for (const policy of isolatedBy) {
    const refusal = policyRefusal(policy, target, ingressLabels);
    if (refusal === undefined) {
      allowedBy.push(policy.metadata.name);
    } else {
      refusals.push(refusal);
    }
  }
  if (allowedBy.length > 0) {
    const reason = `NetworkPolicy ${list(
      allowedBy,
    )} admits F5 traffic to port ${target.port}.`;
    return { ...common, allowed: true, allowedBy, reason };
  }
  const reason = `Isolated by NetworkPolicy ${list(
    base.isolatedBy,
  )}, and none admits F5 traffic to port ${target.port}/TCP (${refusals.join(
    ' | ',
  )}).`;
  return { ...common, allowed: false, allowedBy, reason };
}

function verdict(
  kind: PolicyVerdictKind,
  summary: string,
  rest: Partial<PolicyVerdict> = {},
): PolicyVerdict {
  return {
    kind,
    summary,
    allowedBy: [],
    pods: [],
    notReady: [],
    notes: [],
    ...rest,
  };
}

/** Whether F5 TCP traffic reaches every pod behind the Service on the claimed port. */
export function computePolicyVerdict(input: PolicyVerdictInput): PolicyVerdict {
  const { service, servicePort } = input;
  const { name, namespace } = service.metadata;
  const svc = `Service ${namespace}/${name}`;
  const ingressLabels =
    input.ingressNamespaceLabels ?? DEFAULT_INGRESS_NAMESPACE_LABELS;

  const entries = (service.spec.ports ?? []).filter(
    p => p.port === servicePort,
  );
  const entry = entries.find(p => isTcp(p.protocol));
  if (!entry) {
    const summary =
      entries.length > 0
        ? `Port ${servicePort} on ${svc} is ${entries[0].protocol}, not TCP; F5 forwards TCP only, so claim a TCP port.`
        : `Port ${servicePort} is not on ${svc} (its ports: ${
            list((service.spec.ports ?? []).map(p => String(p.port))) || 'none'
          }); claim one of its ports.`;
    return verdict('error', summary);
  }
  const selector = service.spec.selector ?? {};
  if (Object.keys(selector).length === 0) {
    return verdict(
      'no-pods',
      `${svc} has no selector, so Kubernetes picks no pods for it and Porter cannot check its NetworkPolicies; give it a selector.`,
    );
  }
  const inNamespace = <T extends { metadata: { namespace?: string } }>(o: T) =>
    o.metadata.namespace === undefined || o.metadata.namespace === namespace;
  const policies = input.networkPolicies.filter(inNamespace);
  const selected = input.pods
    .filter(inNamespace)
    .filter(p => equalitySelectorMatches(selector, p.metadata.labels));
  if (selected.length === 0) {
    return verdict(
      'no-pods',
      `No pod in namespace ${namespace} matches the selector ${describeSelector(
        { matchLabels: selector },
      )} of ${svc}; start its pods or correct its selector.`,
    );
  }

  let pods: PodVerdict[];
  try {
    pods = selected.map(p => checkPod(p, entry, policies, ingressLabels));
  } catch (e) {
    if (e instanceof InvalidLabelSelectorError) {
      return verdict(
        'error',
        `A NetworkPolicy in namespace ${namespace} has an invalid label selector: ${e.message}.`,
      );
    }
    throw e;
  }
  const notReady = pods.filter(p => !p.ready).map(p => p.name);
  const serving = pods.filter(p => p.serving);
  const notes: string[] = [];
  if (notReady.length > 0) {
    notes.push(`Not ready, so not counted: ${list(notReady)}.`);
  }
  const portless = pods.filter(p => p.ready && !p.serving).map(p => p.name);
  if (portless.length > 0) {
    notes.push(
      `Ready but without a TCP container port named "${
        entry.targetPort
      }", so not counted: ${list(portless)}.`,
    );
  }
  const rest = { pods, notReady, notes };
  if (serving.length === 0) {
    const summary =
      notReady.length === pods.length
        ? `None of the ${plural(
            pods.length,
            'pod',
          )} behind ${svc} is ready (${list(
            notReady,
          )}); F5 traffic has nowhere to go until one is.`
        : `No ready pod behind ${svc} has a TCP container port named "${entry.targetPort}" (its targetPort for port ${servicePort}); add the port to the pods or correct the Service.`;
    return verdict('no-pods', summary, rest);
  }

  const allowedBy = policies
    .map(p => p.metadata.name)
    .filter(n => serving.some(p => p.allowedBy.includes(n)));
  const open = serving.filter(p => !p.isolated).map(p => p.name);
  const blocked = serving.filter(p => !p.allowed).map(p => p.name);
  const readyPods = plural(serving.length, 'ready pod');
  const exposure = `reachable from every namespace, and once exposed over TCP by every network user in the data centre; protect the Service with strong authentication or mutual TLS`;
  if (blocked.length === 0 && open.length === serving.length) {
    const summary = `No NetworkPolicy isolates the ${readyPods} behind ${svc}, so port ${servicePort} is ${exposure}.`;
    return verdict('open', summary, rest);
  }
  if (blocked.length === 0) {
    const openNote = `${plural(open.length, 'pod')} (${list(open)}) ${
      open.length === 1 ? 'is' : 'are'
    } not isolated by any NetworkPolicy, so ${
      open.length === 1 ? 'it is' : 'they are'
    } ${exposure}.`;
    if (open.length > 0) {
      notes.push(openNote);
    }
    const summary = `F5 traffic reaches all ${readyPods} behind ${svc} on port ${servicePort}, allowed by NetworkPolicy ${list(
      allowedBy,
    )}${open.length > 0 ? `; but ${openNote}` : '.'}`;
    return verdict('allowed', summary, { ...rest, allowedBy });
  }

  const fix = buildFixPolicy({
    serviceName: name,
    namespace,
    serviceSelector: selector,
    targetPort: entry.targetPort ?? entry.port,
    existingPolicies: policies,
    ingressNamespaceLabels: input.ingressNamespaceLabels,
    mayReplace: input.mayReplace,
  });
  const wouldIsolate = pods.filter(p => !p.isolated).map(p => p.name);
  const labels = labelPairs(ingressLabels);
  const apply = `apply the NetworkPolicy ${
    fix.metadata.name
  } to admit traffic from namespaces labelled ${list(labels)}`;
  if (serving.some(p => !p.allowed && p.reason.includes('ipBlock'))) {
    notes.push(
      'ipBlock peers are not counted: Porter cannot know the addresses F5 traffic comes from.',
    );
  }
  if (wouldIsolate.length > 0) {
    notes.push(
      `Applying ${fix.metadata.name} also isolates ${list(
        wouldIsolate,
      )}, which accept all traffic now and will then accept only traffic that some NetworkPolicy admits; ` +
        'Porter asks you to confirm that before it applies it.',
    );
  }
  const kind = blocked.length === serving.length ? 'blocked' : 'partial';
  const which =
    kind === 'blocked'
      ? `all ${readyPods}`
      : `${blocked.length} of ${readyPods}`;
  const names = kind === 'partial' ? ` (${list(blocked)})` : '';
  const summary = `NetworkPolicies block F5 traffic to ${which} behind ${svc} on port ${servicePort}${names}; ${apply}.`;
  return verdict(kind, summary, {
    ...rest,
    allowedBy,
    fix,
    ...(wouldIsolate.length > 0 ? { wouldIsolate } : {}),
  });
}
