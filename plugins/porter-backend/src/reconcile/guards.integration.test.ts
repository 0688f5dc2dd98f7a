import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { Knex } from 'knex';
import request from 'supertest';
import { ALICE, CAROL, testPorterConfig } from '../__testUtils__/fixtures';
import { seedSandboxFixtures } from '../__testUtils__/sandboxFixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(90_000);

const alice = mockCredentials.user.header(ALICE);
const carol = mockCredentials.user.header(CAROL);
const NS = 'yourlicenceplate-dev';
const MINE = 'app.kubernetes.io/managed-by=porter-backstage';
const path = (cluster: string, namespace: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${namespace}/claims/${name}`;

function sharedClusters() {
  const emulator = new KubernetesApiEmulator({
    clusters: ['silver', 'gold', 'golddr'].map(name => ({
      name,
      token: `${name}-token`,
    })),
  });
  seedSandboxFixtures(emulator);
  return emulator;
}

/** The reconciler cannot do large harm. */
describe('reconciler guards', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let knex: Knex;
  let porter: Awaited<ReturnType<typeof startPorter>> | undefined;
  beforeEach(async () => {
    knex = await databases.init('SQLITE_3');
  });
  afterEach(async () => {
    await porter?.stop();
    porter = undefined;
  });

  const createClaims = async (names: string[]) => {
    for (const [i, name] of names.entries()) {
      await request(porter!.server)
        .put(path('silver', NS, name))
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort: 8000 + i } })
        .expect(201);
    }
    // Porter answers once a claim is stored, then writes to the cluster.
    await porter!.synced();
  };

  it('holds every deletion back when a wrong or empty database would delete much, until an administrator confirms', async () => {
    porter = await startPorter({ knex });
    await createClaims(['a', 'b', 'c']);
    const silver = porter.emulator.cluster('silver');
    expect(
      silver.list('TransportServer', { labelSelector: MINE }),
    ).toHaveLength(3);

    // The database loses its claims (restored from the wrong backup, or emptied).
    await knex('porter_claims').delete();
    await porter.reconcile();
    // Nothing was deleted...
    expect(
      silver.list('TransportServer', { labelSelector: MINE }),
    ).toHaveLength(3);
    expect(
      silver.list('TransportServerClaim', { labelSelector: MINE }),
    ).toHaveLength(3);
    // ...and it says so, in GET /clusters and in the overview.
    const clusters = await request(porter.server)
      .get('/api/porter/clusters')
      .set('Authorization', alice);
    const guard = clusters.body.items.find(
      (c: any) => c.name === 'silver',
    ).deletionGuard;
    expect(guard).toMatchObject({
      cluster: 'silver',
      holding: true,
      wouldDelete: 6,
      total: 6,
      reason: expect.stringMatching(
        /would delete 6 of Porter's 6 objects in the cluster \(100%\) whose claims this database has no record of, more than maxShare \(0.5\)\. Porter deleted nothing/,
      ),
    });
    expect(guard.objects).toContain(`TransportServer/${NS}/a`);
    expect(
      clusters.body.items.find((c: any) => c.name === 'gold').deletionGuard,
    ).toBeUndefined();
    const overview = await request(porter.server)
      .get('/api/porter/admin/overview')
      .set('Authorization', carol);
    expect(overview.body.deletionGuards).toEqual([guard]);

    // Only an administrator confirms, and only the number they saw.
    const confirm = (who: string, objects: number, cluster = 'silver') =>
      request(porter!.server)
        .post(`/api/porter/admin/deletion-guards/${cluster}/confirm`)
        .set('Authorization', who)
        .send({ objects });
    expect((await confirm(alice, 6)).status).toBe(403);
    const wrong = await confirm(carol, 2);
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.message).toMatch(/now holds 6 deletions, not 2/);
    expect((await confirm(carol, 6, 'gold')).status).toBe(409);
    const confirmed = await confirm(carol, 6);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.confirmed).toMatchObject({ by: CAROL, objects: 6 });
    expect(porter.auditEvents).toContainEqual(
      expect.objectContaining({
        eventId: 'deletion-guard-confirm',
        outcome: 'success',
        meta: expect.objectContaining({ cluster: 'silver', objects: '6' }),
      }),
    );

    await porter.reconcile();
    expect(silver.list('TransportServer', { labelSelector: MINE })).toEqual([]);
    expect(porter.auditEvents).toContainEqual(
      expect.objectContaining({
        eventId: 'reconcile-gc-delete',
        meta: expect.objectContaining({
          actor: 'porter-reconciler',
          cluster: 'silver',
          removed: expect.arrayContaining([`TransportServer/${NS}/a`]),
        }),
      }),
    );
    const after = await request(porter.server)
      .get('/api/porter/clusters')
      .set('Authorization', alice);
    expect(
      after.body.items.find((c: any) => c.name === 'silver').deletionGuard,
    ).toBeUndefined();
  });

  it('lets the leftovers of claims this database deleted go, however many', async () => {
    porter = await startPorter({ knex });
    await createClaims(['a', 'b']);
    const silver = porter.emulator.cluster('silver');
    silver.faults.down = true;
    for (const name of ['a', 'b']) {
      await request(porter.server)
        .delete(path('silver', NS, name))
        .set('Authorization', alice)
        .expect(204);
    }
    // The removals that follow the answers fail while the cluster is down.
    await porter.synced();
    silver.faults.down = false;
    expect(
      silver.list('TransportServer', { labelSelector: MINE }),
    ).toHaveLength(2);
    await porter.reconcile();
    expect(silver.list('TransportServer', { labelSelector: MINE })).toEqual([]);
  });

  it("never deletes another portal's objects: two portals on the same clusters", async () => {
    const emulator = sharedClusters();
    const first = await startPorter({
      emulator,
      porterConfig: { ...testPorterConfig, instance: 'portal-a' },
    });
    const second = await startPorter({
      emulator,
      knex,
      porterConfig: { ...testPorterConfig, instance: 'portal-b' },
    });
    try {
      await request(first.server)
        .put(path('gold', NS, 'db'))
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } })
        .expect(201);
      await first.synced();
      const before = ['gold', 'golddr'].map(c =>
        emulator.cluster(c).list('TransportServer', { labelSelector: MINE }),
      );
      // The other portal's database has no claims: its passes see nothing of its own.
      await second.reconcile();
      await second.reconcile();
      expect(
        ['gold', 'golddr'].map(c =>
          emulator.cluster(c).list('TransportServer', { labelSelector: MINE }),
        ),
      ).toEqual(before);
      const guard = await request(second.server)
        .get('/api/porter/clusters')
        .set('Authorization', alice);
      expect(guard.body.items.every((c: any) => !c.deletionGuard)).toBe(true);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  describe('configuration changed at restart', () => {
    it('never hands out a port outside a shrunk range again, and reports the claims keeping one', async () => {
      const emulator = sharedClusters();
      porter = await startPorter({ knex, emulator });
      await createClaims(['a', 'b']); // 30000, 30001
      await porter.stop();
      porter = await startPorter({
        knex,
        emulator,
        porterConfig: {
          ...testPorterConfig,
          clusters: {
            ...testPorterConfig.clusters,
            silver: {
              ...testPorterConfig.clusters.silver,
              ports: { from: 30001, to: 30009 },
            },
          },
        },
      });
      await porter.reconcile();
      const overview = await request(porter.server)
        .get('/api/porter/admin/overview')
        .set('Authorization', carol);
      expect(overview.body.findings).toEqual([
        expect.objectContaining({
          kind: 'port-range',
          cluster: 'silver',
          namespace: NS,
          name: 'a',
          message: expect.stringMatching(
            /Keeps port 30000 in silver, outside its range 30001-30009/,
          ),
        }),
      ]);
      // Claim a keeps working on 30000; deleted and re-created, it gets an in-range port.
      await request(porter.server)
        .delete(path('silver', NS, 'a'))
        .set('Authorization', alice)
        .expect(204);
      const again = await request(porter.server)
        .put(path('silver', NS, 'a'))
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } })
        .expect(201);
      expect(again.body.status.allocations[0].port).toBe(30002);
      await porter.reconcile();
      const later = await request(porter.server)
        .get('/api/porter/admin/overview')
        .set('Authorization', carol);
      expect(later.body.findings).toEqual([]);
    });

    it('moves claims to a changed pool address on the next pass, same port, with history and audit', async () => {
      const emulator = sharedClusters();
      porter = await startPorter({ knex, emulator });
      await createClaims(['a']);
      await porter.stop();
      porter = await startPorter({
        knex,
        emulator,
        porterConfig: {
          ...testPorterConfig,
          clusters: {
            ...testPorterConfig.clusters,
            silver: {
              ...testPorterConfig.clusters.silver,
              addresses: {
                ClusterIP: ['142.34.194.68'],
                NodePort: ['142.34.194.99'],
              },
            },
          },
        },
      });
      await porter.reconcile();
      const claim = await request(porter.server)
        .get(path('silver', NS, 'a'))
        .set('Authorization', alice);
      expect(claim.body.status.allocations[0]).toMatchObject({
        address: '142.34.194.99',
        port: 30000,
      });
      expect(
        emulator.cluster('silver').get('TransportServer', NS, 'a').spec,
      ).toMatchObject({
        virtualServerAddress: '142.34.194.99',
        virtualServerPort: 30000,
      });
      const history = await request(porter.server)
        .get(`${path('silver', NS, 'a')}/history`)
        .set('Authorization', alice);
      expect(history.body.items.at(-1)).toMatchObject({
        type: 'readdressed',
        message: expect.stringMatching(
          /The NodePort pool of silver no longer has 142.34.194.70: address 142.34.194.70 → 142.34.194.99, port 30000 kept/,
        ),
      });
      expect(porter.auditEvents).toContainEqual(
        expect.objectContaining({
          eventId: 'reconcile-readdress',
          meta: expect.objectContaining({
            actor: 'porter-reconciler',
            to: '142.34.194.99',
          }),
        }),
      );
    });

    it("gives a cluster's claims their secondary side when it becomes a pair's primary", async () => {
      const emulator = sharedClusters();
      const standalone = {
        ...testPorterConfig,
        clusters: {
          ...testPorterConfig.clusters,
          gold: {
            ports: { from: 40000, to: 40009 },
            addresses: { NodePort: ['142.34.229.62'] },
          },
          golddr: {
            ports: { from: 50000, to: 50009 },
            addresses: { NodePort: ['142.34.64.62'] },
          },
        },
      };
      porter = await startPorter({ knex, emulator, porterConfig: standalone });
      const created = await request(porter.server)
        .put(path('gold', NS, 'db'))
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } })
        .expect(201);
      expect(created.body.status.allocations).toHaveLength(1);
      await porter.stop();
      porter = await startPorter({ knex, emulator });
      await porter.reconcile();
      const claim = await request(porter.server)
        .get(path('gold', NS, 'db'))
        .set('Authorization', alice);
      expect(
        claim.body.status.allocations.map((a: any) => [a.cluster, a.port]),
      ).toEqual([
        ['gold', 40000],
        ['golddr', 50000],
      ]);
      expect(
        emulator.cluster('golddr').get('TransportServer', NS, 'db'),
      ).toBeDefined();
      expect(
        emulator.cluster('gold').get('Service', NS, 'yourservice-golddr'),
      ).toBeDefined();
      const history = await request(porter.server)
        .get(`${path('gold', NS, 'db')}/history`)
        .set('Authorization', alice);
      expect(history.body.items.at(-1).message).toMatch(
        /Allocated 142.34.64.62:50000 in golddr \(the cluster now realises this claim\)/,
      );
      expect(porter.auditEvents.map(e => e.eventId)).toContain(
        'reconcile-allocate',
      );
    });
  });

  it('records claim-apply with the spec and the entity', async () => {
    porter = await startPorter({ knex });
    await createClaims(['a']);
    expect(porter.auditEvents).toContainEqual({
      eventId: 'claim-apply',
      outcome: 'success',
      meta: expect.objectContaining({
        cluster: 'silver',
        name: 'a',
        spec: JSON.stringify({
          service: 'yourservice',
          servicePort: 8000,
          monitor: { type: 'tcp', interval: 5, timeout: 16 },
          overrideServicePort: false,
        }),
        entityRef: 'component:default/yourservice',
      }),
    });
  });
});
