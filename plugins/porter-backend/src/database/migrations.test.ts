import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readdirSync } from 'node:fs';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyMigrations } from './migrations';

const directory = resolvePackagePath(
  '@internal/plugin-porter-backend',
  'migrations',
);
const config = { directory, tableName: 'porter_knex_migrations' };
const migrations = readdirSync(directory)
  .filter(f => f.endsWith('.js'))
  .sort();

const databases = createTestDatabases();

/**
 * Every migration goes up and comes down again, one step at a time, and
 * the schema it leaves can be rebuilt: a release can always be rolled back.
 */
describe.each(databases.eachSupportedId())('migrations (%p)', databaseId => {
  it('run up and down, one at a time, and up again', async () => {
    const knex = await databases.init(databaseId);
    expect(migrations.length).toBeGreaterThan(0);

    for (let step = 1; step <= migrations.length; step++) {
      await knex.migrate.up(config);
      const [completed, pending] = await knex.migrate.list(config);
      expect(completed).toHaveLength(step);
      expect(pending).toHaveLength(migrations.length - step);
    }
    expect(await knex.schema.hasTable('porter_claims')).toBe(true);

    for (let left = migrations.length; left > 0; left--) {
      await knex.migrate.down(config);
      const [completed] = await knex.migrate.list(config);
      expect(completed).toHaveLength(left - 1);
    }
    for (const table of [
      'porter_claims',
      'porter_ports',
      'porter_claim_events',
      'porter_claim_sides',
    ]) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }

    await knex.migrate.latest(config);
    const [completed, pending] = await knex.migrate.list(config);
    expect(completed).toHaveLength(migrations.length);
    expect(pending).toHaveLength(0);
  });

  it('waits while another replica holds the migration lock', async () => {
    const knex = await databases.init(databaseId);
    await applyMigrations(knex);
    // Another replica is migrating: the lock is taken and a migration pending.
    await knex.migrate.down(config);
    await knex('porter_knex_migrations_lock').update({ is_locked: 1 });
    let done = false;
    const waiting = applyMigrations(knex).then(() => {
      done = true;
    });
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(done).toBe(false);

    await knex('porter_knex_migrations_lock').update({ is_locked: 0 });
    await waiting;
    const [, pending] = await knex.migrate.list(config);
    expect(pending).toHaveLength(0);
  });

  it('lets two replicas starting at once both come up', async () => {
    const knex = await databases.init(databaseId);
    await Promise.all([applyMigrations(knex), applyMigrations(knex)]);
    const [completed, pending] = await knex.migrate.list(config);
    expect(completed).toHaveLength(migrations.length);
    expect(pending).toHaveLength(0);
  });
});
