import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ALICE, BOB, DAVE, testPorterConfig } from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const path = (cluster: string, namespace: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${namespace}/claims/${name}`;

/** Budgets: nobody drains a port range or the backend's connections. */
describe('bounded budgets', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  afterEach(async () => {
    await porter.stop();
  });

  it('stops a claim whose servicePort keeps changing from draining the range: the namespace has a port budget', async () => {
    porter = await startPorter({
      porterConfig: {
        ...testPorterConfig,
        quota: { perNamespace: 3, portsPerNamespace: 3 },
      },
    });
    const p = path('silver', 'yourlicenceplate-dev', 'db');
    const put = (servicePort: number) =>
      request(porter.server)
        .put(p)
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort } });
    expect((await put(8000)).body.status.allocations[0].port).toBe(30000);
    // Each change keeps the old port for the retention window and takes a new one...
    expect((await put(8001)).body.status.allocations[0].port).toBe(30001);
    expect((await put(8002)).body.status.allocations[0].port).toBe(30002);
    // ...until the namespace holds its budget (counting the port this change would retain).
    const refused = await put(8003);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      "Namespace 'yourlicenceplate-dev' already holds 3 ports on cluster 'silver', the most allowed " +
        '(porter.quota.portsPerNamespace = 3): 0 allocated (none) and 3 retained for recently deleted or ' +
        'changed claims (30000, 30001, 30002). Delete claims that are no longer needed, or change a claim back to ' +
        'a port it had; retained ports free up after porter.retention.days.',
    );
    // Nothing changed: the claim still targets 8002 on its port.
    const claim = await request(porter.server)
      .get(p)
      .set('Authorization', alice);
    expect(claim.body.spec.servicePort).toBe(8002);
    expect(claim.body.status.allocations[0].port).toBe(30002);
    const pools = await request(porter.server)
      .get('/api/porter/pools')
      .set('Authorization', alice);
    expect(pools.body.items[0]).toMatchObject({ allocated: 1, retained: 2 });
    // Going back to a port it had takes nothing new.
    expect((await put(8000)).body.status.allocations[0].port).toBe(30000);
    // Another namespace has its own budget.
    const elsewhere = await request(porter.server)
      .put(path('silver', 'abc123-tools', 'clamav'))
      .set('Authorization', alice)
      .send({ spec: { service: 'clamav', servicePort: 3310 } });
    expect(elsewhere.status).toBe(201);
  });

  it('counts both sides of a pair, each in its own cluster', async () => {
    porter = await startPorter({
      porterConfig: {
        ...testPorterConfig,
        quota: { perNamespace: 1, portsPerNamespace: 1 },
      },
    });
    const p = path('gold', 'abc123-prod', 'pg');
    await request(porter.server)
      .put(p)
      .set('Authorization', alice)
      .send({ spec: { service: 'patroni', servicePort: 5432 } })
      .expect(201);
    const moved = await request(porter.server)
      .put(p)
      .set('Authorization', alice)
      .send({ spec: { service: 'patroni', servicePort: 8008 } });
    expect(moved.status).toBe(403);
    expect(moved.body.error.message).toMatch(
      /^Namespace 'abc123-prod' already holds 1 ports on cluster 'gold'/,
    );
  });

  describe('the TCP test', () => {
    beforeEach(async () => {
      porter = await startPorter({
        porterConfig: {
          ...testPorterConfig,
          probe: { timeoutSeconds: 2, perUserPerMinute: 2 },
          clusters: {
            ...testPorterConfig.clusters,
            // A loopback VIP nothing listens on: the connection is refused at once.
            silver: {
              ports: { from: 30000, to: 30009 },
              addresses: { NodePort: ['127.0.19.9'] },
            },
          },
        },
      });
      await request(porter.server)
        .put(path('silver', 'yourlicenceplate-dev', 'db'))
        .set('Authorization', alice)
        .send({
          spec: {
            service: 'yourservice',
            servicePort: 8000,
            // A day: the test must not wait that long.
            monitor: { type: 'tcp', interval: 3600, timeout: 86400 },
          },
        })
        .expect(201);
    });
    const test = (who: string) =>
      request(porter.server)
        .post(`${path('silver', 'yourlicenceplate-dev', 'db')}/test`)
        .set('Authorization', mockCredentials.user.header(who));

    it('waits at most porter.probe.timeoutSeconds, whatever monitor.timeout says', async () => {
      const result = await test(ALICE);
      expect(result.status).toBe(200);
      expect(result.body.items[0].commands).toEqual([
        'timeout 2 bash -c ">/dev/tcp/127.0.19.9/30000"; echo $?',
        'nc -vz -w 2 127.0.19.9 30000',
      ]);
    });

    it('needs porter.claim.read on the claim', async () => {
      const denied = await test(DAVE);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toMatch(/You may not read claim/);
    });

    it("limits each user's tests per minute (429), not everyone's", async () => {
      expect((await test(ALICE)).status).toBe(200);
      expect((await test(ALICE)).status).toBe(200);
      const limited = await test(ALICE);
      expect(limited.status).toBe(429);
      expect(limited.body.error.message).toMatch(
        /^You ran 2 connection tests in the last minute, the most allowed \(porter.probe.perUserPerMinute\); try again in \d+ s\./,
      );
      expect((await test(BOB)).status).toBe(200);
    });
  });
});
