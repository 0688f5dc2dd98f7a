import {
  CLAIM_CLUSTER_LABEL,
  CLAIM_ID_LABEL,
  CLAIM_NAME_LABEL,
  INSTANCE_LABEL,
  KubernetesObject,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
} from '@internal/plugin-porter-common';

/** Ownership is told by labels alone: any object with metadata will do. */
type ObjectWithMetadata = Pick<KubernetesObject, 'metadata'>;

/**
 * Whose an object in a cluster is, as far as its labels tell. Pure.
 *
 * Porter replaces or deletes an object only when it is this portal's: it
 * carries Porter's mark and this portal's identity. Among this portal's
 * objects, one labelled for another claim is that claim's while the claim
 * exists; one of a claim that is gone may be taken over (it is garbage).
 */
export type Owner =
  /** Not written by Porter (no mark), or by another portal (another identity). */
  | { kind: 'foreign'; reason: string }
  /** This portal's, for the claim with this id (or of unknown id) and key. */
  | { kind: 'ours'; claimId?: number; claimKey: string };

export function ownerOf(object: ObjectWithMetadata, instance: string): Owner {
  const labels = object.metadata.labels ?? {};
  if (labels[MANAGED_BY_LABEL] !== MANAGED_BY_VALUE) {
    return {
      kind: 'foreign',
      reason: `is not Porter's (it has no ${MANAGED_BY_LABEL}=${MANAGED_BY_VALUE} label)`,
    };
  }
  const other = labels[INSTANCE_LABEL];
  if (other !== instance) {
    return {
      kind: 'foreign',
      reason: other
        ? `belongs to another portal (Porter instance '${other}')`
        : `carries no Porter instance label, so no portal can tell it is its own`,
    };
  }
  const id = Number(labels[CLAIM_ID_LABEL]);
  return {
    kind: 'ours',
    claimId: Number.isInteger(id) && id > 0 ? id : undefined,
    claimKey: claimKeyOfObject(object),
  };
}

/** `cluster/namespace/name` of the claim an object is labelled for. */
export function claimKeyOfObject(object: ObjectWithMetadata): string {
  const labels = object.metadata.labels ?? {};
  return `${labels[CLAIM_CLUSTER_LABEL]}/${object.metadata.namespace}/${labels[CLAIM_NAME_LABEL]}`;
}

/** The claim id an object is labelled with, if any. */
export function claimIdOfObject(
  object: ObjectWithMetadata,
): number | undefined {
  const id = Number(object.metadata.labels?.[CLAIM_ID_LABEL]);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** `Service 'db-golddr' in namespace 'ns'`: how a person finds the object. */
export function describeObject(object: KubernetesObject): string {
  return `${object.kind} '${object.metadata.name}' in namespace '${object.metadata.namespace}'`;
}

/**
 * Whether an adopted claim may take over an unlabelled object of a planned
 * name: what the old Porter operator made for the TransportServerClaim that
 * was adopted. The claim object itself; its TransportServer (same Service and
 * port); its cross-connect Service (no selector) and Endpoints. Never an
 * object that carries another Porter identity. Pure.
 */
export function inheritable(
  existing: KubernetesObject,
  desired: KubernetesObject,
): boolean {
  const labels = existing.metadata.labels ?? {};
  if (labels[MANAGED_BY_LABEL] || labels[INSTANCE_LABEL]) return false;
  const current = existing as any;
  const planned = desired as any;
  switch (desired.kind) {
    case 'TransportServerClaim':
    case 'Endpoints':
      return true;
    case 'TransportServer':
      return (
        current.spec?.pool?.service === planned.spec?.pool?.service &&
        current.spec?.pool?.servicePort === planned.spec?.pool?.servicePort
      );
    case 'Service':
      return Object.keys(current.spec?.selector ?? {}).length === 0;
    default:
      return false;
  }
}
