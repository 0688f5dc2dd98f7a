import { parseEntityRef } from '@backstage/catalog-model';
import {
  CLAIM_CLUSTER_LABEL,
  CLAIM_ID_LABEL,
  KUBERNETES_ID_LABEL,
  CLAIM_NAME_LABEL,
  ClaimId,
  INSTANCE_LABEL,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
} from '@internal/plugin-porter-common';

/**
 * Labels on every object Porter writes: Porter's mark, this portal's
 * identity, and the claim (its cluster and name, which with the object's
 * namespace name it, and its database id). The reconciler finds, repairs and
 * garbage-collects exactly this portal's objects with one label-selected list
 * per kind, and removes a claim's objects by its id.
 */
export function porterLabels(
  claim: ClaimId & { id?: number },
  instance: string,
): Record<string, string> {
  return {
    [MANAGED_BY_LABEL]: MANAGED_BY_VALUE,
    [INSTANCE_LABEL]: instance,
    [CLAIM_CLUSTER_LABEL]: claim.cluster,
    [CLAIM_NAME_LABEL]: claim.name,
    ...(claim.id !== undefined ? { [CLAIM_ID_LABEL]: String(claim.id) } : {}),
  };
}

/** Label selector matching everything this portal manages in a cluster. */
export function instanceSelector(instance: string): string {
  return `${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE},${INSTANCE_LABEL}=${instance}`;
}

/** Labels as `key=value` pairs, in kubectl's notation. */
export function labelPairs(labels: Record<string, string>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}

/** A label selector from labels (all must match). */
export function selectorOf(labels: Record<string, string>): string {
  return labelPairs(labels).join(',');
}

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
