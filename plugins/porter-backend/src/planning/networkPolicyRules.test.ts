import type {
  NetworkPolicy,
  NetworkPolicyIngressRule,
  Pod,
} from './kubernetesTypes';
import { InvalidLabelSelectorError } from './labelSelectors';
import {
  DEFAULT_INGRESS_NAMESPACE_LABELS,
  ingressRuleRefusal,
  isIngressPolicy,
  podTargetPort,
  policiesIsolating,
  policyRefusal,
} from './networkPolicyRules';

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

describe('isIngressPolicy', () => {
  it.each<[string, NetworkPolicy['spec'], boolean]>([
    ['policyTypes absent', { podSelector: {} }, true],
    [
      'policyTypes absent, egress rules only',
      { podSelector: {}, egress: [{}] },
      true,
    ],
    [
      'policyTypes [Ingress]',
      { podSelector: {}, policyTypes: ['Ingress'] },
      true,
    ],
    [
      'policyTypes [Ingress, Egress]',
      { policyTypes: ['Ingress', 'Egress'] },
      true,
    ],
    [
      'policyTypes [Egress]',
      { podSelector: {}, policyTypes: ['Egress'] },
      false,
    ],
    ['policyTypes []', { podSelector: {}, policyTypes: [] }, false],
  ])('%s → %s', (_, spec, expected) => {
    expect(isIngressPolicy(policy('p', spec))).toBe(expected);
  });
});

describe('ingressRuleRefusal', () => {
  const labels = { 'network.openshift.io/policy-group': 'ingress' };
  const target = { port: 8080, names: ['http'] };
  const cases: Array<[string, NetworkPolicyIngressRule, RegExp | undefined]> = [
    ['an empty rule admits everything', {}, undefined],
    [
      'from [] and ports [] admit everything',
      { from: [], ports: [] },
      undefined,
    ],
    ['the F5 peer', { from: [f5Peer] }, undefined],
    [
      'the F5 peer with an empty podSelector',
      { from: [{ ...f5Peer, podSelector: {} }] },
      undefined,
    ],
    ['any namespace', { from: [{ namespaceSelector: {} }] }, undefined],
    [
      'the F5 peer with a podSelector',
      { from: [{ ...f5Peer, podSelector: { matchLabels: { app: 'x' } } }] },
      /F5 traffic does not come from pods/,
    ],
    [
      'a podSelector peer',
      { from: [{ podSelector: {} }] },
      /only pods in this namespace/,
    ],
    [
      'an ipBlock peer',
      { from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] },
      /ipBlock 10\.0\.0\.0\/8 .*cannot know/,
    ],
    ['an empty peer', { from: [{}] }, /empty peer/],
    [
      'two peers, neither admitting',
      { from: [{ podSelector: {} }, { ipBlock: { cidr: '10.0.0.0/8' } }] },
      /^no peer admits it \(podSelector \{\} \(everything\) admits only pods in this namespace; ipBlock 10\.0\.0\.0\/8 is not counted/,
    ],
    [
      'another namespace',
      { from: [{ namespaceSelector: { matchLabels: { team: 'x' } } }] },
      /namespaceSelector team=x does not match/,
    ],
    ['the port by number', { ports: [{ port: 8080 }] }, undefined],
    ['the port by name', { ports: [{ port: 'http' }] }, undefined],
    [
      'a range containing the port',
      { ports: [{ port: 8000, endPort: 8080 }] },
      undefined,
    ],
    [
      'a range starting at the port',
      { ports: [{ port: 8080, endPort: 9000 }] },
      undefined,
    ],
    [
      'a range below the port',
      { ports: [{ port: 8000, endPort: 8079 }] },
      /8000-8079\/TCP/,
    ],
    [
      'another port',
      { ports: [{ port: 8081, protocol: 'TCP' }] },
      /port 8080\/TCP is not among its ports \(8081\/TCP\)/,
    ],
    ['another name', { ports: [{ port: 'metrics' }] }, /metrics\/TCP/],
    [
      'the port over UDP',
      { ports: [{ port: 8080, protocol: 'UDP' }] },
      /8080\/UDP/,
    ],
    ['all SCTP ports', { ports: [{ protocol: 'SCTP' }] }, /all SCTP/],
    ['all TCP ports', { ports: [{ protocol: 'TCP' }] }, undefined],
    [
      'a matching peer but not port',
      { from: [f5Peer], ports: [{ port: 1 }] },
      /not among its ports/,
    ],
    [
      'a matching port but not peer',
      { from: [{ podSelector: {} }], ports: [{ port: 8080 }] },
      /only pods/,
    ],
  ];
  it.each(cases.filter(([, , refusal]) => !refusal))(
    'admits: %s',
    (_, rule) => {
      expect(ingressRuleRefusal(rule, target, labels)).toBeUndefined();
    },
  );
  it.each(cases.filter(([, , refusal]) => refusal))(
    'refuses: %s',
    (_, rule, refusal) => {
      expect(ingressRuleRefusal(rule, target, labels)).toMatch(refusal!);
    },
  );
});

