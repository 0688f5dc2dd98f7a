import { authorize } from './authorize';
import type { AccessRequest, Binding, RbacObjects, Role } from './types';

const clusterRole = (
  name: string,
  rules: Role['rules'],
  labels?: Record<string, string>,
): Role => ({ metadata: { name, labels }, rules });
const role = (namespace: string, name: string, rules: Role['rules']): Role => ({
  metadata: { name, namespace },
  rules,
});
const binding = (
  name: string,
  roleRef: Binding['roleRef'],
  subjects: Binding['subjects'],
  namespace?: string,
): Binding => ({ metadata: { name, namespace }, roleRef, subjects });

const TSC = {
  apiGroups: ['porter.devops.gov.bc.ca'],
  resources: ['transportserverclaims'],
};

/** A small cluster: a claim editor for team-a in one namespace, and assorted rules to match against. */
const objects: RbacObjects = {
  clusterRoles: [
    clusterRole('porter-claim-editor', [
      { ...TSC, verbs: ['create', 'update', 'delete', 'get', 'list'] },
      { apiGroups: [''], resources: ['services', 'pods'], verbs: ['list'] },
    ]),
    clusterRole('view-status', [
      { apiGroups: ['*'], resources: ['*/status'], verbs: ['get'] },
    ]),
    clusterRole('one-service', [
      {
        apiGroups: [''],
        resources: ['services'],
        resourceNames: ['db'],
        verbs: ['get'],
      },
    ]),
    clusterRole('health', [
      { nonResourceURLs: ['/healthz', '/metrics/*'], verbs: ['get'] },
    ]),
    clusterRole('aggregated', undefined),
    clusterRole(
      'part-of-aggregate',
      [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['list'] }],
      { 'example.test/aggregate': 'true' },
    ),
    clusterRole('pods-star', [
      { apiGroups: [''], resources: ['pods/*'], verbs: ['get'] },
    ]),
  ],
  roles: [
    role('team-a-dev', 'netpol-writer', [
      {
        apiGroups: ['networking.k8s.io'],
        resources: ['networkpolicies'],
        verbs: ['*'],
      },
    ]),
  ],
  roleBindings: [
    binding(
      'team-a-claims',
      { kind: 'ClusterRole', name: 'porter-claim-editor' },
      [{ kind: 'Group', name: 'team-a' }],
      'team-a-dev',
    ),
    binding(
      'alice-netpol',
      { kind: 'Role', name: 'netpol-writer' },
      [{ kind: 'User', name: 'alice' }],
      'team-a-dev',
    ),
    binding(
      'robot-claims',
      { kind: 'ClusterRole', name: 'porter-claim-editor' },
      [{ kind: 'ServiceAccount', name: 'robot' }],
      'team-a-dev',
    ),
    binding(
      'dangling',
      { kind: 'Role', name: 'missing' },
      [{ kind: 'User', name: 'erin' }],
      'team-a-dev',
    ),
  ],
  clusterRoleBindings: [
    binding('everyone-health', { kind: 'ClusterRole', name: 'health' }, [
      { kind: 'Group', name: 'system:authenticated' },
    ]),
    binding('ops-status', { kind: 'ClusterRole', name: 'view-status' }, [
      { kind: 'User', name: 'ops' },
    ]),
    binding('ops-db', { kind: 'ClusterRole', name: 'one-service' }, [
      { kind: 'User', name: 'ops' },
    ]),
    binding('agg', { kind: 'ClusterRole', name: 'aggregated' }, [
      { kind: 'User', name: 'agg-user' },
    ]),
    binding('star', { kind: 'ClusterRole', name: 'pods-star' }, [
      { kind: 'User', name: 'star-user' },
    ]),
  ],
};
// An aggregated ClusterRole: its rules come from the ClusterRoles it selects.
objects.clusterRoles.find(
  r => r.metadata.name === 'aggregated',
)!.aggregationRule = {
  clusterRoleSelectors: [{ matchLabels: { 'example.test/aggregate': 'true' } }],
};

const ask = (
  user: string,
  groups: string[],
  attrs: AccessRequest['resourceAttributes'],
): AccessRequest => ({ user, groups, resourceAttributes: attrs });
const createTsc = (namespace: string) => ({
  namespace,
  verb: 'create',
  group: 'porter.devops.gov.bc.ca',
  resource: 'transportserverclaims',
});

