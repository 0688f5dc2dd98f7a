import type {
  AddressUsage,
  PortCounts,
  PortUsageStore,
} from './PortUsageStore';
import type { Db } from './types';

const TABLE = 'porter_ports';

/** Port usage, counted over `porter_ports`. */
export class DatabasePortUsageStore implements PortUsageStore {
  async usage(db: Db): Promise<Map<string, PortCounts>> {
    const rows = await db(TABLE)
      .select('cluster', 'state')
      .count({ n: '*' })
      .groupBy('cluster', 'state');
    const usage = new Map<string, PortCounts>();
    for (const row of rows as any[]) {
      const entry = usage.get(row.cluster) ?? {
        allocated: 0,
        retained: 0,
        free: 0,
      };
      entry[row.state as keyof PortCounts] = Number(row.n);
      usage.set(row.cluster, entry);
    }
    return usage;
  }

  async usageByAddress(db: Db): Promise<AddressUsage[]> {
    const rows = await db(TABLE)
      .select('cluster', 'address', 'service_type', 'state')
      .count({ n: '*' })
      .whereIn('state', ['allocated', 'retained'])
      .groupBy('cluster', 'address', 'service_type', 'state');
    const byKey = new Map<string, AddressUsage>();
    for (const row of rows as any[]) {
      const key = `${row.cluster}/${row.service_type}/${row.address}`;
      const entry = byKey.get(key) ?? {
        cluster: row.cluster,
        address: row.address,
        serviceType: row.service_type,
        allocated: 0,
        retained: 0,
      };
      entry[row.state as 'allocated' | 'retained'] = Number(row.n);
      byKey.set(key, entry);
    }
    return [...byKey.values()];
  }
}
