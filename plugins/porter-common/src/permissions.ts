import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Permission resource type for TransportServerClaims managed by Porter.
 *
 * @public
 */
export const PORTER_CLAIM_RESOURCE_TYPE = 'porter-claim';

/**
 * Reading claims. A resource permission, so a policy may narrow it per
 * claim; the default policy allows every signed-in user to read.
 *
 * @public
 */
export const porterClaimReadPermission = createPermission({
  name: 'porter.claim.read',
  attributes: { action: 'read' },
  resourceType: PORTER_CLAIM_RESOURCE_TYPE,
});

/**
 * Creating a claim. A resource permission too: conditions are evaluated
 * against the claim about to be created (its entity and that entity's owners).
 *
 * @public
 */
export const porterClaimCreatePermission = createPermission({
  name: 'porter.claim.create',
  attributes: { action: 'create' },
  resourceType: PORTER_CLAIM_RESOURCE_TYPE,
});

/**
 * Updating a claim's spec; a resource permission, evaluated against the claim.
 *
 * @public
 */
export const porterClaimUpdatePermission = createPermission({
  name: 'porter.claim.update',
  attributes: { action: 'update' },
  resourceType: PORTER_CLAIM_RESOURCE_TYPE,
});

/**
 * Deleting a claim; a resource permission, evaluated against the claim.
 *
 * @public
 */
export const porterClaimDeletePermission = createPermission({
  name: 'porter.claim.delete',
  attributes: { action: 'delete' },
  resourceType: PORTER_CLAIM_RESOURCE_TYPE,
});

/**
 * Applying the `allow-from-f5-ingress` NetworkPolicy Porter proposes for a claim's Service.
 *
 * @public
 */
export const porterClaimPolicyApplyPermission = createPermission({
  name: 'porter.claim.policy.apply',
  attributes: { action: 'update' },
  resourceType: PORTER_CLAIM_RESOURCE_TYPE,
});

/**
 * Reading the administrators' overview: pools, quotas and broken exposures.
 *
 * @public
 */
export const porterAdminReadPermission = createPermission({
  name: 'porter.admin.read',
  attributes: { action: 'read' },
});

/**
 * The resource ref of a claim, as used with the permission framework:
 * `cluster/namespace/name`. (A catalog entity ref, e.g.
 * `component:default/x`, stands for "a claim for this entity".)
 *
 * @public
 */
export function claimResourceRef(id: {
  cluster: string;
  namespace: string;
  name: string;
}): string {
  return `${id.cluster}/${id.namespace}/${id.name}`;
}

/**
 * The claim a `cluster/namespace/name` resource ref names; undefined for anything else.
 *
 * @public
 */
export function parseClaimResourceRef(
  ref: string,
): { cluster: string; namespace: string; name: string } | undefined {
  const [cluster, namespace, name, ...rest] = ref.split('/');
  if (!cluster || !namespace || !name || rest.length) return undefined;
  return { cluster, namespace, name };
}

/**
 * Confirming what the reconciler held back: deletions the deletion guard
 * stopped (e.g. an empty or wrong database pointed at live clusters).
 *
 * @public
 */
export const porterAdminConfirmPermission = createPermission({
  name: 'porter.admin.confirm',
  attributes: { action: 'update' },
});

/**
 * The permissions on the `porter-claim` resource type.
 *
 * @public
 */
export const porterClaimPermissions = [
  porterClaimReadPermission,
  porterClaimCreatePermission,
  porterClaimUpdatePermission,
  porterClaimDeletePermission,
  porterClaimPolicyApplyPermission,
];

/**
 * Every permission Porter defines.
 *
 * @public
 */
export const porterPermissions = [
  ...porterClaimPermissions,
  porterAdminReadPermission,
  porterAdminConfirmPermission,
];
