import { fnv1a32 } from '@internal/plugin-porter-common';
import type { NetworkPolicy } from './kubernetesTypes';
import { DEFAULT_INGRESS_NAMESPACE_LABELS } from './networkPolicyRules';

/**
 * The fix Porter proposes when NetworkPolicies keep F5 traffic from a
 * Service's pods: the platform's documented policy that lets F5 traffic in,
 * named so that applying it never replaces someone else's policy. Pure: no
 * I/O.
 */

/**
 * The policy Porter proposes: the platform's documented allow-from-f5-ingress,
 * narrowed to the claimed target port over TCP. A NetworkPolicy with every
 * field Porter writes present, so callers read them without checks.
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

/** The longest name a NetworkPolicy may have (a DNS-1123 label). */
export const MAX_POLICY_NAME_LENGTH = 63;

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
