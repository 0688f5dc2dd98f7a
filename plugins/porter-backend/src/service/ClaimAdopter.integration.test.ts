import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ALICE, CAROL, testPorterConfig } from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const NS = 'yourlicenceplate-dev';
const path = (cluster: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${NS}/claims/${name}`;
const tsc = (name: string, spec: object, annotations?: object) => ({
  apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
  kind: 'TransportServerClaim',
  metadata: { name, namespace: NS, ...(annotations ? { annotations } : {}) },
  spec,
});
const ts = (name: string, address: string, port: number) => ({
  apiVersion: 'cis.f5.com/v1',
  kind: 'TransportServer',
  metadata: { name, namespace: NS },
  spec: {
    virtualServerAddress: address,
    virtualServerPort: port,
    mode: 'standard',
    pool: { service: 'yourservice', servicePort: 8000 },
  },
});
const good = { service: 'yourservice', servicePort: 8000 };

/** Adoption of `oc apply` claims: one bad candidate never stops a pass. */
describe('adoption', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  afterEach(async () => {
    await porter.stop();
  });
  const findings = async () =>
    (
      await request(porter.server)
        .get('/api/porter/admin/overview')
        .set('Authorization', mockCredentials.user.header(CAROL))
    ).body.findings;
  const exists = async (cluster: string, name: string) =>
    (
      await request(porter.server)
        .get(path(cluster, name))
        .set('Authorization', alice)
    ).status === 200;

  it('records what it cannot adopt and adopts the rest', async () => {
    porter = await startPorter();
    porter.emulator.cluster('silver').seed([
      tsc('broken', { service: 'yourservice', servicePort: 70000 }),
      tsc('nobody', good, {
        'porter.devops.gov.bc.ca/entity-ref': 'component:default/nope',
      }),
      tsc('good', { ...good, servicePort: 8001 }),
    ]);
    await porter.reconcile();
    expect(await exists('silver', 'good')).toBe(true);
    expect(await exists('silver', 'broken')).toBe(false);
    expect(await exists('silver', 'nobody')).toBe(false);
    expect(await findings()).toEqual([
      expect.objectContaining({
        kind: 'adoption',
        cluster: 'silver',
        name: 'broken',
        message: expect.stringMatching(
          /^Not adopted: its spec is invalid \(spec.servicePort: servicePort must be between 1 and 65535\)/,
        ),
      }),
      expect.objectContaining({
        name: 'nobody',
        message: expect.stringMatching(
          /annotation porter.devops.gov.bc.ca\/entity-ref names 'component:default\/nope': Entity 'component:default\/nope' was not found/,
        ),
      }),
    ]);
    expect(porter.auditEvents).toContainEqual(
      expect.objectContaining({
        eventId: 'reconcile-adopt',
        meta: expect.objectContaining({
          actor: 'porter-reconciler',
          claim: `silver/${NS}/good`,
        }),
      }),
    );
  });

  it('goes on when a cluster refuses to show its TransportServerClaims', async () => {
    porter = await startPorter();
    await porter.reconcile();
    porter.emulator.cluster('gold').seed([tsc('in-gold', good)]);
    // Silver stops letting Porter watch its claims (RBAC taken away): the watch ends and is refused.
    const silver = porter.emulator.cluster('silver');
    silver.faults.failNext(1000, 403, {
      method: 'GET',
      pathIncludes: 'transportserverclaims',
    });
    silver.faults.dropWatches();
    // Every watch ends; the others come back after their back-off (a second),
    // the claims' watch is refused from then on. Passes run until then.
    const refused =
      /^Could not look for TransportServerClaims to adopt: Cluster 'silver' is unavailable: watching TransportServerClaim has failed since .* \(Forbidden\)/;
    const deadline = Date.now() + 15_000;
    do {
      await new Promise(r => setTimeout(r, 200));
      await porter.reconcile({ settle: false });
    } while (
      !(await findings()).some((f: { message: string }) =>
        refused.test(f.message),
      ) &&
      Date.now() < deadline
    );
    expect(await exists('gold', 'in-gold')).toBe(true);
    expect(await findings()).toEqual([
      expect.objectContaining({
        cluster: 'silver',
        name: '*',
        message: expect.stringMatching(refused),
      }),
    ]);
  });

  it('waits for both clusters of a pair, so the ports of both TransportServers are kept', async () => {
    porter = await startPorter();
    porter.emulator
      .cluster('gold')
      .seed([tsc('legacy', good), ts('legacy', '142.34.229.62', 40007)]);
    porter.emulator
      .cluster('golddr')
      .seed([ts('legacy', '142.34.64.62', 50003)]);
    porter.emulator.cluster('golddr').faults.down = true;
    await porter.reconcile();
    expect(await exists('gold', 'legacy')).toBe(false);
    expect(await findings()).toEqual([
      expect.objectContaining({
        name: 'legacy',
        message: expect.stringMatching(
          /^Waiting: Cluster 'golddr' is unavailable: .*; adoption waits until every cluster of the claim answers/,
        ),
      }),
    ]);
    porter.emulator.cluster('golddr').faults.down = false;
    await porter.reconcile();
    const claim = await request(porter.server)
      .get(path('gold', 'legacy'))
      .set('Authorization', alice);
    expect(claim.body.status.allocations.map((a: any) => a.port)).toEqual([
      40007, 50003,
    ]);
    expect(await findings()).toEqual([]);
  });

  it('refuses a kept port another claim holds, rather than give the TransportServer a new one', async () => {
    porter = await startPorter();
    // A Porter claim holds golddr's first port...
    await request(porter.server)
      .put(path('gold', 'first'))
      .set('Authorization', alice)
      .send({ spec: { ...good, servicePort: 9000 } })
      .expect(201);
    await porter.synced();
    // ...which the old operator also gave this claim's GoldDR TransportServer.
    porter.emulator
      .cluster('gold')
      .seed([tsc('legacy', good), ts('legacy', '142.34.229.62', 40007)]);
    porter.emulator
      .cluster('golddr')
      .seed([ts('legacy', '142.34.64.62', 50000)]);
    await porter.reconcile();
    expect(await exists('gold', 'legacy')).toBe(false);
    expect(await findings()).toEqual([
      expect.objectContaining({
        name: 'legacy',
        message: expect.stringMatching(
          /Its TransportServer in golddr has port 50000, which Porter holds for claim 'gold\/yourlicenceplate-dev\/first'/,
        ),
      }),
    ]);
    // Nothing of it was kept: its ports are free again.
    const pools = await request(porter.server)
      .get('/api/porter/pools')
      .set('Authorization', alice);
    expect(
      pools.body.items.find((p: any) => p.cluster === 'gold').allocated,
    ).toBe(1);
  });

  it('respects the quota', async () => {
    porter = await startPorter({
      porterConfig: { ...testPorterConfig, quota: { perNamespace: 1 } },
    });
    await request(porter.server)
      .put(path('silver', 'mine'))
      .set('Authorization', alice)
      .send({ spec: good })
      .expect(201);
    await porter.synced();
    porter.emulator
      .cluster('silver')
      .seed([tsc('more', { ...good, servicePort: 8001 })]);
    await porter.reconcile();
    expect(await exists('silver', 'more')).toBe(false);
    expect(await findings()).toEqual([
      expect.objectContaining({
        name: 'more',
        message: expect.stringMatching(
          /^Not adopted: Namespace 'yourlicenceplate-dev' already has 1 claims on cluster 'silver'.*porter.quota.perNamespace = 1/,
        ),
      }),
    ]);
  });
});
