import { parseEntityRef } from '@backstage/catalog-model';
import {
  CLAIM_CLUSTER_LABEL,
  KUBERNETES_ID_LABEL,
  CLAIM_NAME_LABEL,
  ClaimId,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
} from '@internal/plugin-porter-common';

/**
 * Labels on every object Porter writes. With the object's namespace they
 * name the claim, so the reconciler can find, repair and garbage-collect
 * exactly Porter's own objects with one label-selected list per kind.
 */
export function porterLabels(claim: ClaimId): Record<string, string> {
  return {
    [MANAGED_BY_LABEL]: MANAGED_BY_VALUE,
    [CLAIM_CLUSTER_LABEL]: claim.cluster,
    [CLAIM_NAME_LABEL]: claim.name,
  };
}

/** Label selector matching everything Porter manages in a cluster. */
export const PORTER_SELECTOR = `${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE}`;

/**
 * The label the Kubernetes plugin selects an entity's objects by
 * (`backstage.io/kubernetes-id: <entity name>`), when the claim has an entity.
 */
export function entityLabels(entityRef?: string): Record<string, string> {
  if (!entityRef) return {};
  try {
    return { [KUBERNETES_ID_LABEL]: parseEntityRef(entityRef).name };
  } catch {
    return {};
  }
}
