import {
  FIX_POLICY_NAME,
  applyFixToPolicies,
  buildFixPolicy,
  truncatePolicyName,
} from './fixPolicy';
import type { NetworkPolicy } from './kubernetesTypes';
import { DEFAULT_INGRESS_NAMESPACE_LABELS } from './networkPolicyRules';

const NS = 'abc123-dev';
const f5Peer = {
  namespaceSelector: {
    matchLabels: { 'network.openshift.io/policy-group': 'ingress' },
  },
};
const policy = (name: string, spec: NetworkPolicy['spec']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace: NS },
  spec,
});
const options = (
  existingPolicies: NetworkPolicy[] = [],
  serviceName = 'web',
) => ({
  serviceName,
  namespace: NS,
  serviceSelector: { app: 'web' },
  targetPort: 8080,
  existingPolicies,
});

describe('buildFixPolicy', () => {
  it('is the platform’s documented allow-from-f5-ingress for the Service’s selector, narrowed to the target port', () => {
    expect(buildFixPolicy(options())).toEqual({
      kind: 'NetworkPolicy',
      apiVersion: 'networking.k8s.io/v1',
      metadata: { name: 'allow-from-f5-ingress', namespace: NS },
      spec: {
        podSelector: { matchLabels: { app: 'web' } },
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchLabels: {
                    'network.openshift.io/policy-group': 'ingress',
                  },
                },
              },
            ],
            ports: [{ protocol: 'TCP', port: 8080 }],
          },
        ],
        policyTypes: ['Ingress'],
      },
    });
  });

  it('lists its fields in the documented order', () => {
    const fix = buildFixPolicy(options());
    expect(Object.keys(fix)).toEqual([
      'kind',
      'apiVersion',
      'metadata',
      'spec',
    ]);
    expect(Object.keys(fix.spec)).toEqual([
      'podSelector',
      'ingress',
      'policyTypes',
    ]);
  });

  it('copies the selector and labels rather than sharing them', () => {
    const selector = { app: 'web' };
    const fix = buildFixPolicy({ ...options(), serviceSelector: selector });
    selector.app = 'changed';
    expect(fix.spec.podSelector.matchLabels).toEqual({ app: 'web' });
    expect(fix.spec.ingress[0].from[0].namespaceSelector.matchLabels).not.toBe(
      DEFAULT_INGRESS_NAMESPACE_LABELS,
    );
  });

  it('uses other ingress namespace labels when given', () => {
    const fix = buildFixPolicy({
      ...options(),
      ingressNamespaceLabels: { 'example.com/role': 'lb' },
    });
    expect(fix.spec.ingress[0].from[0].namespaceSelector.matchLabels).toEqual({
      'example.com/role': 'lb',
    });
  });

  it('keeps the documented name when the policy of that name is the claim’s own (mayReplace)', () => {
    const ours = buildFixPolicy(options());
    expect(
      buildFixPolicy({ ...options([ours]), mayReplace: p => p === ours })
        .metadata.name,
    ).toBe(FIX_POLICY_NAME);
  });

  it('never takes the name of a policy that is not the claim’s own, even an identical one', () => {
    const identical = buildFixPolicy(options());
    expect(buildFixPolicy(options([identical])).metadata.name).toBe(
      'allow-from-f5-ingress-web',
    );
  });

  it('admits only the claimed target port, over TCP (a number or a container port name)', () => {
    expect(buildFixPolicy(options()).spec.ingress[0].ports).toEqual([
      { protocol: 'TCP', port: 8080 },
    ]);
    expect(
      buildFixPolicy({ ...options(), targetPort: 'postgres' }).spec.ingress[0]
        .ports,
    ).toEqual([{ protocol: 'TCP', port: 'postgres' }]);
  });

  it('keeps the documented name when only another namespace has a policy of that name', () => {
    const elsewhere = {
      ...policy(FIX_POLICY_NAME, { podSelector: {} }),
      metadata: { name: FIX_POLICY_NAME, namespace: 'other' },
    };
    expect(buildFixPolicy(options([elsewhere])).metadata.name).toBe(
      FIX_POLICY_NAME,
    );
  });

  it('takes a Service-specific name when a different policy has the documented name', () => {
    const theirs = policy(FIX_POLICY_NAME, {
      podSelector: {},
      ingress: [{ from: [f5Peer] }],
      policyTypes: ['Ingress'],
    });
    expect(buildFixPolicy(options([theirs])).metadata.name).toBe(
      'allow-from-f5-ingress-web',
    );
  });

  it('numbers the Service-specific name when that is taken by a different policy too', () => {
    const taken = [
      policy(FIX_POLICY_NAME, { podSelector: {} }),
      policy('allow-from-f5-ingress-web', { podSelector: {} }),
      policy('allow-from-f5-ingress-web-2', { podSelector: {} }),
    ];
    expect(buildFixPolicy(options(taken)).metadata.name).toBe(
      'allow-from-f5-ingress-web-3',
    );
  });

  it('truncates a long Service-specific name to 63 characters, deterministically', () => {
    const long = 'a'.repeat(50);
    const existing = [policy(FIX_POLICY_NAME, { podSelector: {} })];
    const name = buildFixPolicy(options(existing, long)).metadata.name;
    expect(name).toHaveLength(63);
    expect(name).toMatch(/^allow-from-f5-ingress-a+-[0-9a-f]{8}$/);
    expect(buildFixPolicy(options(existing, long)).metadata.name).toBe(name);
    expect(
      buildFixPolicy(options(existing, `${long}b`)).metadata.name,
    ).not.toBe(name);
  });
});

describe('truncatePolicyName', () => {
  it('leaves names of up to 63 characters alone', () => {
    expect(truncatePolicyName('x'.repeat(63))).toBe('x'.repeat(63));
    expect(truncatePolicyName('short')).toBe('short');
  });

  it('shortens longer names to valid DNS labels, distinct for distinct names', () => {
    const a = truncatePolicyName(`${'x'.repeat(53)}-${'y'.repeat(20)}`);
    const b = truncatePolicyName(`${'x'.repeat(53)}-${'z'.repeat(20)}`);
    expect(a).toHaveLength(62); // the hyphen before the fingerprint is not doubled
    expect(a).toMatch(/^x{53}-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    for (const name of [a, b, truncatePolicyName('q'.repeat(100))]) {
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
  });
});

describe('applyFixToPolicies', () => {
  it('adds the fix, or replaces the policy of the same name, without changing the input', () => {
    const other = policy('deny-all', { podSelector: {} });
    const input = { servicePort: 1, networkPolicies: [other] };
    const fix = buildFixPolicy(options());
    const added = applyFixToPolicies(input, fix);
    expect(added.networkPolicies).toEqual([other, fix]);
    expect(added.servicePort).toBe(1);
    expect(input.networkPolicies).toEqual([other]);

    const stale = policy(FIX_POLICY_NAME, { podSelector: {} });
    const replaced = applyFixToPolicies(
      { networkPolicies: [stale, other] },
      fix,
    );
    expect(replaced.networkPolicies).toEqual([other, fix]);
  });
});
