import { mockCredentials } from '@backstage/backend-test-utils';
import {
  startEchoServer,
  startLoadBalancerStandIn,
} from '@internal/kubernetes-api-emulator';
import request from 'supertest';
import { ALICE, BOB, testPorterConfig } from '../__testUtils__/fixtures';
import { seedSandboxFixtures } from '../__testUtils__/sandboxFixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const path = (cluster: string, namespace: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${namespace}/claims/${name}`;

describe('policy verdicts, the fix, probes and Service lists', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  beforeEach(async () => {
    porter = await startPorter({
      seed: seedSandboxFixtures,
      porterConfig: {
        ...testPorterConfig,
        clusters: {
          ...testPorterConfig.clusters,
          // Loopback VIPs, so the probe can really connect through the load-balancer stand-in.
          silver: {
            ports: { from: 30000, to: 30009 },
            addresses: { ClusterIP: ['127.0.10.1'], NodePort: ['127.0.10.2'] },
          },
        },
      },
    });
  });
  afterEach(async () => {
    await porter.stop();
  });
  const put = (p: string, spec: object) =>
    request(porter.server).put(p).set('Authorization', alice).send({ spec });

  it('says which policy lets the load balancer in, per cluster', async () => {
    await put(path('gold', 'yourlicenceplate-dev', 'db'), {
      service: 'yourservice',
      servicePort: 8000,
    }).expect(201);
    const response = await request(porter.server)
      .get(`${path('gold', 'yourlicenceplate-dev', 'db')}/policy`)
      .set('Authorization', alice);
    expect(
      response.body.items.map((s: any) => [
        s.cluster,
        s.verdict.kind,
        s.verdict.allowedBy,
      ]),
    ).toEqual([
      ['gold', 'allowed', ['allow-from-f5-ingress']],
      ['golddr', 'allowed', ['allow-from-f5-ingress']],
    ]);
  });

  it('warns when no policy isolates the pods', async () => {
    await put(path('gold', 'abc123-prod', 'pg'), {
      service: 'patroni',
      servicePort: 5432,
    }).expect(201);
    const response = await request(porter.server)
      .get(`${path('gold', 'abc123-prod', 'pg')}/policy`)
      .set('Authorization', alice);
    expect(response.body.items[0].verdict.kind).toBe('open');
  });

  it('proposes the fix for a blocked Service and applies it for an owner, audited', async () => {
    const p = path('silver', 'abc123-tools', 'clamav');
    await put(p, { service: 'clamav', servicePort: 3310 }).expect(201);
    const before = await request(porter.server)
      .get(`${p}/policy`)
      .set('Authorization', alice);
    const [silver] = before.body.items;
    expect(silver.verdict.kind).toBe('blocked');
    expect(silver.verdict.fix).toMatchObject({
      kind: 'NetworkPolicy',
      metadata: { name: 'allow-from-f5-ingress', namespace: 'abc123-tools' },
      spec: {
        podSelector: { matchLabels: { app: 'clamav' } },
        policyTypes: ['Ingress'],
      },
    });

    const refused = await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', mockCredentials.user.header(BOB));
    expect(refused.status).toBe(403);
    expect(
      porter.emulator
        .cluster('silver')
        .get('NetworkPolicy', 'abc123-tools', 'allow-from-f5-ingress'),
    ).toBeUndefined();

    const applied = await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', alice);
    expect(applied.body.items).toEqual([
      { cluster: 'silver', applied: 'allow-from-f5-ingress' },
    ]);
    const after = await request(porter.server)
      .get(`${p}/policy`)
      .set('Authorization', alice);
    expect(after.body.items[0].verdict.kind).toBe('allowed');
    expect(porter.auditEvents.map(e => `${e.eventId}:${e.outcome}`)).toContain(
      'claim-policy-apply:success',
    );
    const history = await request(porter.server)
      .get(`${p}/history`)
      .set('Authorization', alice);
    expect(history.body.items.map((e: any) => e.type)).toContain(
      'policy-applied',
    );
  });

  it('applies the fix only in the clusters named, and refuses a cluster the claim is not in', async () => {
    const p = path('gold', 'yourlicenceplate-dev', 'db');
    await put(p, { service: 'yourservice', servicePort: 8000 }).expect(201);
    const wrong = await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', alice)
      .send({ clusters: ['silver'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(
      /clusters silver do not realise claim 'db'; it is in gold and golddr/,
    );
    const applied = await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', alice)
      .send({ clusters: ['golddr'] });
    expect(applied.status).toBe(200);
    expect(applied.body.items.map((r: any) => r.cluster)).toEqual(['golddr']);
  });

  it('probes the VIP from the backend, and gives the commands to do it by hand', async () => {
    const echo = await startEchoServer({ host: '127.0.0.1', port: 0 });
    porter.emulator
      .cluster('silver')
      .update('Service', 'yourlicenceplate-dev', 'yourservice', s => {
        s.metadata.annotations[
          'sandbox.porter.devops.gov.bc.ca/backend'
        ] = `127.0.0.1:${echo.port}`;
      });
    const standIn = startLoadBalancerStandIn({
      emulator: porter.emulator,
      clusters: ['silver'],
    });
    try {
      const created = await put(path('silver', 'yourlicenceplate-dev', 'db'), {
        service: 'yourservice',
        servicePort: 8000,
      }).expect(201);
      const { address, port } = created.body.status.allocations[0];
      // Wait for the stand-in to report the listener, as F5 CIS would.
      for (let i = 0; i < 50; i++) {
        const ts = porter.emulator
          .cluster('silver')
          .get('TransportServer', 'yourlicenceplate-dev', 'db');
        if (ts?.status?.status === 'Ok') break;
        await new Promise(r => setTimeout(r, 100));
      }
      const probe = await request(porter.server)
        .post(`${path('silver', 'yourlicenceplate-dev', 'db')}/test`)
        .set('Authorization', alice);
      expect(probe.body.items).toEqual([
        expect.objectContaining({
          cluster: 'silver',
          address,
          port,
          ok: true,
          commands: [
            `timeout 16 bash -c ">/dev/tcp/${address}/${port}"; echo $?`,
            `nc -vz -w 16 ${address} ${port}`,
          ],
        }),
      ]);
    } finally {
      await standIn.stop();
      await echo.close();
    }
  });

  it('reports a failed probe with its reason', async () => {
    await put(path('silver', 'yourlicenceplate-dev', 'db'), {
      service: 'yourservice',
      servicePort: 8000,
    }).expect(201);
    const probe = await request(porter.server)
      .post(`${path('silver', 'yourlicenceplate-dev', 'db')}/test`)
      .set('Authorization', alice);
    expect(probe.body.items[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(/ECONNREFUSED|no connection/),
    });
  });

  it('lists the Services of a namespace to pick from, and the pools', async () => {
    const services = await request(porter.server)
      .get('/api/porter/clusters/gold/namespaces/abc123-prod/services')
      .set('Authorization', alice);
    expect(services.body.items).toEqual([
      {
        name: 'patroni',
        type: 'NodePort',
        ports: [
          { name: 'postgres', port: 5432, protocol: 'TCP' },
          { name: 'patroni-api', port: 8008, protocol: 'TCP' },
        ],
        selector: { app: 'patroni' },
      },
    ]);
    const pools = await request(porter.server)
      .get('/api/porter/pools')
      .set('Authorization', alice);
    expect(pools.body.items.find((p: any) => p.cluster === 'silver')).toEqual({
      cluster: 'silver',
      ports: { from: 30000, to: 30009 },
      total: 10,
      allocated: 0,
      retained: 0,
      free: 10,
      addresses: { ClusterIP: ['127.0.10.1'], NodePort: ['127.0.10.2'] },
    });
  });

  it('answers 503 when the cluster is down', async () => {
    porter.emulator.cluster('gold').faults.down = true;
    const services = await request(porter.server)
      .get('/api/porter/clusters/gold/namespaces/abc123-prod/services')
      .set('Authorization', alice);
    expect(services.status).toBe(503);
    expect(services.body.error.message).toMatch(
      /Cluster 'gold' is unavailable/,
    );
  });
});
