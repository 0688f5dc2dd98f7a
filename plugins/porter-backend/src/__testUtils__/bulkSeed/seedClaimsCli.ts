/*
 * FOR BENCHMARKS: `seedClaims` as a command, for harnesses that run the
 * portal's backend as a separate process and cannot import Porter's internals.
 *
 *   node --require @backstage/cli-node/config/nodeTransform.cjs seedClaimsCli.ts request.json
 *
 * request.json: { database: <knex config>, porter: <the `porter` config block>,
 *                 claims: BulkClaim[], output: <path> }
 * With PostgreSQL, `database.searchPath: [schema]` seeds that schema (created
 * if missing), as the backend's `pluginDivisionMode: schema` uses it.
 * Writes { objects, durationMs } to `output`. On PostgreSQL, ends with ANALYZE,
 * as autovacuum would have run by the time so many claims were stored.
 */
import { ConfigReader } from '@backstage/config';
import knexFactory from 'knex';
import { readFileSync, writeFileSync } from 'node:fs';
import { readPorterConfig } from '../../config/readPorterConfig';
import { seedClaims } from './seedClaims';

async function main(requestPath: string) {
  const request = JSON.parse(readFileSync(requestPath, 'utf8'));
  const started = Date.now();
  const knex = knexFactory({ useNullAsDefault: true, ...request.database });
  try {
    const schema = request.database.searchPath?.[0];
    if (request.database.client === 'pg' && schema) {
      await knex.raw('CREATE SCHEMA IF NOT EXISTS ??', [schema]);
    }
    const result = await seedClaims(
      knex,
      readPorterConfig(new ConfigReader({ porter: request.porter })),
      request.claims,
    );
    if (request.database.client === 'pg') {
      // A database that grew to this size through the API has been analysed
      // by autovacuum long since. Straight after a bulk load it has no
      // statistics, and PostgreSQL plans its tables as if nearly empty
      // (sequential scans where an index serves), which no user would meet.
      await knex.raw('ANALYZE');
    }
    writeFileSync(
      request.output,
      JSON.stringify({ ...result, durationMs: Date.now() - started }),
    );
  } finally {
    await knex.destroy();
  }
}

main(process.argv[2]).catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
