import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-porter-backend',
  'migrations',
);

/** Brings the database up to the latest schema; safe to run from every replica. */
export async function applyMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDir,
    tableName: 'porter_knex_migrations',
  });
}
