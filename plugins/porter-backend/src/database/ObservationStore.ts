import { Knex } from 'knex';
import { toIso } from './ClaimStore';

type Db = Knex | Knex.Transaction;
const TABLE = 'porter_cluster_observations';

/** When the reconciler last looked at each cluster (with its view in sync). */
export class ObservationStore {
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
