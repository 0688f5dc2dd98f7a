import type { ClaimSpec } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { PorterDatabase } from './PorterDatabase';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const spec: ClaimSpec = {
  service: 'db',
  servicePort: 5432,
  monitor: { type: 'tcp', interval: 5, timeout: 16 },
  overrideServicePort: false,
};
const claim = { cluster: 'silver', namespace: 'ns', name: 'db', spec };

const over = (knex: Knex, skip = false) =>
  PorterDatabase.create({
    database: { getClient: async () => knex, migrations: { skip } },
  });

describe.each(databases.eachSupportedId())(
  'PorterDatabase (%p)',
  databaseId => {
    let knex: Knex;
    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });
    afterEach(async () => {
      await knex.destroy();
    });

    it('brings the schema up, unless the backend says to skip migrations', async () => {
      await over(knex, true);
      expect(await knex.schema.hasTable('porter_claims')).toBe(false);
      await over(knex);
      expect(await knex.schema.hasTable('porter_claims')).toBe(true);
    });

    it('writes a claim, its port and its history in one transaction, or none of them', async () => {
      const { db, claims, allocations, history } = await over(knex);
      await allocations.syncInventory(db, 'silver', { from: 30000, to: 30001 });
      const write = (fail: boolean) =>
        db.transaction(async trx => {
          const at = new Date();
          const claimId = await claims.insert(trx, claim, at);
          const port = await allocations.allocate(trx, {
            cluster: 'silver',
            range: { from: 30000, to: 30001 },
            claimId,
            holder: {
              claimCluster: 'silver',
              namespace: 'ns',
              service: 'db',
              servicePort: 5432,
            },
            address: '10.0.0.1',
            serviceType: 'NodePort',
          });
          await history.add(trx, {
            claim,
            events: [{ type: 'created', message: 'created' }],
            at,
          });
          if (fail) throw new Error('a later step failed');
          return { claimId, port: port.port };
        });

      await expect(write(true)).rejects.toThrow('a later step failed');
      expect(await claims.get(db, claim)).toBeUndefined();
      expect(await history.events(db, claim)).toEqual([]);
      expect(await allocations.holderOf(db, 'silver', 30000)).toBeUndefined();

      const { claimId, port } = await write(false);
      expect(port).toBe(30000);
      expect((await claims.get(db, claim))?.id).toBe(claimId);
      expect((await history.events(db, claim)).map(e => e.type)).toEqual([
        'created',
      ]);
      expect(await allocations.holderOf(db, 'silver', 30000)).toEqual({
        state: 'allocated',
        claim: 'silver/ns/db',
      });
    });

    it('reads the sides of more claims than one query takes, each claim its own, in cluster order', async () => {
      const { db, sides } = await over(knex);
      const count = 1200;
      const now = new Date();
      const rows = Array.from({ length: count }, (_, i) => ({
        cluster: 'gold',
        namespace: 'ns',
        name: `c${i}`,
        service: `s${i}`,
        service_port: 5432,
        spec: JSON.stringify(spec),
        created_at: now,
        updated_at: now,
      }));
      await knex.batchInsert('porter_claims', rows, 200);
      const ids = (await knex('porter_claims').select('id'))
        .map(r => Number(r.id))
        .reverse();
      const side = (cluster: string, id: number) => ({
        cluster,
        phase: 'Ready' as const,
        reasons: [],
        port: id,
        observedAt: now.toISOString(),
      });
      // Written out of cluster order, so the order read back is the query's.
      await sides.saveChanged(
        db,
        new Map(ids.map(id => [id, [side('golddr', id), side('gold', id)]])),
      );

      const read = await sides.forClaims(db, ids);
      expect(read.size).toBe(count);
      for (const id of ids) {
        expect(read.get(id)).toEqual([side('gold', id), side('golddr', id)]);
      }
    });

    it('reads a page of claims with their sides and allocations in one query, as the stores read them one by one', async () => {
      const { db, claims, sides, allocations } = await over(knex);
      await allocations.syncInventory(db, 'gold', { from: 30000, to: 30009 });
      await allocations.syncInventory(db, 'golddr', {
        from: 30000,
        to: 30009,
      });
      const at = new Date('2026-11-26T10:00:00.123Z');
      const ids: number[] = [];
      for (const name of ['a', 'b', 'c']) {
        const id = await db.transaction(async trx => {
          const claimId = await claims.insert(
            trx,
            {
              ...claim,
              cluster: 'gold',
              name,
              spec: { ...spec, service: name },
            },
            at,
          );
          if (name === 'c') return claimId; // c has no status yet
          for (const cluster of ['golddr', 'gold']) {
            await allocations.allocate(trx, {
              cluster,
              range: { from: 30000, to: 30009 },
              claimId,
              holder: {
                claimCluster: 'gold',
                namespace: 'ns',
                service: name,
                servicePort: 5432,
              },
              address: `10.0.${cluster.length}.1`,
              serviceType: 'NodePort',
            });
          }
          return claimId;
        });
        ids.push(id);
        if (name === 'c') continue;
        await sides.saveChanged(
          db,
          new Map([
            [
              id,
              ['golddr', 'gold'].map(cluster => ({
                cluster,
                phase: 'Degraded' as const,
                reasons: [`${cluster} is "down"`],
                crossConnects: [],
                observedAt: at.toISOString(),
              })),
            ],
          ]),
        );
      }

      const query = { cluster: 'gold', after: undefined, limit: 10 };
      const page = await claims.listWithStatus(db, query);
      const one = await claims.list(db, query);
      const bySide = await sides.forClaims(db, ids);
      const byAllocation = await allocations.forClaims(db, ids);
      expect(page.map(p => p.record)).toEqual(one);
      for (const row of page) {
        expect(row.sides).toEqual(bySide.get(row.record.id) ?? []);
        expect(row.allocations).toEqual(byAllocation.get(row.record.id) ?? []);
      }
      expect(page.map(p => p.sides.length)).toEqual([2, 2, 0]);
      expect(page[0].allocations.map(a => a.cluster)).toEqual([
        'gold',
        'golddr',
      ]);
      expect(page[0].sides[1]).toMatchObject({
        cluster: 'golddr',
        reasons: ['golddr is "down"'],
        observedAt: '2026-11-26T10:00:00.123Z',
      });
    });
  },
);
