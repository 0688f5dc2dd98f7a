import type { Claim, ClaimId } from '@internal/plugin-porter-common';

/** The identity of a claim (cluster, namespace, name), without the rest. */
export function claimIdOf(claim: ClaimId | Claim): ClaimId {
  return {
    cluster: claim.cluster,
    namespace: claim.namespace,
    name: claim.name,
  };
}
