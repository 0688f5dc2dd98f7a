import type { PolicyVerdictKind } from '@internal/plugin-porter-common';
import { applyFixToPolicies } from './fixPolicy';
import type {
  ContainerPort,
  NetworkPolicy,
  NetworkPolicyPeer,
  Pod,
  Service,
} from './kubernetesTypes';
import { PolicyVerdictInput, computePolicyVerdict } from './policyVerdict';

const NS = 'abc123-dev';
const POLICY_GROUP = 'network.openshift.io/policy-group';
const F5: NetworkPolicyPeer = {
  namespaceSelector: { matchLabels: { [POLICY_GROUP]: 'ingress' } },
};
const WEB_PORTS: ContainerPort[] = [
  { name: 'http', containerPort: 8080, protocol: 'TCP' },
  { name: 'metrics', containerPort: 9090 },
];

function service(spec: Partial<Service['spec']> = {}): Service {
  return {
    metadata: { name: 'yourservice', namespace: NS },
    spec: {
      selector: { app: 'web' },
      ports: [{ name: 'tcp', port: 8000, targetPort: 8080, protocol: 'TCP' }],
      ...spec,
    },
  };
}

function pod(
  name: string,
  options: {
    labels?: Record<string, string>;
    ports?: ContainerPort[];
    status?: Pod['status'];
    namespace?: string;
    deleting?: boolean;
  } = {},
): Pod {
  return {
    metadata: {
      name,
      namespace: options.namespace ?? NS,
      labels: options.labels ?? { app: 'web' },
      ...(options.deleting
        ? { deletionTimestamp: '2025-01-01T00:00:00Z' }
        : {}),
    },
    spec: {
      containers: [
        { name: 'sidecar', ports: [{ containerPort: 15000 }] },
        { name: 'web', ports: options.ports ?? WEB_PORTS },
      ],
    },
    status: options.status ?? {
      phase: 'Running',
      conditions: [
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: 'True' },
      ],
    },
  };
}

function np(name: string, spec: NetworkPolicy['spec']): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: NS },
    spec,
  };
}

/** The platform's default in every namespace: deny all ingress. */
const denyAll = np('deny-by-default', {
  podSelector: {},
  policyTypes: ['Ingress'],
  ingress: [],
});
/** The platform's documented policy, for all pods. */
const allowF5 = np('allow-from-f5-ingress', {
  podSelector: {},
  ingress: [{ from: [F5] }],
  policyTypes: ['Ingress'],
});
/** denyAll plus one policy for the Service's pods. */
const isolatedWith = (spec: NetworkPolicy['spec']) => [
  denyAll,
  np('under-test', { podSelector: { matchLabels: { app: 'web' } }, ...spec }),
];

const input = (
  overrides: Partial<PolicyVerdictInput> = {},
): PolicyVerdictInput => ({
  service: service(),
  servicePort: 8000,
  pods: [pod('web-1'), pod('web-2')],
  networkPolicies: [],
  ...overrides,
});

interface Row {
  name: string;
  input: PolicyVerdictInput;
  kind: PolicyVerdictKind;
  allowedBy?: string[];
  /** Every pod's reason matches this. */
  reason?: RegExp;
  summary?: RegExp;
}

