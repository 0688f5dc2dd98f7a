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
          // Loopback VIPs, so the probe can really connect through the load-balancer stand-in
          // (127.0.19.x: not the sandbox's 127.0.10.x, which a running portal may hold).
          silver: {
            ports: { from: 30000, to: 30009 },
            addresses: { ClusterIP: ['127.0.19.1'], NodePort: ['127.0.19.2'] },
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
    // Porter's labels and the claim's, and only the claimed port (clamd, 3310/TCP).
    const written = porter.emulator
      .cluster('silver')
      .get('NetworkPolicy', 'abc123-tools', 'allow-from-f5-ingress');
    expect(written.metadata.labels).toMatchObject({
      'app.kubernetes.io/managed-by': 'porter-backstage',
      'porter.devops.gov.bc.ca/instance': 'test-portal',
      'porter.devops.gov.bc.ca/claim-cluster': 'silver',
      'porter.devops.gov.bc.ca/claim': 'clamav',
    });
    expect(written.spec.ingress).toEqual([
      {
        from: [
          {
            namespaceSelector: {
              matchLabels: { 'network.openshift.io/policy-group': 'ingress' },
            },
          },
        ],
        ports: [{ protocol: 'TCP', port: 3310 }],
      },
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

    // The policy goes with the claim.
    await request(porter.server)
      .delete(p)
      .set('Authorization', alice)
      .expect(204);
    await porter.synced();
    expect(
      porter.emulator
        .cluster('silver')
        .get('NetworkPolicy', 'abc123-tools', 'allow-from-f5-ingress'),
    ).toBeUndefined();
    expect(
      porter.emulator
        .cluster('silver')
        .get('NetworkPolicy', 'abc123-tools', 'deny-by-default'),
    ).toBeDefined();
  });

  it('collects a NetworkPolicy whose claim is gone, and leaves others’ policies alone', async () => {
    const p = path('silver', 'abc123-tools', 'clamav');
    await put(p, { service: 'clamav', servicePort: 3310 }).expect(201);
    await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', alice)
      .expect(200);
    // The claim's removal missed the cluster (it was down): the reconciler collects it.
    porter.emulator.cluster('silver').faults.down = true;
    await request(porter.server)
      .delete(p)
      .set('Authorization', alice)
      .expect(204);
    porter.emulator.cluster('silver').faults.down = false;
    expect(
      porter.emulator
        .cluster('silver')
        .get('NetworkPolicy', 'abc123-tools', 'allow-from-f5-ingress'),
    ).toBeDefined();
    await porter.reconcile();
    expect(
      porter.emulator
        .cluster('silver')
        .list('NetworkPolicy', { namespace: 'abc123-tools' })
        .map((n: any) => n.metadata.name),
    ).toEqual(['deny-by-default']);
  });

  it('says before writing anything that a fix would isolate pods that are open now, and applies it when confirmed', async () => {
    // A second ClamAV pod that no policy selects: open to everything.
    porter.emulator.cluster('silver').seed([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'deny-by-default', namespace: 'abc123-tools' },
        spec: {
          podSelector: { matchLabels: { instance: 'first' } },
          ingress: [],
          policyTypes: ['Ingress'],
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: 'clamav-1',
          namespace: 'abc123-tools',
          labels: { app: 'clamav' },
        },
        spec: {
          containers: [
            { name: 'main', ports: [{ name: 'clamd', containerPort: 3310 }] },
          ],
        },
        status: {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'True' }],
        },
      },
    ]);
    porter.emulator
      .cluster('silver')
      .update('Pod', 'abc123-tools', 'clamav-0', pod => {
        pod.metadata.labels.instance = 'first';
      });
    const p = path('silver', 'abc123-tools', 'clamav');
    await put(p, { service: 'clamav', servicePort: 3310 }).expect(201);
    const verdict = await request(porter.server)
      .get(`${p}/policy`)
      .set('Authorization', alice);
    expect(verdict.body.items[0].verdict).toMatchObject({
      kind: 'partial',
      wouldIsolate: ['clamav-1'],
    });
    porter.emulator.cluster('silver').clearRequests();
    const refused = await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', alice);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(
      /would isolate clamav-1, which accept all traffic now.*confirmIsolation: true. Nothing was written/,
    );
    expect(
      porter.emulator
        .cluster('silver')
        .requests.filter(
          r => r.method !== 'GET' && !r.path.includes('accessreviews'),
        ),
    ).toEqual([]);
    const confirmed = await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', alice)
      .send({ confirmIsolation: true });
    expect(confirmed.body.items).toEqual([
      { cluster: 'silver', applied: 'allow-from-f5-ingress' },
    ]);
  });

  it('never replaces a NetworkPolicy it did not apply', async () => {
    // Someone's own allow-from-f5-ingress, for other pods.
    porter.emulator.cluster('silver').seed([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'allow-from-f5-ingress', namespace: 'abc123-tools' },
        spec: {
          podSelector: { matchLabels: { app: 'other' } },
          ingress: [{ from: [{ podSelector: {} }] }],
          policyTypes: ['Ingress'],
        },
      },
    ]);
    const p = path('silver', 'abc123-tools', 'clamav');
    await put(p, { service: 'clamav', servicePort: 3310 }).expect(201);
    const applied = await request(porter.server)
      .post(`${p}/policy`)
      .set('Authorization', alice);
    expect(applied.body.items).toEqual([
      { cluster: 'silver', applied: 'allow-from-f5-ingress-clamav' },
    ]);
    expect(
      porter.emulator
        .cluster('silver')
        .get('NetworkPolicy', 'abc123-tools', 'allow-from-f5-ingress').spec
        .podSelector,
    ).toEqual({ matchLabels: { app: 'other' } });
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
            // monitor.timeout is 16 s; the test waits porter.probe.timeoutSeconds (5) at most.
            `timeout 5 bash -c ">/dev/tcp/${address}/${port}"; echo $?`,
            `nc -vz -w 5 ${address} ${port}`,
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
      addresses: { ClusterIP: ['127.0.19.1'], NodePort: ['127.0.19.2'] },
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
