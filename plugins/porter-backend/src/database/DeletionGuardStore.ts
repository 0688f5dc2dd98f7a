import type { DeletionGuardStatus } from '@internal/plugin-porter-common';
import type { Db } from './types';

/**
 * Per cluster, the deletions the reconciler held back (porter.reconcile.deletionGuard),
 * shared by every replica, and an administrator's confirmation of them.
 */
export interface DeletionGuardStore {
  all(db: Db): Promise<DeletionGuardStatus[]>;
  get(db: Db, cluster: string): Promise<DeletionGuardStatus | undefined>;
  /** Records what a pass held back. A confirmation for fewer deletions than now held lapses. */
  hold(
    db: Db,
    cluster: string,
    held: { reason: string; total: number; objects: string[] },
    now: Date,
  ): Promise<void>;
  clear(db: Db, cluster: string): Promise<void>;
  /** An administrator lets the next pass delete up to `objects` such objects in the cluster. */
  confirm(
    db: Db,
    cluster: string,
    confirmation: { by?: string; objects: number; at: Date },
  ): Promise<void>;
}
