import type { PoolUsage } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { PorterConfig } from '../config/readPorterConfig';
import type { PortUsageStore } from '../database/PortUsageStore';

/** Port usage per configured cluster: allocated, retained for deleted claims, free. */
export async function poolUsage(options: {
  db: Knex;
  portUsage: PortUsageStore;
  config: PorterConfig;
}): Promise<PoolUsage[]> {
  const { db, portUsage, config } = options;
  const usage = await portUsage.usage(db);
  return [...config.clusters.values()].map(cluster => {
    const counts = usage.get(cluster.name) ?? {
      allocated: 0,
      retained: 0,
      free: 0,
    };
    return {
      cluster: cluster.name,
      ports: cluster.ports,
      total: cluster.ports.to - cluster.ports.from + 1,
      ...counts,
      addresses: cluster.addresses,
    };
  });
}
