import { TestDatabases } from '@backstage/backend-test-utils';
import { AllocationStore } from './AllocationStore';
import { applyMigrations } from './migrations';

/*
 * Benchmark, not a test: prints how long one allocation takes as a 30,000
 * port range fills up, on each database configured. Run with
 *   yarn workspace @internal/plugin-porter-backend bench
 * The claim it supports: allocation cost does not grow with how full the range is.
 */
jest.setTimeout(600_000);

const RANGE = { from: 30000, to: 59999 };
const SIZE = RANGE.to - RANGE.from + 1;
const SAMPLES = 200;
const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'allocation cost by fill level (%p)',
  databaseId => {
    it('prints the figures', async () => {
      const knex = await databases.init(databaseId);
      await applyMigrations(knex);
      const store = new AllocationStore(knex);
      await store.syncInventory('bench', RANGE);
      const [row] = await knex('porter_claims')
        .insert({
          cluster: 'bench',
          namespace: 'ns',
          name: 'bench',
          service: 'bench',
          service_port: 1,
          spec: '{}',
          created_at: new Date(),
          updated_at: new Date(),
        })
        .returning('id');
      const claimId = typeof row === 'object' ? row.id : row;

      const lines: string[] = [];
      let n = 0;
      for (const fill of [0, 0.5, 0.9, 0.99]) {
        // Fill the range from the bottom to the level, as allocations would.
        await knex('porter_ports')
          .where({ cluster: 'bench', state: 'free' })
          .andWhere('port', '<', RANGE.from + Math.floor(SIZE * fill))
          .update({ state: 'allocated' });
        const started = process.hrtime.bigint();
        for (let i = 0; i < SAMPLES; i++) {
          const service = `s${++n}`;
          await knex.transaction(trx =>
            store.allocate(trx, {
              cluster: 'bench',
              range: RANGE,
              claimId,
              address: '10.0.0.1',
              serviceType: 'NodePort',
              holder: {
                claimCluster: 'bench',
                namespace: 'ns',
                service,
                servicePort: 1,
              },
            }),
          );
        }
        const perAllocationMs =
          Number(process.hrtime.bigint() - started) / 1e6 / SAMPLES;
        lines.push(
          `  ${String(fill * 100).padStart(3)}% full: ${perAllocationMs.toFixed(
            2,
          )} ms per allocation`,
        );
      }
      process.stdout.write(
        `\nallocation on ${databaseId}, range of ${SIZE} ports, ${SAMPLES} allocations per level\n${lines.join(
          '\n',
        )}\n`,
      );
      await knex.destroy();
      expect(lines).toHaveLength(4);
    });
  },
);
