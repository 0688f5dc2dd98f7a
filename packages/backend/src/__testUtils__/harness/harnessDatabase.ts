import knexFactory, { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The schema (PostgreSQL) or file (SQLite) the backend gives the porter plugin. */
const PORTER_PLUGIN = 'porter';

/**
 * A database for one harness run, which backends started with
 * `backendConfig` share: a directory of SQLite files (one per plugin, as
 * Backstage lays them out), or a fresh PostgreSQL database with a schema
 * per plugin. `porter` reaches Porter's own tables, to check and seed them.
 */
export interface HarnessDatabase {
  kind: DatabaseKind;
  /** The `backend.database` config block. */
  backendConfig: object;
  /** A knex config for Porter's tables (for a seeding command in another process). */
  porterKnexConfig: Knex.Config;
  /** Porter's tables, opened on first use (the backend creates them). */
  porter(): Knex;
  drop(): Promise<void>;
}

/**
 * The PostgreSQL server tests use, from the variable `./dev test` sets
 * (BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING), or undefined.
 */
export function postgresServer(): Knex.PgConnectionConfig | undefined {
  const url = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING;
  if (!url) return undefined;
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || 'postgres'),
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
  };
}

/**
 * Whether suites that need PostgreSQL can run. When PORTER_TEST_REQUIRE_POSTGRES
 * is set (./dev test sets it), a missing server is an error, not a skip.
 */
export function postgresAvailable(): boolean {
  if (postgresServer()) return true;
  if (process.env.PORTER_TEST_REQUIRE_POSTGRES) {
    throw new Error(
      'PostgreSQL is required but not configured: set BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING ' +
        '(./dev test and ./dev bench do this)',
    );
  }
  return false;
}

export async function createHarnessDatabase(
  kind: DatabaseKind,
): Promise<HarnessDatabase> {
  return kind === 'sqlite' ? createSqlite() : createPostgres();
}

function createSqlite(): HarnessDatabase {
  const directory = mkdtempSync(join(tmpdir(), 'porter-harness-db-'));
  const porterKnexConfig: Knex.Config = {
    client: 'better-sqlite3',
    connection: { filename: join(directory, `${PORTER_PLUGIN}.sqlite`) },
    useNullAsDefault: true,
  };
  let porter: Knex | undefined;
  return {
    kind: 'sqlite',
    backendConfig: { client: 'better-sqlite3', connection: { directory } },
    porterKnexConfig,
    porter: () => (porter ??= knexFactory(porterKnexConfig)),
    drop: async () => {
      await porter?.destroy();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function createPostgres(): Promise<HarnessDatabase> {
  const server = postgresServer();
  if (!server) throw new Error('No PostgreSQL configured (see postgresServer)');
  const database = `porter_harness_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({
    client: 'pg',
    connection: { ...server, database: 'postgres' },
  });
  try {
    await admin.raw('CREATE DATABASE ??', [database]);
  } finally {
    await admin.destroy();
  }
  const connection = { ...server, database };
  const porterKnexConfig: Knex.Config = {
    client: 'pg',
    connection,
    searchPath: [PORTER_PLUGIN],
  };
  let porter: Knex | undefined;
  return {
    kind: 'postgres',
    backendConfig: {
      client: 'pg',
      connection,
      pluginDivisionMode: 'schema',
      ensureSchemaExists: true,
      // Backend processes share the server's 100 connections with each other
      // and with every other test: no idle connections (knex keeps 2 per
      // plugin, about 30 per process), small pools, a little more for the
      // two plugins every apply uses. With 1,000 applies at once a request
      // may queue for a connection longer than knex's default 60 s.
      knexConfig: {
        pool: { min: 0, max: 2, idleTimeoutMillis: 1000 },
        acquireConnectionTimeout: 300_000,
      },
      plugin: Object.fromEntries(
        ['porter', 'catalog'].map(id => [
          id,
          { knexConfig: { pool: { min: 0, max: 5, idleTimeoutMillis: 1000 } } },
        ]),
      ),
    },
    porterKnexConfig,
    porter: () => (porter ??= knexFactory(porterKnexConfig)),
    drop: async () => {
      await porter?.destroy();
      const cleanup = knexFactory({
        client: 'pg',
        connection: { ...server, database: 'postgres' },
      });
      try {
        await cleanup.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [
          database,
        ]);
      } finally {
        await cleanup.destroy();
      }
    },
  };
}