describe('authorize (RBAC)', () => {
  it.each<[string, AccessRequest, boolean, string]>([
    [
      'a group member through a RoleBinding to a ClusterRole',
      ask('bob', ['team-a'], createTsc('team-a-dev')),
      true,
      'RBAC: allowed by RoleBinding "team-a-claims/team-a-dev" of ClusterRole "porter-claim-editor" to Group "team-a"',
    ],
    [
      'the same user in another namespace',
      ask('bob', ['team-a'], createTsc('other-team-dev')),
      false,
      '',
    ],
    [
      'a verb the role does not list',
      ask('bob', ['team-a'], { ...createTsc('team-a-dev'), verb: 'patch' }),
      false,
      '',
    ],
    [
      'the same resource in another API group',
      ask('bob', ['team-a'], {
        ...createTsc('team-a-dev'),
        group: 'example.test',
      }),
      false,
      '',
    ],
    [
      'a core resource (empty group)',
      ask('bob', ['team-a'], {
        namespace: 'team-a-dev',
        verb: 'list',
        group: '',
        resource: 'services',
      }),
      true,
      'RBAC: allowed by RoleBinding "team-a-claims/team-a-dev" of ClusterRole "porter-claim-editor" to Group "team-a"',
    ],
    [
      'a user through a RoleBinding to a Role, with verb *',
      ask('alice', [], {
        namespace: 'team-a-dev',
        verb: 'delete',
        group: 'networking.k8s.io',
        resource: 'networkpolicies',
      }),
      true,
      'RBAC: allowed by RoleBinding "alice-netpol/team-a-dev" of Role "netpol-writer" to User "alice"',
    ],
    [
      'a service account named in the binding without a namespace',
      ask(
        'system:serviceaccount:team-a-dev:robot',
        [],
        createTsc('team-a-dev'),
      ),
      true,
      'RBAC: allowed by RoleBinding "robot-claims/team-a-dev" of ClusterRole "porter-claim-editor" to ServiceAccount "robot/team-a-dev"',
    ],
    [
      'a service account of another namespace with the same name',
      ask('system:serviceaccount:elsewhere:robot', [], createTsc('team-a-dev')),
      false,
      '',
    ],
    [
      'a subresource through */status',
      ask('ops', [], {
        namespace: 'x',
        verb: 'get',
        group: 'apps',
        resource: 'deployments',
        subresource: 'status',
      }),
      true,
      'RBAC: allowed by ClusterRoleBinding "ops-status" of ClusterRole "view-status" to User "ops"',
    ],
    [
      'the main resource is not covered by */status',
      ask('ops', [], {
        namespace: 'x',
        verb: 'get',
        group: 'apps',
        resource: 'deployments',
      }),
      false,
      '',
    ],
    [
      'pods/* is not a wildcard',
      ask('star-user', [], {
        namespace: 'x',
        verb: 'get',
        group: '',
        resource: 'pods',
        subresource: 'log',
      }),
      false,
      '',
    ],
    [
      'a named resource',
      ask('ops', [], {
        namespace: 'x',
        verb: 'get',
        group: '',
        resource: 'services',
        name: 'db',
      }),
      true,
      'RBAC: allowed by ClusterRoleBinding "ops-db" of ClusterRole "one-service" to User "ops"',
    ],
    [
      'another name than the rule lists',
      ask('ops', [], {
        namespace: 'x',
        verb: 'get',
        group: '',
        resource: 'services',
        name: 'web',
      }),
      false,
      '',
    ],
    [
      'no name when the rule lists names',
      ask('ops', [], {
        namespace: 'x',
        verb: 'get',
        group: '',
        resource: 'services',
      }),
      false,
      '',
    ],
    [
      'a rule of an aggregated ClusterRole',
      ask('agg-user', [], {
        namespace: 'x',
        verb: 'list',
        group: 'apps',
        resource: 'deployments',
      }),
      true,
      'RBAC: allowed by ClusterRoleBinding "agg" of ClusterRole "aggregated" to User "agg-user"',
    ],
    [
      'system:masters',
      ask('root', ['system:masters'], createTsc('anywhere')),
      true,
      '',
    ],
    [
      'a binding to a missing Role: denied, with the error',
      ask('erin', [], createTsc('team-a-dev')),
      false,
      'RBAC: role.rbac.authorization.k8s.io "missing" not found',
    ],
  ])('%s', (_, request, allowed, reason) => {
    expect(authorize(request, objects)).toMatchObject({ allowed, reason });
  });

  it.each<[string, string, boolean]>([
    ['/healthz', 'get', true],
    ['/metrics/cadvisor', 'get', true],
    ['/metrics', 'get', false],
    ['/healthz', 'post', false],
  ])('non-resource %s %s', (path, verb, allowed) => {
    expect(
      authorize(
        {
          user: 'anyone',
          groups: ['system:authenticated'],
          nonResourceAttributes: { path, verb },
        },
        objects,
      ).allowed,
    ).toBe(allowed);
  });

  it('a RoleBinding grants nothing for cluster-scoped requests', () => {
    expect(
      authorize(
        ask('bob', ['team-a'], { ...createTsc(''), verb: 'list' }),
        objects,
      ).allowed,
    ).toBe(false);
  });
});
