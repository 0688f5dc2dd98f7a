import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-porter-backend',
  'migrations',
);

/** How long a replica waits for another one's migrations to finish. */
const LOCK_WAIT_MS = 60_000;

/**
 * Brings the database up to the latest schema; safe to run from every replica.
 *
 * knex serialises migrations with its lock table, but it does not wait for
 * the lock (a replica that finds it taken fails at once with
 * MigrationLocked), and creating that table is not locked at all: two
 * replicas starting at once can both create it, or both insert its one row,
 * after which knex finds it "already locked" for ever. So on PostgreSQL the
 * replicas take turns on an advisory lock around the whole of it; the one
 * that waited then finds nothing left to do. On SQLite (one process) and
 * against a lock held by someone else (a migration run by hand), it waits
 * and tries again.
 */
export async function applyMigrations(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') {
    await migrateWhenUnlocked(knex);
    return;
  }
  await knex.transaction(async trx => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
      'porter_knex_migrations',
    ]);
    await migrateWhenUnlocked(knex);
  });
}

async function migrateWhenUnlocked(knex: Knex): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await knex.migrate.latest({
        directory: migrationsDir,
        tableName: 'porter_knex_migrations',
      });
      return;
    } catch (error) {
      if (!isAnotherMigrationRunning(error, attempt, deadline)) throw error;
      await new Promise(resolve =>
        setTimeout(resolve, Math.min(100 * attempt, 1000)),
      );
    }
  }
}

function isAnotherMigrationRunning(
  error: unknown,
  attempt: number,
  deadline: number,
): boolean {
  const { name, message } = error as Error;
  if (name === 'MigrationLocked') return Date.now() < deadline;
  return attempt < 5 && /already exists|duplicate key/i.test(String(message));
}
