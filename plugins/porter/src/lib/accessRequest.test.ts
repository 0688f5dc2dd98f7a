import type { NamespaceAccess } from '@internal/plugin-porter-common';
import { parseAllDocuments } from 'yaml';
import { accessRequestYaml } from './accessRequest';

const refused = { allowed: false, reason: 'no' };
const access = (extra: Partial<NamespaceAccess> = {}): NamespaceAccess => ({
  cluster: 'silver',
  namespace: 'other-team-dev',
  decidedBy: 'cluster',
  clusterIdentity: { user: 'guest', groups: ['guests'] },
  createClaims: refused,
  listServices: refused,
  listNetworkPolicies: refused,
  ...extra,
});

describe('accessRequestYaml', () => {
  it('grants the cluster user what using Porter with oc needs, in the namespace only', () => {
    const [role, binding] = parseAllDocuments(accessRequestYaml(access())!).map(
      d => d.toJS(),
    );
    expect(role).toMatchObject({
      kind: 'Role',
      metadata: { name: 'porter-claims-guest', namespace: 'other-team-dev' },
    });
    expect(role.rules).toEqual([
      expect.objectContaining({
        apiGroups: ['porter.devops.gov.bc.ca'],
        resources: ['transportserverclaims'],
        verbs: expect.arrayContaining(['create', 'update', 'delete']),
      }),
      expect.objectContaining({
        resources: ['services'],
        verbs: ['get', 'list', 'watch'],
      }),
      expect.objectContaining({
        resources: ['networkpolicies'],
        verbs: ['get', 'list', 'watch'],
      }),
    ]);
    expect(binding).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'porter-claims-guest', namespace: 'other-team-dev' },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'Role',
        name: 'porter-claims-guest',
      },
      subjects: [
        { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'guest' },
      ],
    });
  });

  it('makes a valid object name of any user name, and keeps the user as it is', () => {
    const yaml = accessRequestYaml(
      access({
        clusterIdentity: { user: 'Ada.Lovelace@Gov.BC.ca', groups: [] },
      }),
    )!;
    const [role, binding] = parseAllDocuments(yaml).map(d => d.toJS());
    expect(role.metadata.name).toBe('porter-claims-ada-lovelace-gov-bc-ca');
    expect(binding.subjects[0].name).toBe('Ada.Lovelace@Gov.BC.ca');
  });

  it('offers nothing when the catalog decides or the cluster user is unknown', () => {
    expect(
      accessRequestYaml(
        access({ decidedBy: 'catalog', clusterIdentity: undefined }),
      ),
    ).toBeUndefined();
    expect(
      accessRequestYaml(access({ clusterIdentity: undefined })),
    ).toBeUndefined();
  });
});
