import { PermissionsService } from '@backstage/backend-plugin-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  PORTER_CLAIM_RESOURCE_TYPE,
  porterAdminConfirmPermission,
  porterAdminReadPermission,
  porterClaimReadPermission,
} from '@internal/plugin-porter-common';
import {
  createPorterClaimConditionalDecision,
  porterClaimConditions,
} from '../permissions/rules';

/** Three clusters as on the platform: Silver alone, Gold/GoldDR as a pair. Small ranges for exhaustion tests. */
export const testPorterConfig = {
  instance: 'test-portal',
  retention: { days: 30 },
  quota: { perNamespace: 5 },
  clusters: {
    silver: {
      ports: { from: 30000, to: 30009 },
      addresses: { ClusterIP: ['142.34.194.68'], NodePort: ['142.34.194.70'] },
    },
    gold: {
      pairedWith: 'golddr',
      ports: { from: 40000, to: 40009 },
      addresses: { NodePort: ['142.34.229.62'] },
    },
    golddr: {
      primary: 'gold',
      ports: { from: 50000, to: 50009 },
      addresses: { NodePort: ['142.34.64.62'] },
    },
  },
};

/**
 * A test user, member of team-a (owns the team-a entities).
 *
 * @alpha
 */
export const ALICE = 'user:default/alice';
/**
 * A test user, member of team-b (owns the team-b entities).
 *
 * @alpha
 */
export const BOB = 'user:default/bob';
export const CAROL = 'user:default/carol'; // a platform administrator
/** A user the policy lets read no claim (as a portal might restrict reads). */
export const DAVE = 'user:default/dave';
/** Member of team-e, which has no RBAC on any cluster. */
export const ERIN = 'user:default/erin';
/** Each test user's ownership refs (the user and their groups), as sign-in would give them. */
export const OWNERSHIP: Record<string, string[]> = {
  [ALICE]: [ALICE, 'group:default/team-a'],
  [BOB]: [BOB, 'group:default/team-b'],
  [CAROL]: [CAROL, 'group:default/platform-admins'],
  [ERIN]: [ERIN, 'group:default/team-e'],
};

function component(
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

/** The seed's namespace belongs to team-a's component; team-b has its own. */
export const testEntities: Entity[] = [
  component('yourservice', 'team-a', {
    'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
  }),
  component('other-app', 'team-b', {
    'porter.devops.gov.bc.ca/namespaces': 'silver/other-dev, gold/other-prod',
  }),
  component('unbound', 'team-a'),
  component('patroni', 'team-a', {
    'porter.devops.gov.bc.ca/namespaces':
      'gold/abc123-prod, golddr/abc123-prod',
  }),
  component('clamav', 'team-a', {
    'porter.devops.gov.bc.ca/namespaces': 'silver/abc123-tools',
  }),
  component('gold-only', 'team-a', {
    'porter.devops.gov.bc.ca/namespaces': 'gold-only-dev',
  }),
  // The attack in miniature: team-a's annotation names team-b's namespace.
  component('borrowed', 'team-a', {
    'porter.devops.gov.bc.ca/namespaces': 'silver/other-dev',
  }),
];

/** The platform document's Silver example (examples/yourservice-tsc.yaml), byte for byte. */
export const SEED_YAML = readFileSync(
  join(__dirname, '..', '..', '..', '..', 'examples', 'yourservice-tsc.yaml'),
  'utf8',
);

/**
 * A permissions service that behaves like the portal's default policy
 * (packages/backend/src/permissions): anyone reads (DAVE excepted, to test
 * reads being refused), only an entity's owners write, platform-admins see
 * the overview and confirm; a service principal reads, and nothing more.
 */
export function ownerOnlyPermissions(): PermissionsService {
  const decide = (permission: any, credentials: any) => {
    const principal = credentials?.principal;
    if (principal?.type === 'service') {
      return {
        result:
          permission.name === porterClaimReadPermission.name
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      };
    }
    if (permission.name === porterClaimReadPermission.name)
      return {
        result:
          principal?.userEntityRef === DAVE
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      };
    if (
      permission.name === porterAdminReadPermission.name ||
      permission.name === porterAdminConfirmPermission.name
    ) {
      const admin = (OWNERSHIP[principal?.userEntityRef] ?? []).includes(
        'group:default/platform-admins',
      );
      return { result: admin ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    if (permission.resourceType === PORTER_CLAIM_RESOURCE_TYPE) {
      return createPorterClaimConditionalDecision(
        permission,
        porterClaimConditions.isEntityOwner({
          claims: OWNERSHIP[principal?.userEntityRef] ?? [],
        }),
      );
    }
    return { result: AuthorizeResult.DENY };
  };
  return {
    authorize: async (requests: any[], options: any) =>
      requests.map(r => decide(r.permission, options?.credentials)) as any,
    authorizeConditional: async (requests: any[], options: any) =>
      requests.map(r => decide(r.permission, options?.credentials)) as any,
  };
}
