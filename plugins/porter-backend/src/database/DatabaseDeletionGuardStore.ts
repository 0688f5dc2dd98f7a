import type { DeletionGuardStatus } from '@internal/plugin-porter-common';
import type { DeletionGuardStore } from './DeletionGuardStore';
import { toIso } from './timestamps';
import type { Db } from './types';

const TABLE = 'porter_deletion_guards';

/** How many of the held objects a status shows; the count is always complete. */
const SHOWN_OBJECTS = 50;

/** Deletion guards, in `porter_deletion_guards`. */
export class DatabaseDeletionGuardStore implements DeletionGuardStore {
  async all(db: Db): Promise<DeletionGuardStatus[]> {
    return (await db(TABLE).orderBy('cluster')).map(toStatus);
  }

  async get(db: Db, cluster: string): Promise<DeletionGuardStatus | undefined> {
    const row = await db(TABLE).where({ cluster }).first();
    return row ? toStatus(row) : undefined;
  }

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

  async confirm(
    db: Db,
    cluster: string,
    confirmation: { by?: string; objects: number; at: Date },
  ): Promise<void> {
    await db(TABLE)
      .where({ cluster })
      .update({
        confirmed_by: confirmation.by ?? null,
        confirmed_at: confirmation.at,
        confirmed_count: confirmation.objects,
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
