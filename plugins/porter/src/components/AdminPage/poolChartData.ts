import type { AdminOverview } from '@internal/plugin-porter-common';

export type ClusterUsage = AdminOverview['clusters'][number];

/** One stacked segment of the chart: a pool address's allocated or retained ports, or the free ones. */
export interface PoolSeries {
  key: string;
  label: string;
  kind: 'allocated' | 'retained' | 'free';
}

/**
 * Rows (one per cluster) and series for a stacked bar per cluster:
 * allocated ports per pool address, retained ports per address, then free
 * ports, so each bar is the cluster's whole port range. Addresses holding
 * no port in any cluster get no series, which keeps the legend short.
 */
export function poolChartData(clusters: ClusterUsage[]): {
  rows: Array<Record<string, string | number>>;
  series: PoolSeries[];
} {
  const rows = clusters.map(c => {
    const row: Record<string, string | number> = {
      cluster: c.cluster,
      free: c.free,
    };
    for (const pool of c.pools) {
      row[`allocated:${pool.address}`] = pool.allocated;
      row[`retained:${pool.address}`] = pool.retained;
    }
    return row;
  });
  const series: PoolSeries[] = [];
  for (const kind of ['allocated', 'retained'] as const) {
    const seen = new Set<string>();
    for (const c of clusters) {
      for (const pool of c.pools) {
        const key = `${kind}:${pool.address}`;
        if (pool[kind] > 0 && !seen.has(key)) {
          seen.add(key);
          series.push({
            key,
            kind,
            label: `${pool.address} (${pool.serviceType}) ${kind}`,
          });
        }
      }
    }
  }
  series.push({ key: 'free', kind: 'free', label: 'free' });
  return { rows, series };
}
