import type { Db } from './types';

/** When the reconciler last looked at each cluster (with its view in sync). */
export interface ObservationStore {
  touch(db: Db, clusters: string[], at: Date): Promise<void>;
  /** Per cluster, when it was last looked at (ISO 8601). */
  all(db: Db): Promise<Map<string, string>>;
}
