import { Config } from '@backstage/config';
import { PorterConfigError, PorterConfig } from '../config/readPorterConfig';

/** How to reach one cluster's API, from the Kubernetes plugin's own config. */
export interface ClusterConnection {
  /** Porter's name for the cluster. */
  name: string;
  url: string;
  /** Service-account token (authProvider: serviceAccount). */
  token?: string;
  caData?: string;
  caFile?: string;
  skipTLSVerify: boolean;
}

/**
 * Porter reuses the clusters of `kubernetes.clusterLocatorMethods` (type
 * `config`), found by the name in `porter.clusters.<name>.kubernetesCluster`,
 * so a cluster is configured once for both plugins.
 */
export function readClusterConnections(
  root: Config,
  porter: PorterConfig,
): Map<string, ClusterConnection> {
  const byName = new Map<string, Config>();
  for (const method of root.getOptionalConfigArray(
    'kubernetes.clusterLocatorMethods',
  ) ?? []) {
    if (method.getString('type') !== 'config') continue;
    for (const cluster of method.getOptionalConfigArray('clusters') ?? []) {
      byName.set(cluster.getString('name'), cluster);
    }
  }
  const connections = new Map<string, ClusterConnection>();
  for (const cluster of porter.clusters.values()) {
    const k8s = byName.get(cluster.kubernetesCluster);
    if (!k8s) {
      const known = [...byName.keys()].join(', ') || 'none';
      throw new PorterConfigError(
        `porter.clusters.${cluster.name}.kubernetesCluster`,
        `'${cluster.kubernetesCluster}' is not a cluster of kubernetes.clusterLocatorMethods (type: config); known: ${known}`,
      );
    }
    const authProvider =
      k8s.getOptionalString('authProvider') ?? 'serviceAccount';
    if (authProvider !== 'serviceAccount') {
      throw new PorterConfigError(
        `kubernetes.clusterLocatorMethods[].clusters[${cluster.kubernetesCluster}].authProvider`,
        `Porter acts as itself and supports 'serviceAccount' only, got '${authProvider}'`,
      );
    }
    connections.set(cluster.name, {
      name: cluster.name,
      url: k8s.getString('url'),
      token: k8s.getOptionalString('serviceAccountToken'),
      caData: k8s.getOptionalString('caData'),
      caFile: k8s.getOptionalString('caFile'),
      skipTLSVerify: k8s.getOptionalBoolean('skipTLSVerify') ?? false,
    });
  }
  return connections;
}
