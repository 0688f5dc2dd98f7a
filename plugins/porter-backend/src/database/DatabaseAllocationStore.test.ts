import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseAllocationStore } from './DatabaseAllocationStore';
import { applyMigrations } from './migrations';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const range = { from: 30000, to: 30004 };
const holder = (service: string) => ({
  claimCluster: 'silver',
  namespace: 'ns',
  service,
  servicePort: 8000,
});

async function setup(databaseId: Parameters<typeof databases.init>[0]) {
  const knex = await databases.init(databaseId);
  await applyMigrations(knex);
  const store = new DatabaseAllocationStore();
  await store.syncInventory(knex, 'silver', range);
  const claim = async (service: string) => {
    const [row] = await knex('porter_claims')
      .insert({
        cluster: 'silver',
        namespace: 'ns',
        name: service,
        service,
        service_port: 8000,
        spec: '{}',
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  };
  const allocate = (claimId: number, service: string) =>
    knex.transaction(trx =>
      store.allocate(trx, {
        cluster: 'silver',
        range,
        claimId,
        holder: holder(service),
        address: '10.0.0.1',
        serviceType: 'NodePort',
      }),
    );
  const states = async () =>
    (
      await knex('porter_ports')
        .where({ cluster: 'silver' })
        .orderBy('port')
        .select('port', 'state')
    ).map(r => `${r.port}:${r.state}`);
  return { knex, store, claim, allocate, states };
}

describe.each(databases.eachSupportedId())(
  'DatabaseAllocationStore (%p)',
  databaseId => {
    let env: Awaited<ReturnType<typeof setup>>;
    beforeEach(async () => {
      env = await setup(databaseId);
    });
    afterEach(async () => {
      await env.knex.destroy();
    });

    it('hands out the lowest free port, each once', async () => {
      const a = await env.allocate(await env.claim('a'), 'a');
      const b = await env.allocate(await env.claim('b'), 'b');
      expect([a.port, b.port]).toEqual([30000, 30001]);
      expect(a.reused).toBe(false);
      expect(await env.states()).toEqual([
        '30000:allocated',
        '30001:allocated',
        '30002:free',
        '30003:free',
        '30004:free',
      ]);
    });

    it('gives a retained port back to the same holder, and not to others', async () => {
      const a = await env.claim('a');
      await env.allocate(a, 'a');
      await env.knex.transaction(trx =>
        env.store.release(trx, a, new Date(Date.now() + 86_400_000)),
      );
      const other = await env.allocate(await env.claim('b'), 'b');
      expect(other.port).toBe(30001);
      await env.knex('porter_claims').where({ id: a }).delete();
      const again = await env.allocate(await env.claim('a2'), 'a');
      expect(again).toMatchObject({ port: 30000, reused: true });
    });

    it('frees at once without retention', async () => {
      const a = await env.claim('a');
      await env.allocate(a, 'a');
      await env.knex.transaction(trx => env.store.release(trx, a, undefined));
      expect((await env.states())[0]).toBe('30000:free');
    });

    it('recycles expired retained ports only when the range runs out, then reports exhaustion', async () => {
      const ids: number[] = [];
      for (const s of ['a', 'b', 'c', 'd', 'e']) {
        const id = await env.claim(s);
        ids.push(id);
        await env.allocate(id, s);
      }
      await expect(env.allocate(await env.claim('f'), 'f')).rejects.toThrow(
        "No free port in cluster 'silver': every port of its range 30000-30004 (5 ports) is allocated or retained",
      );
      // One release whose retention has already expired, one still retained.
      await env.knex.transaction(trx =>
        env.store.release(trx, ids[1], new Date(Date.now() - 1000)),
      );
      await env.knex.transaction(trx =>
        env.store.release(trx, ids[2], new Date(Date.now() + 86_400_000)),
      );
      const g = await env.allocate(await env.claim('g'), 'g');
      expect(g).toMatchObject({ port: 30001, reused: false });
      await expect(env.allocate(await env.claim('h'), 'h')).rejects.toThrow(
        /No free port/,
      );
    });

    it('a failed transaction leaves the port free', async () => {
      const a = await env.claim('a');
      await expect(
        env.knex.transaction(async trx => {
          await env.store.allocate(trx, {
            cluster: 'silver',
            range,
            claimId: a,
            holder: holder('a'),
            address: '10.0.0.1',
            serviceType: 'NodePort',
          });
          throw new Error('fault after allocation');
        }),
      ).rejects.toThrow('fault after allocation');
      expect((await env.states())[0]).toBe('30000:free');
    });

    it('follows the configured range: grows, and drops free ports outside it but keeps held ones', async () => {
      await env.allocate(await env.claim('a'), 'a');
      await env.store.syncInventory(env.knex, 'silver', {
        from: 30000,
        to: 30006,
      });
      expect(await env.states()).toHaveLength(7);
      await env.store.syncInventory(env.knex, 'silver', {
        from: 30002,
        to: 30003,
      });
      expect(await env.states()).toEqual([
        '30000:allocated',
        '30002:free',
        '30003:free',
      ]);
    });
  },
);
