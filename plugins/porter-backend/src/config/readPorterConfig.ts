import { Config } from '@backstage/config';
import type {
  ClusterRole,
  ClusterSummary,
  ServiceType,
} from '@internal/plugin-porter-common';
import { isIP } from 'node:net';
import { PorterConfigError, readNumber, readShare } from './configValues';
import {
  AuthorizationConfig,
  DEFAULT_AUTHORIZATION,
  readAuthorization,
} from './readAuthorization';
import { readInstance } from './readInstance';

export { PorterConfigError } from './configValues';

export const SERVICE_TYPES: ServiceType[] = ['ClusterIP', 'NodePort'];

/** A cluster as Porter manages it; the API's ClusterSummary plus what only the backend needs. */
export interface PorterCluster extends ClusterSummary {
  /** Name of the cluster in the Kubernetes plugin's configuration. */
  kubernetesCluster: string;
  /** Whether target Services must be NodePort (the platform's rule since Feb 2026). */
  requireNodePort: boolean;
}

export interface PorterConfig {
  /** This portal's identity on every object it writes (`porter.instance`). */
  instance: string;
  /** True when `instance` was derived from `backend.baseUrl` rather than configured. */
  instanceDerived: boolean;
  retentionDays: number;
  /** Seconds between reconciler passes. */
  reconcileIntervalSeconds: number;
  /** How long to wait for a cluster's API before calling it unavailable. */
  clusterTimeoutMs: number;
  /** The longest a cluster's watch waits before retrying (it backs off from 1 s up to this). */
  watchRetryMaxMs: number;
  quotaPerNamespace: number;
  /** Most ports one namespace may hold (allocated + retained) in one cluster. */
  portsPerNamespace: number;
  authorization: AuthorizationConfig;
  /** The TCP test (`POST …/test`). */
  probe: {
    /** Longest wait for a connection, whatever the claim's monitor.timeout. */
    timeoutSeconds: number;
    /** Tests one user may run per minute. */
    perUserPerMinute: number;
  };
  /** A reconciler pass deletes nothing in a cluster when it would delete more than this. */
  deletionGuard: {
    /** Most objects of claims this database does not know that one pass may delete in one cluster. */
    maxObjects: number;
    /** Largest share of Porter's objects in a cluster that one pass may delete that way. */
    maxShare: number;
  };
  clusters: Map<string, PorterCluster>;
}

const DEFAULTS = {
  retentionDays: 30,
  reconcileIntervalSeconds: 60,
  clusterTimeoutMs: 10_000,
  watchRetryMaxMs: 30_000,
  quotaPerNamespace: 20,
  portsPerNamespace: 40,
  probe: { timeoutSeconds: 5, perUserPerMinute: 10 },
  deletionGuard: { maxObjects: 10, maxShare: 0.5 },
};

/**
 * Reads and checks the `porter` config block. Every rule that would make
 * allocation or planning misbehave later is checked here, at startup.
 */
export function readPorterConfig(root: Config): PorterConfig {
  const config = root.getOptionalConfig('porter');
  const { instance, derived: instanceDerived } = readInstance(root);
  if (!config) {
    return {
      ...DEFAULTS,
      instance,
      instanceDerived,
      authorization: DEFAULT_AUTHORIZATION,
      clusters: new Map(),
    };
  }
  const retentionDays = readNumber(config, 'retention.days', {
    fallback: 30,
    min: 0,
    max: 3650,
  });
  const reconcileIntervalSeconds = readNumber(
    config,
    'reconcile.intervalSeconds',
    { fallback: 60, min: 1, max: 86400 },
  );
  const clusterTimeoutMs = readNumber(config, 'reconcile.clusterTimeoutMs', {
    fallback: 10_000,
    min: 100,
    max: 300_000,
  });
  // How long a cluster's watch waits at most before it tries again (back-off from 1 s).
  const watchRetryMaxMs = readNumber(config, 'reconcile.watchRetryMaxMs', {
    fallback: 30_000,
    min: 100,
    max: 600_000,
  });
  const quotaPerNamespace = readNumber(config, 'quota.perNamespace', {
    fallback: 20,
    min: 1,
    max: 100000,
  });

  const portsPerNamespace = readNumber(config, 'quota.portsPerNamespace', {
    fallback: Math.max(DEFAULTS.portsPerNamespace, 2 * quotaPerNamespace),
    min: 1,
    max: 1_000_000,
  });
  if (portsPerNamespace < quotaPerNamespace) {
    throw new PorterConfigError(
      'porter.quota.portsPerNamespace',
      `must be at least porter.quota.perNamespace (${quotaPerNamespace}): every claim holds a port in each cluster it is realised in`,
    );
  }
  const probe = {
    timeoutSeconds: readNumber(config, 'probe.timeoutSeconds', {
      fallback: DEFAULTS.probe.timeoutSeconds,
      min: 1,
      max: 30,
    }),
    perUserPerMinute: readNumber(config, 'probe.perUserPerMinute', {
      fallback: DEFAULTS.probe.perUserPerMinute,
      min: 1,
      max: 600,
    }),
  };
  const deletionGuard = {
    maxObjects: readNumber(config, 'reconcile.deletionGuard.maxObjects', {
      fallback: DEFAULTS.deletionGuard.maxObjects,
      min: 0,
      max: 1_000_000,
    }),
    maxShare: readShare(config, 'reconcile.deletionGuard.maxShare', {
      fallback: DEFAULTS.deletionGuard.maxShare,
    }),
  };

  const clustersConfig = config.getOptionalConfig('clusters');
  const clusters = new Map<string, PorterCluster>();
  for (const name of clustersConfig?.keys() ?? []) {
    clusters.set(name, readCluster(name, clustersConfig!.getConfig(name)));
  }
  checkPairs(clusters);
  return {
    instance,
    instanceDerived,
    retentionDays,
    reconcileIntervalSeconds,
    clusterTimeoutMs,
    watchRetryMaxMs,
    quotaPerNamespace,
    portsPerNamespace,
    authorization: readAuthorization(config),
    probe,
    deletionGuard,
    clusters,
  };
}

