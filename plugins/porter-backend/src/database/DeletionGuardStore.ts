import type { DeletionGuardStatus } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { toIso } from './ClaimStore';

type Db = Knex | Knex.Transaction;
const TABLE = 'porter_deletion_guards';

/** How many of the held objects a status shows; the count is always complete. */
const SHOWN_OBJECTS = 50;

/**
 * Per cluster, the deletions the reconciler held back (porter.reconcile.deletionGuard),
 * shared by every replica, and an administrator's confirmation of them.
 */
export class DeletionGuardStore {
  async all(db: Db): Promise<DeletionGuardStatus[]> {
    return (await db(TABLE).orderBy('cluster')).map(toStatus);
  }

  async get(db: Db, cluster: string): Promise<DeletionGuardStatus | undefined> {
    const row = await db(TABLE).where({ cluster }).first();
    return row ? toStatus(row) : undefined;
  }

  /** Records what a pass held back. A confirmation for fewer deletions than now held lapses. */
  async hold(
    db: Db,
    cluster: string,
    held: { reason: string; total: number; objects: string[] },
    now: Date,
  ): Promise<void> {
    const current = await db(TABLE).where({ cluster }).first();
    const row = {
      would_delete: held.objects.length,
      total: held.total,
      objects: JSON.stringify({
        reason: held.reason,
        objects: held.objects.slice(0, SHOWN_OBJECTS),
      }),
      observed_at: now,
    };
    if (!current) {
      await db(TABLE).insert({ cluster, ...row, since: now });
      return;
    }
    const lapsed =
      current.confirmed_count !== null &&
      held.objects.length > Number(current.confirmed_count);
    await db(TABLE)
      .where({ cluster })
      .update({
        ...row,
        ...(lapsed
          ? { confirmed_by: null, confirmed_at: null, confirmed_count: null }
          : {}),
      });
  }

  async clear(db: Db, cluster: string): Promise<void> {
    await db(TABLE).where({ cluster }).delete();
  }

  /** An administrator lets the next pass delete up to `count` such objects in the cluster. */
  async confirm(
    db: Db,
    cluster: string,
    by: string | undefined,
    count: number,
    now: Date,
  ): Promise<void> {
    await db(TABLE)
      .where({ cluster })
      .update({
        confirmed_by: by ?? null,
        confirmed_at: now,
        confirmed_count: count,
      });
  }
}

function toStatus(row: any): DeletionGuardStatus {
  const detail = JSON.parse(row.objects);
  return {
    cluster: row.cluster,
    holding: true,
    wouldDelete: Number(row.would_delete),
    total: Number(row.total),
    reason: detail.reason,
    objects: detail.objects,
    since: toIso(row.since),
    observedAt: toIso(row.observed_at),
    ...(row.confirmed_at
      ? {
          confirmed: {
            by: row.confirmed_by ?? undefined,
            at: toIso(row.confirmed_at),
            objects: Number(row.confirmed_count),
          },
        }
      : {}),
  };
}
