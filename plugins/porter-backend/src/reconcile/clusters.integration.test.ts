import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ALICE, SEED_YAML, testPorterConfig } from '../__testUtils__/fixtures';
import { seedSandboxFixtures } from '../__testUtils__/sandboxFixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const MANAGED = 'app.kubernetes.io/managed-by=porter-backstage';
const path = (cluster: string, namespace: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${namespace}/claims/${name}`;

/** Through the HTTP API, against emulated clusters reached over loopback by the real client. */
describe('claims in the clusters', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  const cluster = (name: string) => porter.emulator.cluster(name);
  const put = (p: string, spec: object) =>
    request(porter.server).put(p).set('Authorization', alice).send({ spec });
  const get = async (p: string) =>
    (await request(porter.server).get(p).set('Authorization', alice)).body;
  const writes = (name: string) =>
    cluster(name).requests.filter(r => r.method !== 'GET');

  beforeEach(async () => {
    porter = await startPorter({
      seed: seedSandboxFixtures,
      porterConfig: {
        ...testPorterConfig,
        reconcile: { clusterTimeoutMs: 1000 },
        clusters: {
          ...testPorterConfig.clusters,
          gold: { ...testPorterConfig.clusters.gold, requireNodePort: true },
        },
      },
    });
  });
  afterEach(async () => {
    await porter.stop();
  });

  it("realises the platform document's Silver example and reports the load balancer's status", async () => {
    const created = await request(porter.server)
      .post('/api/porter/clusters/silver/claims')
      .set('Authorization', alice)
      .type('application/yaml')
      .send(SEED_YAML);
    expect(created.status).toBe(201);
    // Porter answers once the claim is stored, then writes to the cluster.
    await porter.synced();
    const ts = cluster('silver').get(
      'TransportServer',
      'yourlicenceplate-dev',
      'yourservice-tsc',
    );
    expect(ts.spec).toMatchObject({
      virtualServerAddress: '142.34.194.70',
      virtualServerPort: 30000,
      mode: 'standard',
      type: 'tcp',
    });
    expect(ts.metadata.labels['app.kubernetes.io/managed-by']).toBe(
      'porter-backstage',
    );
    const tsc = cluster('silver').get(
      'TransportServerClaim',
      'yourlicenceplate-dev',
      'yourservice-tsc',
    );
    expect(tsc.status).toEqual({ address: '142.34.194.70', port: '30000' });
    expect(created.body.status.sides).toEqual([
      expect.objectContaining({
        cluster: 'silver',
        phase: 'Pending',
        address: '142.34.194.70',
        port: 30000,
      }),
    ]);

    // The load balancer controller reports Ok; the next reconcile sees it.
    cluster('silver').update(
      'TransportServer',
      'yourlicenceplate-dev',
      'yourservice-tsc',
      o => {
        o.status = { status: 'Ok', lastUpdated: '2026-11-24T10:00:00Z' };
      },
    );
    await porter.reconcile();
    const claim = await get(
      path('silver', 'yourlicenceplate-dev', 'yourservice-tsc'),
    );
    expect(claim.status.sides[0]).toMatchObject({
      phase: 'Ready',
      reasons: [],
      transportServer: { status: 'Ok', lastUpdated: '2026-11-24T10:00:00Z' },
    });
  });

  it('mirrors a Gold claim into GoldDR with cross-connects on both sides', async () => {
    const created = await put(
      path('gold', 'yourlicenceplate-dev', 'yourservice-tsc'),
      { service: 'yourservice', servicePort: 8000 },
    );
    expect(created.status).toBe(201);
    const [gold, golddr] = created.body.status.allocations;
    await porter.synced();
    const inGold = cluster('gold').get(
      'Endpoints',
      'yourlicenceplate-dev',
      'yourservice-golddr',
    );
    const inGoldDr = cluster('golddr').get(
      'Endpoints',
      'yourlicenceplate-dev',
      'yourservice-gold',
    );
    expect(inGold.subsets[0]).toEqual({
      addresses: [{ ip: golddr.address }],
      ports: [{ protocol: 'TCP', port: golddr.port }],
    });
    expect(inGoldDr.subsets[0]).toEqual({
      addresses: [{ ip: gold.address }],
      ports: [{ protocol: 'TCP', port: gold.port }],
    });
    expect(
      cluster('gold').get(
        'Service',
        'yourlicenceplate-dev',
        'yourservice-golddr',
      ).spec.ports[0],
    ).toMatchObject({ port: golddr.port, targetPort: golddr.port });
    expect(
      cluster('golddr').get(
        'TransportServer',
        'yourlicenceplate-dev',
        'yourservice-tsc',
      ).spec.virtualServerPort,
    ).toBe(golddr.port);
    expect(
      cluster('golddr').get(
        'TransportServerClaim',
        'yourlicenceplate-dev',
        'yourservice-tsc',
      ),
    ).toBeUndefined();
    const synced = await get(
      path('gold', 'yourlicenceplate-dev', 'yourservice-tsc'),
    );
    expect(
      synced.status.sides.map((s: any) => [s.cluster, s.crossConnects]),
    ).toEqual([
      [
        'gold',
        [
          {
            name: 'yourservice-golddr',
            port: golddr.port,
            endpoint: `${golddr.address}:${golddr.port}`,
          },
        ],
      ],
      [
        'golddr',
        [
          {
            name: 'yourservice-gold',
            port: gold.port,
            endpoint: `${gold.address}:${gold.port}`,
          },
        ],
      ],
    ]);

    // overrideServicePort added later: the cross-connects now listen on the claim's own port.
    await put(path('gold', 'yourlicenceplate-dev', 'yourservice-tsc'), {
      service: 'yourservice',
      servicePort: 8000,
      overrideServicePort: true,
    }).expect(200);
    await porter.synced();
    expect(
      cluster('gold').get(
        'Service',
        'yourlicenceplate-dev',
        'yourservice-golddr',
      ).spec.ports[0],
    ).toMatchObject({ port: 8000, targetPort: golddr.port });
    expect(
      cluster('golddr').get(
        'Service',
        'yourlicenceplate-dev',
        'yourservice-gold',
      ).spec.ports[0],
    ).toMatchObject({ port: 8000, targetPort: gold.port });

    // Deleting removes everything on both sides.
    await request(porter.server)
      .delete(path('gold', 'yourlicenceplate-dev', 'yourservice-tsc'))
      .set('Authorization', alice)
      .expect(204);
    await porter.synced();
    for (const name of ['gold', 'golddr']) {
      for (const kind of [
        'TransportServer',
        'Service',
        'Endpoints',
        'TransportServerClaim',
      ]) {
        expect(cluster(name).list(kind, { labelSelector: MANAGED })).toEqual(
          [],
        );
      }
    }
  });

  it('names multi-port cross-connects SERVICE-PORT-CLUSTER and gives the legacy name to the oldest claim', async () => {
    await put(path('gold', 'abc123-prod', 'pg'), {
      service: 'patroni',
      servicePort: 5432,
    }).expect(201);
    await put(path('gold', 'abc123-prod', 'api'), {
      service: 'patroni',
      servicePort: 8008,
    }).expect(201);
    await porter.synced();
    const names = cluster('gold')
      .list('Service', { namespace: 'abc123-prod', labelSelector: MANAGED })
      .map((s: any) => s.metadata.name)
      .sort();
    expect(names).toEqual([
      'patroni-5432-golddr',
      'patroni-8008-golddr',
      'patroni-golddr',
    ]);
    expect(
      cluster('gold').get('Service', 'abc123-prod', 'patroni-golddr').metadata
        .labels['porter.devops.gov.bc.ca/claim'],
    ).toBe('pg');
  });

  it('reports target problems with what to do', async () => {
    await put(path('silver', 'yourlicenceplate-dev', 'nothing'), {
      service: 'nosuch',
      servicePort: 1,
    }).expect(201);
    // The sides report what the sync after the answer found.
    const synced = async (p: string) => {
      await porter.synced();
      return (await get(p)).status.sides;
    };
    expect(
      (await synced(path('silver', 'yourlicenceplate-dev', 'nothing')))[0],
    ).toMatchObject({
      phase: 'Error',
      reasons: [expect.stringMatching(/Service 'nosuch' does not exist/)],
    });
    await put(path('gold', 'abc123-prod', 'x'), {
      service: 'patroni',
      servicePort: 9999,
    }).expect(201);
    expect(
      (await synced(path('gold', 'abc123-prod', 'x')))[0].reasons[0],
    ).toMatch(/has no port 9999 \(it has: 5432, 8008\)/);
    cluster('gold').update(
      'Service',
      'yourlicenceplate-dev',
      'yourservice',
      s => {
        s.spec.type = 'ClusterIP';
      },
    );
    await put(path('gold', 'yourlicenceplate-dev', 'y'), {
      service: 'yourservice',
      servicePort: 8000,
    }).expect(201);
    expect(
      (await synced(path('gold', 'yourlicenceplate-dev', 'y')))[0].reasons,
    ).toEqual([
      expect.stringMatching(/is ClusterIP, but gold requires NodePort/),
    ]);
  });

  it('adopts a TransportServerClaim made with oc apply, keeping its ports', async () => {
    cluster('gold').seed([
      {
        apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
        kind: 'TransportServerClaim',
        metadata: { name: 'legacy', namespace: 'yourlicenceplate-dev' },
        spec: {
          service: 'yourservice',
          servicePort: 8000,
          monitor: { type: 'tcp', interval: 10, timeout: 10 },
        },
      },
      {
        apiVersion: 'cis.f5.com/v1',
        kind: 'TransportServer',
        metadata: { name: 'legacy', namespace: 'yourlicenceplate-dev' },
        spec: {
          virtualServerAddress: '142.34.229.62',
          virtualServerPort: 40007,
          mode: 'standard',
          pool: { service: 'yourservice', servicePort: 8000 },
        },
      },
    ]);
    cluster('golddr').seed([
      {
        apiVersion: 'cis.f5.com/v1',
        kind: 'TransportServer',
        metadata: { name: 'legacy', namespace: 'yourlicenceplate-dev' },
        spec: {
          virtualServerAddress: '142.34.64.62',
          virtualServerPort: 50003,
          mode: 'standard',
          pool: { service: 'yourservice', servicePort: 8000 },
        },
      },
    ]);
    await porter.reconcile();
    const claim = await get(path('gold', 'yourlicenceplate-dev', 'legacy'));
    expect(claim.entityRef).toBe('component:default/yourservice');
    expect(
      claim.status.allocations.map((a: any) => [a.cluster, a.port]),
    ).toEqual([
      ['gold', 40007],
      ['golddr', 50003],
    ]);
    const tsc = cluster('gold').get(
      'TransportServerClaim',
      'yourlicenceplate-dev',
      'legacy',
    );
    expect(tsc.metadata.labels['app.kubernetes.io/managed-by']).toBe(
      'porter-backstage',
    );
    expect(tsc.status).toEqual({ address: '142.34.229.62', port: '40007' });
    // The old operator's TransportServers are inherited: relabelled as Porter's, ports kept.
    for (const [name, port] of [
      ['gold', 40007],
      ['golddr', 50003],
    ] as const) {
      const ts = cluster(name).get(
        'TransportServer',
        'yourlicenceplate-dev',
        'legacy',
      );
      expect(ts.metadata.labels).toMatchObject({
        'app.kubernetes.io/managed-by': 'porter-backstage',
        'porter.devops.gov.bc.ca/instance': 'test-portal',
      });
      expect(ts.spec.virtualServerPort).toBe(port);
    }
    const history = await get(
      `${path('gold', 'yourlicenceplate-dev', 'legacy')}/history`,
    );
    expect(history.items[0]).toMatchObject({ type: 'adopted' });
  });

  it('follows a Service moved to NodePort without an edit of the claim: new address, same port', async () => {
    const created = await put(path('silver', 'abc123-tools', 'clamav'), {
      service: 'clamav',
      servicePort: 3310,
    }).expect(201);
    await porter.synced();
    // The Service is ClusterIP: its address comes from the ClusterIP pool from the start.
    expect(created.body.status.allocations[0]).toMatchObject({
      address: '142.34.194.68',
      port: 30000,
      serviceType: 'ClusterIP',
    });
    cluster('silver').update('Service', 'abc123-tools', 'clamav', s => {
      s.spec.type = 'NodePort';
    });
    await porter.reconcile();
    const claim = await get(path('silver', 'abc123-tools', 'clamav'));
    expect(claim.status.allocations[0]).toMatchObject({
      address: '142.34.194.70',
      port: 30000,
      serviceType: 'NodePort',
    });
    expect(
      cluster('silver').get('TransportServer', 'abc123-tools', 'clamav').spec,
    ).toMatchObject({
      virtualServerAddress: '142.34.194.70',
      virtualServerPort: 30000,
    });
    const history = await get(
      `${path('silver', 'abc123-tools', 'clamav')}/history`,
    );
    expect(
      history.items
        .filter((e: any) => e.type === 'readdressed')
        .map((e: any) => e.data.to),
    ).toEqual(['142.34.194.70']);
  });

  it('repairs drift, collects orphans, and writes nothing when nothing drifted', async () => {
    const created = await put(path('gold', 'yourlicenceplate-dev', 'db'), {
      service: 'yourservice',
      servicePort: 8000,
    }).expect(201);
    const golddrPort = created.body.status.allocations[1].port;
    await porter.synced();
    cluster('gold').remove('TransportServer', 'yourlicenceplate-dev', 'db');
    cluster('golddr').update(
      'Service',
      'yourlicenceplate-dev',
      'yourservice-gold',
      s => {
        s.spec.ports[0].port = 1;
      },
    );
    cluster('golddr').seed([
      {
        apiVersion: 'cis.f5.com/v1',
        kind: 'TransportServer',
        metadata: {
          name: 'orphan',
          namespace: 'yourlicenceplate-dev',
          labels: {
            'app.kubernetes.io/managed-by': 'porter-backstage',
            'porter.devops.gov.bc.ca/instance': 'test-portal',
            'porter.devops.gov.bc.ca/claim-cluster': 'gold',
            'porter.devops.gov.bc.ca/claim': 'gone',
            'porter.devops.gov.bc.ca/claim-id': '999',
          },
        },
        spec: { virtualServerPort: 50009, mode: 'standard', pool: {} },
      },
      {
        // Another portal's orphan on the same cluster: not this portal's to collect.
        apiVersion: 'cis.f5.com/v1',
        kind: 'TransportServer',
        metadata: {
          name: 'other-portal',
          namespace: 'yourlicenceplate-dev',
          labels: {
            'app.kubernetes.io/managed-by': 'porter-backstage',
            'porter.devops.gov.bc.ca/instance': 'another-portal',
            'porter.devops.gov.bc.ca/claim-cluster': 'gold',
            'porter.devops.gov.bc.ca/claim': 'gone',
            'porter.devops.gov.bc.ca/claim-id': '998',
          },
        },
        spec: { virtualServerPort: 50007, mode: 'standard', pool: {} },
      },
      {
        apiVersion: 'cis.f5.com/v1',
        kind: 'TransportServer',
        metadata: { name: 'not-ours', namespace: 'yourlicenceplate-dev' },
        spec: { virtualServerPort: 50008, mode: 'standard', pool: {} },
      },
    ]);
    await porter.reconcile();
    expect(
      cluster('gold').get('TransportServer', 'yourlicenceplate-dev', 'db'),
    ).toBeDefined();
    expect(
      cluster('golddr').get(
        'Service',
        'yourlicenceplate-dev',
        'yourservice-gold',
      ).spec.ports[0].port,
    ).not.toBe(1);
    expect(
      cluster('golddr').get(
        'TransportServer',
        'yourlicenceplate-dev',
        'orphan',
      ),
    ).toBeUndefined();
    expect(
      cluster('golddr').get(
        'TransportServer',
        'yourlicenceplate-dev',
        'not-ours',
      ),
    ).toBeDefined();
    expect(
      cluster('golddr').get(
        'TransportServer',
        'yourlicenceplate-dev',
        'other-portal',
      ),
    ).toBeDefined();
    expect(golddrPort).toBeGreaterThan(0);

    for (const name of ['silver', 'gold', 'golddr'])
      cluster(name).clearRequests();
    await porter.reconcile();
    expect([
      ...writes('silver'),
      ...writes('gold'),
      ...writes('golddr'),
    ]).toEqual([]);
  });

  it('keeps the reachable side working while the other is down, and converges when it returns', async () => {
    cluster('golddr').faults.down = true;
    const created = await put(path('gold', 'yourlicenceplate-dev', 'db'), {
      service: 'yourservice',
      servicePort: 8000,
    });
    expect(created.status).toBe(201);
    await porter.synced();
    const [goldSide, drSide] = (
      await get(path('gold', 'yourlicenceplate-dev', 'db'))
    ).status.sides;
    expect(goldSide.phase).toBe('Pending');
    expect(drSide).toMatchObject({
      phase: 'Degraded',
      reasons: [expect.stringMatching(/Cluster 'golddr' is unavailable/)],
    });
    expect(
      cluster('gold').get('TransportServer', 'yourlicenceplate-dev', 'db'),
    ).toBeDefined();

    await porter.reconcile(); // still down: nothing lost, nothing allocated twice
    cluster('golddr').faults.down = false;
    await porter.reconcile();
    const claim = await get(path('gold', 'yourlicenceplate-dev', 'db'));
    expect(claim.status.allocations).toEqual(created.body.status.allocations);
    expect(claim.status.sides[1].phase).toBe('Pending');
    expect(
      cluster('golddr').get('TransportServer', 'yourlicenceplate-dev', 'db')
        .spec.virtualServerPort,
    ).toBe(claim.status.allocations[1].port);
    const pools = await get('/api/porter/pools');
    expect(pools.items.find((p: any) => p.cluster === 'golddr')).toMatchObject({
      allocated: 1,
    });
  });

  it.each([
    ['server errors', (c: any) => c.faults.failNext(50, 500)],
    ['conflicts', (c: any) => c.faults.failNext(50, 409)],
    [
      'timeouts',
      (c: any) => {
        c.faults.delayMs = 3000;
      },
    ],
  ])('recovers from %s with nothing leaked', async (_, inject) => {
    // The cluster's answer on alice's access is cached, so the write goes ahead during the fault.
    await get(
      '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/access',
    );
    inject(cluster('silver'));
    const created = await put(path('silver', 'yourlicenceplate-dev', 'db'), {
      service: 'yourservice',
      servicePort: 8000,
    });
    expect(created.body.error).toBeUndefined();
    expect(created.status).toBe(201);
    await porter.synced();
    const during = await get(path('silver', 'yourlicenceplate-dev', 'db'));
    expect(during.status.sides[0].phase).toBe('Degraded');
    cluster('silver').faults.reset();
    await porter.reconcile();
    const claim = await get(path('silver', 'yourlicenceplate-dev', 'db'));
    expect(claim.status.sides[0].phase).toBe('Pending');
    expect(
      cluster('silver').list('TransportServer', { labelSelector: MANAGED }),
    ).toHaveLength(1);
    const pools = await get('/api/porter/pools');
    expect(pools.items.find((p: any) => p.cluster === 'silver')).toMatchObject({
      allocated: 1,
    });
  });
});