describe('policiesIsolating', () => {
  const web = { app: 'web', tier: 'api' };

  it('takes the Ingress policies whose podSelector selects the pod, in their order', () => {
    const all = policy('all', { podSelector: {} });
    const byLabel = policy('by-label', {
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: ['Ingress'],
    });
    const byExpression = policy('by-expression', {
      podSelector: {
        matchExpressions: [{ key: 'tier', operator: 'In', values: ['api'] }],
      },
    });
    const otherPods = policy('other-pods', {
      podSelector: { matchLabels: { app: 'db' } },
    });
    const egressOnly = policy('egress-only', {
      podSelector: {},
      policyTypes: ['Egress'],
    });
    expect(
      policiesIsolating(
        [all, otherPods, byLabel, egressOnly, byExpression],
        web,
      ).map(p => p.metadata.name),
    ).toEqual(['all', 'by-label', 'by-expression']);
  });

  it('selects a pod without labels only by an empty podSelector', () => {
    const policies = [
      policy('all', { podSelector: {} }),
      policy('absent', { podSelector: { matchLabels: { app: 'web' } } }),
      policy('not-web', {
        podSelector: {
          matchExpressions: [
            { key: 'app', operator: 'NotIn', values: ['web'] },
          ],
        },
      }),
    ];
    expect(
      policiesIsolating(policies, undefined).map(p => p.metadata.name),
    ).toEqual(['all', 'not-web']);
  });

  it('throws for a podSelector the API server would have rejected', () => {
    const broken = policy('broken', {
      podSelector: { matchExpressions: [{ key: 'a', operator: 'Equals' }] },
    });
    expect(() => policiesIsolating([broken], web)).toThrow(
      InvalidLabelSelectorError,
    );
  });
});

describe('podTargetPort', () => {
  const pod: Pod = {
    metadata: { name: 'web-1' },
    spec: {
      containers: [
        { name: 'sidecar', ports: [{ name: 'admin', containerPort: 15000 }] },
        {
          name: 'web',
          ports: [
            { name: 'http', containerPort: 8080, protocol: 'TCP' },
            { name: 'alt-http', containerPort: 8080 },
            { name: 'dns', containerPort: 5353, protocol: 'UDP' },
            { containerPort: 9090 },
          ],
        },
      ],
    },
  };

  it('takes a number as it is, with the names the pod gives it', () => {
    expect(podTargetPort(pod, 8080)).toEqual({
      port: 8080,
      names: ['http', 'alt-http'],
    });
    expect(podTargetPort(pod, 9090)).toEqual({ port: 9090, names: [] });
    expect(podTargetPort(pod, 1234)).toEqual({ port: 1234, names: [] });
  });

  it('resolves a name to the TCP container port of that name, in any container', () => {
    expect(podTargetPort(pod, 'alt-http')).toEqual({
      port: 8080,
      names: ['http', 'alt-http'],
    });
    expect(podTargetPort(pod, 'admin')).toEqual({
      port: 15000,
      names: ['admin'],
    });
  });

  it('has no port for a name the pod lacks, or gives a UDP port', () => {
    expect(podTargetPort(pod, 'grpc')).toBeUndefined();
    expect(podTargetPort(pod, 'dns')).toBeUndefined();
    expect(podTargetPort({ metadata: { name: 'bare' } }, 'http')).toBe(
      undefined,
    );
  });

  it('does not name a number by a UDP port of that number', () => {
    expect(podTargetPort(pod, 5353)).toEqual({ port: 5353, names: [] });
  });
});

describe('policyRefusal', () => {
  const target = { port: 8080, names: ['http'] };
  const labels = { ...DEFAULT_INGRESS_NAMESPACE_LABELS };

  it('admits when any rule admits (rules are ORed)', () => {
    const p = policy('p', {
      ingress: [{ from: [{ podSelector: {} }] }, { from: [f5Peer] }],
    });
    expect(policyRefusal(p, target, labels)).toBeUndefined();
  });

  it.each<[string, NetworkPolicy['spec']]>([
    ['no ingress field', { podSelector: {}, policyTypes: ['Ingress'] }],
    ['an empty ingress list', { podSelector: {}, ingress: [] }],
  ])('refuses with %s, naming the policy', (_, spec) => {
    expect(policyRefusal(policy('deny', spec), target, labels)).toBe(
      'deny has no ingress rules',
    );
  });

  it('names the policy and gives each rule’s reason by its position', () => {
    const p = policy('narrow', {
      ingress: [
        { from: [f5Peer], ports: [{ port: 5432 }] },
        { from: [{ podSelector: {} }] },
      ],
    });
    expect(policyRefusal(p, target, labels)).toBe(
      'narrow: rule 1: port 8080/TCP is not among its ports (5432/TCP); ' +
        'rule 2: podSelector {} (everything) admits only pods in this namespace',
    );
  });

  it('judges against the ingress namespace labels it is given', () => {
    const p = policy('lb', {
      ingress: [
        { from: [{ namespaceSelector: { matchLabels: { zone: 'lb' } } }] },
      ],
    });
    expect(policyRefusal(p, target, labels)).toMatch(
      /^lb: rule 1: namespaceSelector zone=lb does not match/,
    );
    expect(policyRefusal(p, target, { zone: 'lb' })).toBeUndefined();
  });

  it('throws for a selector the API server would have rejected', () => {
    const p = policy('broken', {
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: 'a', operator: 'In' }],
              },
            },
          ],
        },
      ],
    });
    expect(() => policyRefusal(p, target, labels)).toThrow(
      InvalidLabelSelectorError,
    );
  });
});
