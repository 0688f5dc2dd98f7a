/**
 * The test clusters' RBAC, as the sandbox grants the guests group
 * (examples/sandbox/*.rbac.yaml). Cluster groups are the catalog group names
 * (groupTemplate '{{name}}'). team-a works in the seed's namespaces; team-b
 * in its own and, on silver, also in yourlicenceplate-dev (so the entity
 * owner check is what refuses bob there); unbound-dev has RBAC but no
 * entity; gold-only-dev is granted in gold but not in golddr. carol has no
 * RBAC at all.
 */
const GRANTS: Record<string, Array<[group: string, namespace: string]>> = {
  silver: [
    ['team-a', 'yourlicenceplate-dev'],
    ['team-a', 'abc123-tools'],
    ['team-a', 'unbound-dev'],
    ['team-b', 'other-dev'],
    ['team-b', 'yourlicenceplate-dev'],
  ],
  gold: [
    ['team-a', 'yourlicenceplate-dev'],
    ['team-a', 'abc123-prod'],
    ['team-a', 'gold-only-dev'],
    ['team-b', 'other-prod'],
    ['team-b', 'other-dev'],
  ],
  golddr: [
    ['team-a', 'yourlicenceplate-dev'],
    ['team-a', 'abc123-prod'],
    ['team-b', 'other-prod'],
    ['team-b', 'other-dev'],
  ],
};

/** What a team needs to use Porter in a namespace: the same as with `oc`. */
export const CLAIM_EDITOR_ROLE = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  metadata: { name: 'porter-claim-editor' },
  rules: [
    {
      apiGroups: ['porter.devops.gov.bc.ca'],
      resources: ['transportserverclaims'],
      verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
    },
    {
      apiGroups: [''],
      resources: ['services', 'endpoints', 'pods'],
      verbs: ['get', 'list', 'watch'],
    },
    {
      apiGroups: ['networking.k8s.io'],
      resources: ['networkpolicies'],
      verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'],
    },
  ],
};

export function testRbac(cluster: string): object[] {
  return [
    CLAIM_EDITOR_ROLE,
    ...(GRANTS[cluster] ?? []).map(([group, namespace]) => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: `${group}-porter-claims`, namespace },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'porter-claim-editor',
      },
      subjects: [
        { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: group },
      ],
    })),
  ];
}
