import type {
  ClaimId,
  ClaimSpec,
  ServiceType,
} from '@internal/plugin-porter-common';
import { SERVICE } from '../clusters/kinds';
import type { ClusterViews } from '../clusters/watch/ClusterViews';
import type { PorterCluster } from '../config/readPorterConfig';
import type { Service } from '../planning/kubernetesTypes';

/**
 * What the cluster views know about a claim's target Service, for the
 * request paths that decide before any sync: which address pool a new
 * allocation comes from (its type), and how its cross-connects are named
 * (its port count). Nothing here calls a cluster; where a view is not in
 * sync yet, the answers fall back to the configured defaults and the next
 * sync corrects them.
 */
export class ServiceFacts {
  constructor(private readonly views?: ClusterViews) {}

  /** Per cluster, the target Service's type when it has a pool there. */
  serviceTypes(
    claim: ClaimId & { spec: ClaimSpec },
    clusters: PorterCluster[],
  ): Map<string, ServiceType> {
    const types = new Map<string, ServiceType>();
    for (const cluster of clusters) {
      const type = this.service(cluster.name, claim)?.spec.type as
        | ServiceType
        | undefined;
      if (type && cluster.addresses[type]) types.set(cluster.name, type);
    }
    return types;
  }

  /** How many ports the target Service has in the claim's own cluster, if known. */
  portCount(claim: ClaimId & { spec: ClaimSpec }): number | undefined {
    return this.service(claim.cluster, claim)?.spec.ports?.length;
  }

  private service(cluster: string, claim: ClaimId & { spec: ClaimSpec }) {
    const view = this.views?.get(cluster);
    if (!view || view.unavailable) return undefined;
    return view.get(SERVICE, claim.namespace, claim.spec.service) as
      | Service
      | undefined;
  }
}
