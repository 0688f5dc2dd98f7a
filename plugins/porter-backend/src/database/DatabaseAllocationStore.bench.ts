import { TestDatabases } from '@backstage/backend-test-utils';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseAllocationStore } from './DatabaseAllocationStore';
import { applyMigrations } from './migrations';

/*
 * Benchmark, not a test: how long one allocation takes as a 50,000-port
 * range fills up, on each database configured. Run with
 *   yarn workspace @internal/plugin-porter-backend bench
 * or as P2 of `./dev bench`, which collects the figures below from
 * PORTER_BENCH_DIR (lines shaped as packages/backend/src/bench/benchLines.ts).
 * The claim it supports: allocation cost does not grow with how full the range is.
 */
jest.setTimeout(600_000);

const RANGE = { from: 10000, to: 59999 };
const SIZE = RANGE.to - RANGE.from + 1;
const SAMPLES = 200;
/** Allocations before measuring, so that 0% is not measured on a cold connection and cache. */
const WARMUP = 50;
const LEVELS = [0, 0.5, 0.9, 0.99];
const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });
const lines: object[] = [];

afterAll(() => {
  const dir = process.env.PORTER_BENCH_DIR;
  if (dir) {
    writeFileSync(join(dir, 'allocation.json'), JSON.stringify(lines, null, 2));
  }
});

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

describe.each(databases.eachSupportedId())(
  'allocation cost by fill level (%p)',
  databaseId => {
    it('prints the figures', async () => {
      const knex = await databases.init(databaseId);
      await applyMigrations(knex);
      const store = new DatabaseAllocationStore();
      await store.syncInventory(knex, 'bench', RANGE);
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

      const allocate = (service: string) =>
        knex.transaction(trx =>
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
      let n = 0;
      for (let i = 0; i < WARMUP; i++) await allocate(`s${++n}`);

      const medians = new Map<number, number>();
      for (const fill of LEVELS) {
        // Fill the range from the bottom to the level, as allocations would.
        await knex('porter_ports')
          .where({ cluster: 'bench', state: 'free' })
          .andWhere('port', '<', RANGE.from + Math.floor(SIZE * fill))
          .update({ state: 'allocated' });
        const times: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          const started = process.hrtime.bigint();
          await allocate(`s${++n}`);
          times.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
        medians.set(fill, median(times));
      }
      process.stdout.write(
        `\nallocation on ${databaseId}, range of ${SIZE} ports, median of ${SAMPLES} allocations per level\n${LEVELS.map(
          fill =>
            `  ${String(fill * 100).padStart(3)}% full: ${medians
              .get(fill)!
              .toFixed(2)} ms per allocation`,
        ).join('\n')}\n`,
      );
      const empty = medians.get(0)!;
      const full = medians.get(0.99)!;
      lines.push({
        id: 'P2.allocate@99%',
        title: `allocation at 99% ÷ at 0% fill of a ${SIZE.toLocaleString(
          'en-US',
        )}-port range`,
        database: databaseId === 'SQLITE_3' ? 'sqlite' : 'postgres',
        value: Number((full / empty).toFixed(2)),
        unit: '×',
        reference: {
          what: 'one allocation at 0% fill, median',
          value: Number(empty.toFixed(2)),
          unit: 'ms',
        },
        goal: { op: '<=', value: 2 },
        detail: `${full.toFixed(2)} ms at 99%`,
      });
      await knex.destroy();
      expect(medians.size).toBe(LEVELS.length);
    });
  },
);
