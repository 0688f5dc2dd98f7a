/**
 * Who holds a port: the claim's own cluster, namespace and target. This is
 * also the retention key: a port released by a deleted claim is kept for the
 * next claim with the same holder, so the port survives delete + re-create.
 */
export interface Holder {
  claimCluster: string;
  namespace: string;
  service: string;
  servicePort: number;
}

export function holderKey(holder: Holder): string {
  return `${holder.claimCluster}/${holder.namespace}/${holder.service}:${holder.servicePort}`;
}