const rows: Row[] = [
  {
    name: 'no policies: open',
    input: input(),
    kind: 'open',
    reason: /No NetworkPolicy of type Ingress selects the pod/,
    summary: /every network user in the data centre.*mutual TLS/,
  },
  {
    name: 'deny-all (podSelector {}, policyTypes [Ingress], no rules)',
    input: input({ networkPolicies: [denyAll] }),
    kind: 'blocked',
    reason: /deny-by-default has no ingress rules/,
    summary:
      /block F5 traffic to all 2 ready pods .*apply the NetworkPolicy allow-from-f5-ingress/,
  },
  {
    name: 'deny-all without the ingress field',
    input: input({
      networkPolicies: [
        np('deny', { podSelector: {}, policyTypes: ['Ingress'] }),
      ],
    }),
    kind: 'blocked',
  },
  {
    name: 'the platform’s allow-from-f5-ingress with deny-all',
    input: input({ networkPolicies: [denyAll, allowF5] }),
    kind: 'allowed',
    allowedBy: ['allow-from-f5-ingress'],
    summary:
      /reaches all 2 ready pods .*allowed by NetworkPolicy allow-from-f5-ingress\.$/,
  },
  {
    name: 'the platform’s allow-from-f5-ingress alone',
    input: input({ networkPolicies: [allowF5] }),
    kind: 'allowed',
    allowedBy: ['allow-from-f5-ingress'],
  },
  {
    name: 'a deny policy selecting other pods only',
    input: input({
      networkPolicies: [
        np('deny-db', {
          podSelector: { matchLabels: { app: 'db' } },
          policyTypes: ['Ingress'],
        }),
      ],
    }),
    kind: 'open',
  },
  {
    name: 'a deny policy whose matchExpressions exclude the pods',
    input: input({
      networkPolicies: [
        np('deny-not-web', {
          podSelector: {
            matchExpressions: [
              { key: 'app', operator: 'NotIn', values: ['web'] },
            ],
          },
          policyTypes: ['Ingress'],
        }),
      ],
    }),
    kind: 'open',
  },
  {
    name: 'policyTypes [Egress] only does not isolate for ingress',
    input: input({
      networkPolicies: [
        np('egress-only', {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [],
        }),
      ],
    }),
    kind: 'open',
  },
  {
    name: 'policyTypes absent with ingress rules isolates',
    input: input({
      networkPolicies: [
        np('same-namespace', {
          podSelector: {},
          ingress: [{ from: [{ podSelector: {} }] }],
        }),
      ],
    }),
    kind: 'blocked',
    reason:
      /same-namespace: rule 1: podSelector \{\} \(everything\) admits only pods in this namespace/,
  },
  {
    name: 'policyTypes absent with only egress rules still isolates for ingress',
    input: input({
      networkPolicies: [np('egress-rules', { podSelector: {}, egress: [{}] })],
    }),
    kind: 'blocked',
    reason: /egress-rules has no ingress rules/,
  },
  {
    name: 'a rule with no from admits every source',
    input: input({ networkPolicies: isolatedWith({ ingress: [{}] }) }),
    kind: 'allowed',
    allowedBy: ['under-test'],
  },
  {
    name: 'a rule with from: [] admits every source',
    input: input({
      networkPolicies: isolatedWith({ ingress: [{ from: [] }] }),
    }),
    kind: 'allowed',
    allowedBy: ['under-test'],
  },
  {
    name: 'namespaceSelector matchExpressions In',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [
                    {
                      key: POLICY_GROUP,
                      operator: 'In',
                      values: ['monitoring', 'ingress'],
                    },
                  ],
                },
              },
            ],
          },
        ],
      }),
    }),
    kind: 'allowed',
    allowedBy: ['under-test'],
  },
  {
    name: 'namespaceSelector matchExpressions Exists',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: POLICY_GROUP, operator: 'Exists' }],
                },
              },
            ],
          },
        ],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'namespaceSelector DoesNotExist on a key the ingress namespaces lack',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [
                    { key: 'tenant', operator: 'DoesNotExist' },
                  ],
                },
              },
            ],
          },
        ],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'namespaceSelector NotIn on a key the ingress namespaces lack',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [
                    { key: 'tenant', operator: 'NotIn', values: ['a', 'b'] },
                  ],
                },
              },
            ],
          },
        ],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'namespaceSelector {} (every namespace)',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [{ namespaceSelector: {} }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'namespaceSelector NotIn ingress',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [
                    {
                      key: POLICY_GROUP,
                      operator: 'NotIn',
                      values: ['ingress'],
                    },
                  ],
                },
              },
            ],
          },
        ],
      }),
    }),
    kind: 'blocked',
    reason: /does not match the ingress namespaces/,
  },
  {
    name: 'namespaceSelector for another namespace',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchLabels: {
                    'kubernetes.io/metadata.name': 'openshift-monitoring',
                  },
                },
              },
            ],
          },
        ],
      }),
    }),
    kind: 'blocked',
    reason:
      /namespaceSelector kubernetes\.io\/metadata\.name=openshift-monitoring does not match/,
  },
  {
    name: 'namespaceSelector for ingress AND a non-empty podSelector',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [{ ...F5, podSelector: { matchLabels: { app: 'router' } } }],
          },
        ],
      }),
    }),
    kind: 'blocked',
    reason: /F5 traffic does not come from pods/,
  },
  {
    name: 'namespaceSelector for ingress AND an empty podSelector',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [{ ...F5, podSelector: {} }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'a podSelector-only peer (same namespace)',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          { from: [{ podSelector: { matchLabels: { app: 'frontend' } } }] },
        ],
      }),
    }),
    kind: 'blocked',
    reason: /podSelector app=frontend admits only pods in this namespace/,
  },
  {
    name: 'an ipBlock-only peer',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [
              { ipBlock: { cidr: '142.34.0.0/16', except: ['142.34.1.0/24'] } },
            ],
          },
        ],
      }),
    }),
    kind: 'blocked',
    reason:
      /ipBlock 142\.34\.0\.0\/16 is not counted, as Porter cannot know the addresses F5 traffic comes from/,
  },
  {
    name: 'an ipBlock peer beside the F5 peer (peers are ORed)',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }, F5] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'a refusing rule beside an admitting rule (rules are ORed)',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [{ podSelector: {} }] }, { from: [F5] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'peer and port must match in the same rule',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          { from: [F5], ports: [{ port: 5432 }] },
          { from: [{ podSelector: {} }], ports: [{ port: 8080 }] },
        ],
      }),
    }),
    kind: 'blocked',
    reason:
      /rule 1: port 8080\/TCP is not among its ports \(5432\/TCP\); rule 2: podSelector/,
  },
  {
    name: 'ports: the target port by number',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ protocol: 'TCP', port: 8080 }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'ports: the Service port rather than the target port',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 8000 }] }],
      }),
    }),
    kind: 'blocked',
    reason: /port 8080\/TCP is not among its ports \(8000\/TCP\)/,
  },
  {
    name: 'ports: the container port’s name',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 'http' }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'ports: another container port’s name',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 'metrics' }] }],
      }),
    }),
    kind: 'blocked',
    reason: /\(metrics\/TCP\)/,
  },
  {
    name: 'ports: an endPort range containing the target',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 8000, endPort: 8100 }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'ports: an endPort range ending below the target',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 8000, endPort: 8079 }] }],
      }),
    }),
    kind: 'blocked',
    reason: /8000-8079\/TCP/,
  },
  {
    name: 'ports: UDP only',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 8080, protocol: 'UDP' }] }],
      }),
    }),
    kind: 'blocked',
    reason: /8080\/UDP/,
  },
  {
    name: 'ports: every TCP port (protocol without port)',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ protocol: 'TCP' }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'ports: one of several entries matches',
    input: input({
      networkPolicies: isolatedWith({
        ingress: [
          {
            from: [F5],
            ports: [{ port: 53, protocol: 'UDP' }, { port: 8080 }],
          },
        ],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'a named targetPort on the Service, admitted by number',
    input: input({
      service: service({ ports: [{ port: 8000, targetPort: 'metrics' }] }),
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 9090 }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'a named targetPort on the Service, refused by number',
    input: input({
      service: service({ ports: [{ port: 8000, targetPort: 'metrics' }] }),
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 8080 }] }],
      }),
    }),
    kind: 'blocked',
    reason: /port 9090\/TCP is not among its ports \(8080\/TCP\)/,
  },
  {
    name: 'no targetPort: the target is the Service port',
    input: input({
      service: service({ ports: [{ port: 8080 }] }),
      servicePort: 8080,
      networkPolicies: isolatedWith({
        ingress: [{ from: [F5], ports: [{ port: 'http' }] }],
      }),
    }),
    kind: 'allowed',
  },
  {
    name: 'several isolating policies, one admitting (policies are additive)',
    input: input({
      networkPolicies: [
        denyAll,
        np('frontend-only', {
          podSelector: {},
          ingress: [{ from: [{ podSelector: {} }] }],
        }),
        np('zz-allow', {
          podSelector: { matchLabels: { app: 'web' } },
          ingress: [{ from: [F5] }],
        }),
        allowF5,
      ],
    }),
    kind: 'allowed',
    allowedBy: ['zz-allow', 'allow-from-f5-ingress'],
  },
  {
    name: 'policies from another namespace are ignored',
    input: input({
      networkPolicies: [
        { ...denyAll, metadata: { name: 'deny', namespace: 'other' } },
      ],
    }),
    kind: 'open',
  },
];

