import type { ResourcePermission } from '@backstage/plugin-permission-common';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  claimResourceRef,
  ClaimId,
  porterClaimCreatePermission,
} from '@internal/plugin-porter-common';

export interface PermissionState {
  allowed: boolean;
  loading: boolean;
  /** Why not, for a tooltip or a note; set once the answer is no. */
  reason?: string;
}

function toState(
  result: { allowed: boolean; loading: boolean; error?: Error },
  reason: string,
): PermissionState {
  if (result.loading) return { allowed: false, loading: true };
  if (result.allowed) return { allowed: true, loading: false };
  return {
    allowed: false,
    loading: false,
    reason: result.error
      ? `Could not check your permissions: ${result.error.message}`
      : reason,
  };
}

const owners = (entityRef: string, ownerRefs?: string[]) =>
  `only the owners of ${entityRef}${
    ownerRefs?.length ? ` (${ownerRefs.join(', ')})` : ''
  } may`;

/** May the user create a claim for this entity (`porter.claim.create` on the entity ref)? */
export function useCreateClaimPermission(
  entityRef: string,
  ownerRefs?: string[],
): PermissionState {
  const result = usePermission({
    permission: porterClaimCreatePermission,
    resourceRef: entityRef,
  });
  return toState(
    result,
    `You may not expose Services of ${entityRef}: ${owners(
      entityRef,
      ownerRefs,
    )} (${porterClaimCreatePermission.name}).`,
  );
}

/**
 * May the user do `what` to this claim (a claim permission on
 * `cluster/namespace/name`)? `what` completes "You may not …", e.g.
 * "change this exposure".
 */
export function useClaimPermission(
  permission: ResourcePermission,
  claim: ClaimId & { entityRef?: string },
  what: string,
  ownerRefs?: string[],
): PermissionState {
  const result = usePermission({
    permission,
    resourceRef: claimResourceRef(claim),
  });
  const whose = claim.entityRef
    ? `: ${owners(claim.entityRef, ownerRefs)}`
    : '';
  return toState(result, `You may not ${what}${whose} (${permission.name}).`);
}
