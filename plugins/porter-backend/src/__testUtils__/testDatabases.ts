import { TestDatabases } from '@backstage/backend-test-utils';

/**
 * SQLite and PostgreSQL. When PORTER_TEST_REQUIRE_POSTGRES is set (./dev
 * test sets it), a missing PostgreSQL fails the run instead of silently
 * skipping its variants.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });
  if (
    process.env.PORTER_TEST_REQUIRE_POSTGRES &&
    !databases.supports('POSTGRES_16')
  ) {
    throw new Error(
      'PostgreSQL test variants are required but no PostgreSQL is configured: set ' +
        'BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING (./dev test does this)',
    );
  }
  return databases;
}