describe('computePolicyVerdict', () => {
  it.each(rows)('$name → $kind', row => {
    const verdict = computePolicyVerdict(row.input);
    expect(verdict.kind).toBe(row.kind);
    const allowedBy =
      row.allowedBy ?? (row.kind === 'allowed' ? ['under-test'] : []);
    expect(verdict.allowedBy).toEqual(allowedBy);
    expect(verdict.pods).toEqual(
      row.input.pods.map(p =>
        expect.objectContaining({
          name: p.metadata.name,
          ready: true,
          serving: true,
          isolated: row.kind !== 'open',
          allowed: row.kind !== 'blocked',
          allowedBy,
          reason: expect.stringMatching(row.reason ?? /./),
        }),
      ),
    );
    expect(verdict.summary).toMatch(row.summary ?? /\.$/);
    expect(verdict.fix?.metadata).toEqual(
      row.kind === 'blocked'
        ? { name: 'allow-from-f5-ingress', namespace: NS }
        : undefined,
    );
  });

  it.each(rows.filter(r => r.kind === 'blocked'))(
    'applying the fix turns "$name" into allowed',
    row => {
      const before = computePolicyVerdict(row.input);
      const after = computePolicyVerdict(
        applyFixToPolicies(row.input, before.fix!),
      );
      expect(after.kind).toBe('allowed');
      expect(after.allowedBy).toContain(before.fix!.metadata.name);
      expect(after.fix).toBeUndefined();
    },
  );

  it('proposes the platform’s documented policy for the Service’s selector, admitting only the target port', () => {
    const verdict = computePolicyVerdict(
      input({
        service: service({ selector: { app: 'web', component: 'api' } }),
        pods: [
          pod('api-1', {
            labels: { app: 'web', component: 'api', extra: 'x' },
          }),
        ],
        networkPolicies: [denyAll],
      }),
    );
    expect(verdict.fix).toEqual({
      kind: 'NetworkPolicy',
      apiVersion: 'networking.k8s.io/v1',
      metadata: { name: 'allow-from-f5-ingress', namespace: NS },
      spec: {
        podSelector: { matchLabels: { app: 'web', component: 'api' } },
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchLabels: { [POLICY_GROUP]: 'ingress' },
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

  describe('with pods treated differently', () => {
    const denyDb = np('deny-db', {
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Ingress'],
    });
    const allowDbFromF5 = np('allow-db-from-f5', {
      podSelector: { matchLabels: { role: 'db' } },
      ingress: [{ from: [F5] }],
    });
    const pods = [
      pod('web-1', { labels: { app: 'web', role: 'api' } }),
      pod('web-2', { labels: { app: 'web', role: 'db' } }),
    ];

    it('is partial when a deny policy selects some of the pods, and proposes the fix', () => {
      const verdict = computePolicyVerdict(
        input({ pods, networkPolicies: [denyDb] }),
      );
      expect(verdict.kind).toBe('partial');
      expect(verdict.summary).toMatch(
        /block F5 traffic to 1 of 2 ready pods .*\(web-2\); apply/,
      );
      expect(verdict.pods.map(p => [p.name, p.isolated, p.allowed])).toEqual([
        ['web-1', false, true],
        ['web-2', true, false],
      ]);
      expect(verdict.fix?.spec.podSelector).toEqual({
        matchLabels: { app: 'web' },
      });
      expect(verdict.notes).toContainEqual(
        expect.stringMatching(
          /Applying allow-from-f5-ingress also isolates web-1, which accept all traffic now.*confirm/,
        ),
      );
      // Said before anything is written: the pods the fix would isolate.
      expect(verdict.wouldIsolate).toEqual(['web-1']);
      const after = computePolicyVerdict(
        applyFixToPolicies(
          input({ pods, networkPolicies: [denyDb] }),
          verdict.fix!,
        ),
      );
      expect(after.kind).toBe('allowed');
      expect(after.pods.every(p => p.isolated && p.allowed)).toBe(true);
    });

    it('is allowed, with a warning, when some pods are allowed and the rest are open', () => {
      const verdict = computePolicyVerdict(
        input({ pods, networkPolicies: [denyDb, allowDbFromF5] }),
      );
      expect(verdict.kind).toBe('allowed');
      expect(verdict.allowedBy).toEqual(['allow-db-from-f5']);
      expect(verdict.fix).toBeUndefined();
      expect(verdict.pods.find(p => p.name === 'web-1')).toMatchObject({
        isolated: false,
        allowed: true,
        allowedBy: [],
      });
      expect(verdict.summary).toMatch(
        /1 pod \(web-1\) is not isolated by any NetworkPolicy/,
      );
      expect(verdict.notes).toContainEqual(
        expect.stringMatching(/web-1.*mutual TLS/),
      );
    });

    it('is partial when some pods are allowed and others blocked', () => {
      const verdict = computePolicyVerdict(
        input({ pods, networkPolicies: [denyAll, allowDbFromF5] }),
      );
      expect(verdict.kind).toBe('partial');
      expect(verdict.allowedBy).toEqual(['allow-db-from-f5']);
      expect(verdict.pods.map(p => p.allowed)).toEqual([false, true]);
      expect(verdict.fix).toBeDefined();
      // Every pod is isolated already: applying the fix isolates nothing new.
      expect(verdict.wouldIsolate).toBeUndefined();
    });
  });

  describe('readiness', () => {
    const notReady = (name: string, status: Pod['status'], deleting = false) =>
      pod(name, { status, deleting });

    it.each<[string, Pod]>([
      ['Pending', notReady('p', { phase: 'Pending' })],
      ['Succeeded', notReady('p', { phase: 'Succeeded' })],
      ['no status', { ...pod('p'), status: undefined }],
      [
        'Running but not Ready',
        notReady('p', {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'False' }],
        }),
      ],
      [
        'Running with conditions but none Ready',
        notReady('p', {
          phase: 'Running',
          conditions: [{ type: 'PodScheduled', status: 'True' }],
        }),
      ],
      ['being deleted', notReady('p', { phase: 'Running' }, true)],
    ])('does not count a pod that is %s', (_, p) => {
      const verdict = computePolicyVerdict(input({ pods: [p] }));
      expect(verdict.kind).toBe('no-pods');
      expect(verdict.notReady).toEqual(['p']);
      expect(verdict.pods[0]).toMatchObject({ ready: false, serving: false });
      expect(verdict.summary).toMatch(
        /None of the 1 pod behind Service abc123-dev\/yourservice is ready \(p\)/,
      );
    });

    it('counts a Running pod without conditions as ready', () => {
      const verdict = computePolicyVerdict(
        input({ pods: [pod('p', { status: { phase: 'Running' } })] }),
      );
      expect(verdict.kind).toBe('open');
      expect(verdict.pods[0].ready).toBe(true);
    });

    it('judges only the ready pods, and reports the others separately', () => {
      const pods = [
        pod('ready', { labels: { app: 'web', role: 'ok' } }),
        pod('starting', { status: { phase: 'Pending' } }),
      ];
      const allowOk = np('allow-ok', {
        podSelector: { matchLabels: { role: 'ok' } },
        ingress: [{ from: [F5] }],
      });
      const verdict = computePolicyVerdict(
        input({ pods, networkPolicies: [denyAll, allowOk] }),
      );
      expect(verdict.kind).toBe('allowed');
      expect(verdict.notReady).toEqual(['starting']);
      expect(verdict.notes).toContain('Not ready, so not counted: starting.');
      expect(verdict.summary).toMatch(/all 1 ready pod behind/);
      // The not-ready pod is still analysed, for when it becomes ready.
      expect(verdict.pods[1]).toMatchObject({
        name: 'starting',
        isolated: true,
        allowed: false,
      });
    });
  });

  describe('a named targetPort the pod does not have', () => {
    const named = service({ ports: [{ port: 8000, targetPort: 'grpc' }] });

    it('leaves no pods when none declares it', () => {
      const verdict = computePolicyVerdict(input({ service: named }));
      expect(verdict.kind).toBe('no-pods');
      expect(verdict.summary).toMatch(
        /No ready pod .* has a TCP container port named "grpc"/,
      );
      expect(verdict.pods.every(p => !p.serving && !p.allowed)).toBe(true);
      expect(verdict.pods[0].reason).toMatch(
        /no TCP container port named "grpc".*sends it none of the Service's traffic/,
      );
    });

    it('judges the pods that declare it and notes the others', () => {
      const pods = [
        pod('old', { ports: WEB_PORTS }),
        pod('new', { ports: [{ name: 'grpc', containerPort: 50051 }] }),
      ];
      const verdict = computePolicyVerdict(
        input({ service: named, pods, networkPolicies: [denyAll] }),
      );
      expect(verdict.kind).toBe('blocked');
      expect(verdict.pods.map(p => [p.name, p.serving, p.targetPort])).toEqual([
        ['old', false, undefined],
        ['new', true, 50051],
      ]);
      expect(verdict.notes).toContainEqual(
        expect.stringMatching(
          /without a TCP container port named "grpc", so not counted: old/,
        ),
      );
    });

    it('does not take a UDP container port of that name', () => {
      const pods = [
        pod('udp', {
          ports: [{ name: 'grpc', containerPort: 50051, protocol: 'UDP' }],
        }),
      ];
      expect(computePolicyVerdict(input({ service: named, pods })).kind).toBe(
        'no-pods',
      );
    });
  });

  it.each<[string, Partial<PolicyVerdictInput>, RegExp]>([
    [
      'no pods at all',
      { pods: [] },
      /No pod in namespace abc123-dev matches the selector app=web/,
    ],
    [
      'no pod with the labels',
      { pods: [pod('db', { labels: { app: 'db' } })] },
      /No pod .* matches/,
    ],
    [
      'pods only in another namespace',
      { pods: [pod('w', { namespace: 'other' })] },
      /No pod .* matches/,
    ],
    [
      'a Service without a selector',
      { service: service({ selector: undefined }) },
      /has no selector/,
    ],
    [
      'a Service with an empty selector',
      { service: service({ selector: {} }) },
      /has no selector/,
    ],
  ])('is no-pods for %s', (_, overrides, summary) => {
    const verdict = computePolicyVerdict(
      input({ networkPolicies: [denyAll], ...overrides }),
    );
    expect(verdict.kind).toBe('no-pods');
    expect(verdict.summary).toMatch(summary);
    expect(verdict.fix).toBeUndefined();
  });

  it.each<[string, Partial<PolicyVerdictInput>, RegExp]>([
    [
      'a port not on the Service',
      { servicePort: 9999 },
      /Port 9999 is not on Service abc123-dev\/yourservice \(its ports: 8000\)/,
    ],
    [
      'a Service without ports',
      { service: service({ ports: undefined }) },
      /its ports: none/,
    ],
    [
      'a UDP port',
      { service: service({ ports: [{ port: 8000, protocol: 'UDP' }] }) },
      /Port 8000 on Service .* is UDP, not TCP/,
    ],
    [
      'an invalid selector in a NetworkPolicy',
      {
        networkPolicies: [
          np('broken', {
            podSelector: {
              matchExpressions: [{ key: 'a', operator: 'Equals' }],
            },
          }),
        ],
      },
      /invalid label selector: .*unknown operator "Equals"/,
    ],
  ])('is an error for %s', (_, overrides, summary) => {
    const verdict = computePolicyVerdict(input(overrides));
    expect(verdict.kind).toBe('error');
    expect(verdict.summary).toMatch(summary);
  });

  it('takes the TCP entry when the Service has the port for TCP and UDP', () => {
    const verdict = computePolicyVerdict(
      input({
        service: service({
          ports: [
            { name: 'dns-udp', port: 8000, targetPort: 5353, protocol: 'UDP' },
            { name: 'dns-tcp', port: 8000, targetPort: 8080 },
          ],
        }),
      }),
    );
    expect(verdict.kind).toBe('open');
    expect(verdict.pods[0].targetPort).toBe(8080);
  });

  it('names the fix after the Service when a different allow-from-f5-ingress exists', () => {
    const theirs = np('allow-from-f5-ingress', {
      podSelector: { matchLabels: { app: 'other' } },
      ingress: [{ from: [F5] }],
      policyTypes: ['Ingress'],
    });
    const blocked = input({ networkPolicies: [denyAll, theirs] });
    const verdict = computePolicyVerdict(blocked);
    expect(verdict.kind).toBe('blocked');
    expect(verdict.fix?.metadata.name).toBe(
      'allow-from-f5-ingress-yourservice',
    );
    expect(verdict.summary).toMatch(
      /apply the NetworkPolicy allow-from-f5-ingress-yourservice/,
    );
    const after = computePolicyVerdict(
      applyFixToPolicies(blocked, verdict.fix!),
    );
    expect(after.kind).toBe('allowed');
    expect(after.allowedBy).toEqual(['allow-from-f5-ingress-yourservice']);
    expect(after.pods).toHaveLength(2);
  });

  it('notes that ipBlock peers are not counted', () => {
    const verdict = computePolicyVerdict(
      input({
        networkPolicies: isolatedWith({
          ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }],
        }),
      }),
    );
    expect(verdict.kind).toBe('blocked');
    expect(verdict.notes).toContainEqual(
      expect.stringMatching(/ipBlock peers are not counted/),
    );
  });

  it('uses other ingress namespace labels when given, in the check and the fix', () => {
    const custom = { 'example.com/zone': 'lb' };
    const lbPolicy = np('allow-lb', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: custom } }] }],
    });
    expect(
      computePolicyVerdict(
        input({ networkPolicies: [allowF5], ingressNamespaceLabels: custom }),
      ).kind,
    ).toBe('blocked');
    expect(
      computePolicyVerdict(
        input({ networkPolicies: [lbPolicy], ingressNamespaceLabels: custom }),
      ).kind,
    ).toBe('allowed');
    const blocked = input({
      networkPolicies: [denyAll],
      ingressNamespaceLabels: custom,
    });
    const verdict = computePolicyVerdict(blocked);
    expect(
      verdict.fix?.spec.ingress[0].from[0].namespaceSelector.matchLabels,
    ).toEqual(custom);
    expect(verdict.summary).toMatch(
      /namespaces labelled example\.com\/zone=lb/,
    );
    expect(
      computePolicyVerdict(applyFixToPolicies(blocked, verdict.fix!)).kind,
    ).toBe('allowed');
  });

  it('does not change its input', () => {
    const original = input({ networkPolicies: [denyAll, allowF5] });
    const copy = JSON.parse(JSON.stringify(original));
    computePolicyVerdict(original);
    expect(original).toEqual(copy);
  });
});
