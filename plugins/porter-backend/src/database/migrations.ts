import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-porter-backend',
  'migrations',
);

/** How long a replica waits for another one's migrations to finish. */
const LOCK_WAIT_MS = 120_000;

/**
 * Brings the database up to the latest schema; safe to run from every replica.
 *
 * knex serialises migrations with its lock table, but it does not wait for
 * the lock: a replica that finds it taken fails at once with MigrationLocked.
 * Creating the bookkeeping tables is not locked at all: two replicas starting
 * at once can both try, and one fails with "already exists". Either way this
 * replica waits a little and tries again; by then the other replica's
 * migrations are applied and `latest` has nothing left to do.
 */
export async function applyMigrations(knex: Knex): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await knex.migrate.latest({
        directory: migrationsDir,
        tableName: 'porter_knex_migrations',
      });
      return;
    } catch (error) {
      if (!isAnotherReplicaMigrating(error, attempt, deadline)) throw error;
      await new Promise(resolve =>
        setTimeout(resolve, Math.min(100 * attempt, 1000)),
      );
    }
  }
}

function isAnotherReplicaMigrating(
  error: unknown,
  attempt: number,
  deadline: number,
): boolean {
  const { name, message } = error as Error;
  if (name === 'MigrationLocked') return Date.now() < deadline;
  return attempt < 5 && /already exists|duplicate key/i.test(String(message));
}