function readCluster(name: string, c: Config): PorterCluster {
  const key = `porter.clusters.${name}`;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 40) {
    throw new PorterConfigError(
      key,
      'cluster names must be lower-case DNS labels of at most 40 characters',
    );
  }
  const from = readNumber(c, 'ports.from', { min: 1, max: 65535, prefix: key });
  const to = readNumber(c, 'ports.to', { min: 1, max: 65535, prefix: key });
  if (from > to) {
    throw new PorterConfigError(
      `${key}.ports`,
      `'from' (${from}) must not be above 'to' (${to})`,
    );
  }
  const addresses: PorterCluster['addresses'] = {};
  for (const type of SERVICE_TYPES) {
    const list = c.getOptionalStringArray(`addresses.${type}`);
    if (!list) continue;
    for (const address of list) {
      if (!isIP(address)) {
        throw new PorterConfigError(
          `${key}.addresses.${type}`,
          `'${address}' is not an IP address`,
        );
      }
    }
    if (list.length === 0) {
      throw new PorterConfigError(
        `${key}.addresses.${type}`,
        'must list at least one address, or be left out',
      );
    }
    addresses[type] = list;
  }
  const defaultServiceType = (c.getOptionalString('defaultServiceType') ??
    'NodePort') as ServiceType;
  if (!SERVICE_TYPES.includes(defaultServiceType)) {
    throw new PorterConfigError(
      `${key}.defaultServiceType`,
      `must be one of ${SERVICE_TYPES.join(', ')}`,
    );
  }
  if (!addresses[defaultServiceType]) {
    throw new PorterConfigError(
      `${key}.addresses.${defaultServiceType}`,
      `is required because ${defaultServiceType} is the cluster's default Service type`,
    );
  }
  const pairedWith = c.getOptionalString('pairedWith');
  const primary = c.getOptionalString('primary');
  if (pairedWith && primary) {
    throw new PorterConfigError(
      key,
      "set either 'pairedWith' (on the primary) or 'primary' (on the secondary), not both",
    );
  }
  let role: ClusterRole = 'standalone';
  if (pairedWith) role = 'primary';
  if (primary) role = 'secondary';
  return {
    name,
    role,
    peer: pairedWith ?? primary,
    kubernetesCluster: c.getOptionalString('kubernetesCluster') ?? name,
    requireNodePort: c.getOptionalBoolean('requireNodePort') ?? false,
    ports: { from, to },
    addresses,
    defaultServiceType,
  };
}

/** A pair is declared on both sides, and each side names the other. */
function checkPairs(clusters: Map<string, PorterCluster>) {
  for (const cluster of clusters.values()) {
    if (cluster.role === 'standalone') continue;
    const key = `porter.clusters.${cluster.name}.${
      cluster.role === 'primary' ? 'pairedWith' : 'primary'
    }`;
    const peer = clusters.get(cluster.peer!);
    if (!peer) {
      throw new PorterConfigError(
        key,
        `names '${cluster.peer}', which is not a configured cluster`,
      );
    }
    const expectedRole = cluster.role === 'primary' ? 'secondary' : 'primary';
    if (peer.role !== expectedRole || peer.peer !== cluster.name) {
      const field = expectedRole === 'secondary' ? 'primary' : 'pairedWith';
      throw new PorterConfigError(
        key,
        `'${peer.name}' must declare ${field}: ${cluster.name} to complete the pair`,
      );
    }
  }
}

/** The API's view of a cluster (no backend-only fields). */
export function toClusterSummary(cluster: PorterCluster): ClusterSummary {
  const { kubernetesCluster: _k, ...summary } = cluster;
  return summary;
}
