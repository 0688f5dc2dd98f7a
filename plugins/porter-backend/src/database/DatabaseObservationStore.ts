import type { ObservationStore } from './ObservationStore';
import { toIso } from './timestamps';
import type { Db } from './types';

const TABLE = 'porter_cluster_observations';

/** Cluster observations, in `porter_cluster_observations`. */
export class DatabaseObservationStore implements ObservationStore {
  async touch(db: Db, clusters: string[], at: Date): Promise<void> {
    if (clusters.length === 0) return;
    await db(TABLE)
      .insert(clusters.map(cluster => ({ cluster, observed_at: at })))
      .onConflict('cluster')
      .merge();
  }

  async all(db: Db): Promise<Map<string, string>> {
    const rows = await db(TABLE).select('cluster', 'observed_at');
    return new Map(rows.map(r => [r.cluster, toIso(r.observed_at)]));
  }
}
