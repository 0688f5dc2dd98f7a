import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-porter-backend',
  'migrations',
);

/**
 * Brings the database up to the latest schema; safe to run from every replica.
 *
 * knex serialises migrations with its lock table, but creating the
 * bookkeeping tables themselves is not locked: two replicas starting at once
 * can both try, and one fails with "already exists". That one retries, and
 * then waits on the lock like any other.
 */
export async function applyMigrations(knex: Knex): Promise<void> {
  const run = () =>
    knex.migrate.latest({
      directory: migrationsDir,
      tableName: 'porter_knex_migrations',
    });
  for (let attempt = 1; ; attempt++) {
    try {
      await run();
      return;
    } catch (error) {
      if (
        attempt >= 5 ||
        !/already exists|duplicate key/i.test(String((error as Error).message))
      ) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 100 * attempt));
    }
  }
}
