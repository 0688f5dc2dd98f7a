import { InputError, NotFoundError } from '@backstage/errors';
import type { PorterCluster, PorterConfig } from '../config/readPorterConfig';

/**
 * The cluster a claim is made in, checked: it must be configured, and it
 * must not be a pair's secondary (those are realised from their primary).
 */
export function claimCluster(
  config: PorterConfig,
  name: string,
): PorterCluster {
  const cluster = config.clusters.get(name);
  if (!cluster) {
    const known = [...config.clusters.keys()].join(', ') || 'none configured';
    throw new NotFoundError(
      `Unknown cluster '${name}'. Porter manages: ${known}.`,
    );
  }
  if (cluster.role === 'secondary') {
    throw new InputError(
      `Claims are not made in '${name}': it is the secondary of the pair '${cluster.peer}'/'${name}'. ` +
        `Make the claim in '${cluster.peer}' and Porter realises it in both clusters.`,
    );
  }
  return cluster;
}

/** The clusters a claim in `cluster` is realised in: itself, and its secondary for a pair primary. */
export function realisingClusters(
  config: PorterConfig,
  cluster: PorterCluster,
): PorterCluster[] {
  if (cluster.role === 'primary') {
    return [cluster, config.clusters.get(cluster.peer!)!];
  }
  return [cluster];
}
