import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  ALICE,
  BOB,
  SEED_YAML,
  testPorterConfig,
} from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(30_000);

const alice = mockCredentials.user.header(ALICE);
const bob = mockCredentials.user.header(BOB);
const claimPath = (cluster: string, namespace: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${namespace}/claims/${name}`;
const spec = (service = 'yourservice', servicePort = 8000) => ({
  service,
  servicePort,
});

describe('porter router', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  beforeEach(async () => {
    porter = await startPorter();
  });
  afterEach(async () => {
    await porter.stop();
  });

  const put = (path: string, body: object, auth = alice) =>
    request(porter.server).put(path).set('Authorization', auth).send(body);
  const listAll = async () =>
    (
      await request(porter.server)
        .get('/api/porter/claims')
        .set('Authorization', alice)
    ).body.items;

  /** Asserts the response is a 4xx with a message matching `pattern`, and that nothing was written. */
  async function expectRefused(
    response: request.Response,
    status: number,
    pattern: RegExp,
  ) {
    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(pattern);
    return expect(await listAll()).toEqual(expect.any(Array));
  }

  // (The test backend treats a request without a token as its default mock user,
  // so an invalid token stands in for "not signed in" here.)
  it('requires authentication on every route', async () => {
    for (const [method, path] of [
      ['get', '/api/porter/clusters'],
      ['get', '/api/porter/claims'],
      ['get', claimPath('silver', 'ns', 'x')],
      ['put', claimPath('silver', 'ns', 'x')],
      ['delete', claimPath('silver', 'ns', 'x')],
      ['post', '/api/porter/clusters/silver/claims'],
      ['get', `${claimPath('silver', 'ns', 'x')}/manifests`],
      ['get', `${claimPath('silver', 'ns', 'x')}/history`],
    ] as const) {
      const response = await (request(porter.server) as any)
        [method](path)
        .set('Authorization', mockCredentials.user.invalidHeader());
      expect({ method, path, status: response.status }).toEqual({
        method,
        path,
        status: 401,
      });
    }
  });

  it('lists the configured clusters with their roles', async () => {
    const response = await request(porter.server)
      .get('/api/porter/clusters')
      .set('Authorization', alice);
    expect(
      response.body.items.map((c: any) => [c.name, c.role, c.peer]),
    ).toEqual([
      ['silver', 'standalone', undefined],
      ['gold', 'primary', 'golddr'],
      ['golddr', 'secondary', 'gold'],
    ]);
    expect(response.body.items[0]).not.toHaveProperty('kubernetesCluster');
  });

  it('realises a Gold claim on both sides of the pair', async () => {
    const response = await put(
      claimPath('gold', 'yourlicenceplate-dev', 'db'),
      { spec: spec('patroni', 5432) },
    );
    expect(response.status).toBe(201);
    expect(response.body.status.allocations).toEqual([
      {
        cluster: 'gold',
        address: '142.34.229.62',
        port: 40000,
        serviceType: 'NodePort',
      },
      {
        cluster: 'golddr',
        address: '142.34.64.62',
        port: 50000,
        serviceType: 'NodePort',
      },
    ]);
    const manifests = await request(porter.server)
      .get(`${claimPath('gold', 'yourlicenceplate-dev', 'db')}/manifests`)
      .set('Authorization', alice);
    const kinds = Object.fromEntries(
      manifests.body.items.map((i: any) => [
        i.cluster,
        i.objects.map((o: any) => `${o.kind}/${o.metadata.name}`),
      ]),
    );
    expect(kinds).toEqual({
      gold: [
        'TransportServer/db',
        'Service/patroni-golddr',
        'Endpoints/patroni-golddr',
        'TransportServerClaim/db',
      ],
      golddr: [
        'TransportServer/db',
        'Service/patroni-gold',
        'Endpoints/patroni-gold',
      ],
    });
  });

  it('returns the settings people need to know with the clusters', async () => {
    const response = await request(porter.server)
      .get('/api/porter/clusters')
      .set('Authorization', alice);
    expect(response.body.settings).toEqual({
      retentionDays: 30,
      quotaPerNamespace: 5,
      portsPerNamespace: 40,
      namespaceAccess: 'cluster',
    });
  });

  it('previews an apply (dryRun=true): the ports and objects it would give, writing nothing', async () => {
    const path = claimPath('gold', 'yourlicenceplate-dev', 'db');
    const preview = await request(porter.server)
      .put(`${path}?dryRun=true`)
      .set('Authorization', alice)
      .send({ spec: spec('patroni', 5432) });
    expect(preview.status).toBe(200);
    expect(preview.body.created).toBe(true);
    expect(
      preview.body.claim.status.allocations.map(
        (a: any) => `${a.cluster} ${a.address}:${a.port}`,
      ),
    ).toEqual(['gold 142.34.229.62:40000', 'golddr 142.34.64.62:50000']);
    expect(
      preview.body.manifests.items.map((i: any) => [
        i.cluster,
        i.objects.map((o: any) => o.kind),
      ]),
    ).toEqual([
      [
        'gold',
        ['TransportServer', 'Service', 'Endpoints', 'TransportServerClaim'],
      ],
      ['golddr', ['TransportServer', 'Service', 'Endpoints']],
    ]);
    // Nothing written: no claim, no history, no port taken, no object in the clusters.
    expect(await listAll()).toEqual([]);
    const history = await request(porter.server)
      .get(`${path}/history`)
      .set('Authorization', alice);
    expect(history.status).toBe(404);
    expect(
      porter.emulator
        .cluster('gold')
        .get('TransportServer', 'yourlicenceplate-dev', 'db'),
    ).toBeUndefined();
    const created = await put(path, { spec: spec('patroni', 5432) });
    expect(created.body.status.allocations).toEqual(
      preview.body.claim.status.allocations,
    );
  });

  it('previews with the same checks as an apply: a non-owner gets the 403 and nothing is written', async () => {
    const response = await request(porter.server)
      .put(`${claimPath('silver', 'yourlicenceplate-dev', 'db')}?dryRun=true`)
      .set('Authorization', bob)
      .send({ spec: spec() });
    await expectRefused(response, 403, /only its owners/);
    const bad = await request(porter.server)
      .put(`${claimPath('silver', 'yourlicenceplate-dev', 'db')}?dryRun=yes`)
      .set('Authorization', alice)
      .send({ spec: spec() });
    await expectRefused(bad, 400, /dryRun must be 'true' or 'false'/);
  });

  it('pages through claims with limit and cursor', async () => {
    for (const port of [8000, 8001, 8002]) {
      await put(claimPath('silver', 'yourlicenceplate-dev', `c${port}`), {
        spec: spec('yourservice', port),
      });
    }
    const names: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await request(porter.server)
        .get('/api/porter/claims')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set('Authorization', alice);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      names.push(...page.body.items.map((c: any) => c.name));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(names).toEqual(['c8000', 'c8001', 'c8002']);
    expect(pages).toBe(2);
    for (const [query, message] of [
      ['limit=0', /limit must be between 1 and 500/],
      ['limit=501', /limit must be between 1 and 500/],
      ['cursor=not-ours', /cursor is not one this API returned/],
    ] as const) {
      const response = await request(porter.server)
        .get(`/api/porter/claims?${query}`)
        .set('Authorization', alice);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    }
  });

  it('refuses a claim aimed at GoldDR, naming the primary', async () => {
    const response = await put(
      claimPath('golddr', 'yourlicenceplate-dev', 'db'),
      { spec: spec() },
    );
    await expectRefused(
      response,
      400,
      /secondary of the pair 'gold'\/'golddr'.*Make the claim in 'gold'/,
    );
    expect(await listAll()).toEqual([]);
  });

  it('refuses an unknown cluster with 404 and the known ones', async () => {
    const response = await put(
      claimPath('bronze', 'yourlicenceplate-dev', 'db'),
      { spec: spec() },
    );
    await expectRefused(
      response,
      404,
      /Unknown cluster 'bronze'. Porter manages: silver, gold, golddr/,
    );
  });

  it('refuses a second claim on the same Service port with 409 naming the first', async () => {
    await put(claimPath('silver', 'yourlicenceplate-dev', 'first'), {
      spec: spec(),
    }).expect(201);
    const response = await put(
      claimPath('silver', 'yourlicenceplate-dev', 'second'),
      { spec: spec() },
    );
    await expectRefused(response, 409, /already exposed by claim 'first'/);
    expect((await listAll()).map((c: any) => c.name)).toEqual(['first']);
  });

  it('refuses invalid specs with the field and rule, writing nothing', async () => {
    const response = await put(
      claimPath('silver', 'yourlicenceplate-dev', 'x'),
      {
        spec: { service: 'yourservice', servicePort: 65555 },
      },
    );
    await expectRefused(
      response,
      400,
      /spec.servicePort: servicePort must be between 1 and 65535/,
    );
    expect(await listAll()).toEqual([]);
  });

  it('refuses invalid names in the path', async () => {
    const response = await put(
      claimPath('silver', 'yourlicenceplate-dev', 'Bad_Name'),
      { spec: spec() },
    );
    await expectRefused(
      response,
      400,
      /path: name: name must be a DNS-1123 label/,
    );
  });

  it('refuses YAML that does not parse, or holds several documents', async () => {
    const post = (body: string) =>
      request(porter.server)
        .post('/api/porter/clusters/silver/claims')
        .set('Authorization', alice)
        .set('Content-Type', 'application/yaml')
        .send(body);
    await expectRefused(await post('spec: [unclosed'), 400, /does not parse/);
    await expectRefused(
      await post(`${SEED_YAML}---\n${SEED_YAML}`),
      400,
      /exactly one YAML document, found 2/,
    );
    await expectRefused(
      await post(SEED_YAML.replace('8000', '65555')),
      400,
      /spec.servicePort/,
    );
    expect(await listAll()).toEqual([]);
  });

  it('accepts the manifest as JSON, with the namespace from the query', async () => {
    const response = await request(porter.server)
      .post('/api/porter/clusters/silver/claims?namespace=yourlicenceplate-dev')
      .set('Authorization', alice)
      .send({
        apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
        kind: 'TransportServerClaim',
        metadata: { name: 'json-claim' },
        spec: spec('clamav', 3310),
      });
    expect(response.status).toBe(201);
    expect(response.body.namespace).toBe('yourlicenceplate-dev');
  });

  it("refuses a user who does not own the namespace's entity, writing nothing", async () => {
    const response = await put(
      claimPath('silver', 'yourlicenceplate-dev', 'x'),
      { spec: spec() },
      bob,
    );
    await expectRefused(
      response,
      403,
      /only its owners \(group:default\/team-a\) may/,
    );
    expect(await listAll()).toEqual([]);
    expect(porter.auditEvents).toEqual([
      expect.objectContaining({ eventId: 'claim-apply', outcome: 'fail' }),
    ]);
  });

  it("refuses another team's namespace: the cluster's RBAC decides, naming the missing permission", async () => {
    const response = await put(claimPath('silver', 'other-dev', 'steal'), {
      spec: spec('their-db', 5432),
      entityRef: 'component:default/yourservice',
    });
    await expectRefused(
      response,
      403,
      /^Cluster 'silver' does not allow user 'alice' \(groups: team-a\) to create transportserverclaims.porter.devops.gov.bc.ca in namespace 'other-dev' \(RBAC\)/,
    );
  });

  it('refuses to link a claim to an entity that is not bound to the namespace, even where the cluster allows', async () => {
    const response = await put(claimPath('silver', 'abc123-tools', 'x'), {
      spec: spec('clamav', 3310),
      entityRef: 'component:default/yourservice',
    });
    await expectRefused(
      response,
      403,
      /not bound to namespace 'abc123-tools' on cluster 'silver'/,
    );
  });

  it('refuses a namespace no entity is bound to, saying how to bind one', async () => {
    const response = await put(claimPath('silver', 'unbound-dev', 'x'), {
      spec: spec(),
    });
    await expectRefused(
      response,
      403,
      /No catalog entity is bound to namespace 'unbound-dev'.*backstage.io\/kubernetes-namespace/,
    );
  });

  it('honours cluster-scoped bindings of the porter annotation', async () => {
    // other-app is bound to other-dev on silver only.
    const onGold = await put(
      claimPath('gold', 'other-dev', 'x'),
      { spec: spec() },
      bob,
    );
    await expectRefused(
      onGold,
      403,
      /No catalog entity is bound to namespace 'other-dev' on cluster 'gold'/,
    );
    const onSilver = await put(
      claimPath('silver', 'other-dev', 'x'),
      { spec: spec() },
      bob,
    );
    expect(onSilver.status).toBe(201);
    expect(onSilver.body.entityRef).toBe('component:default/other-app');
  });

  it('refuses an unknown entityRef', async () => {
    const response = await put(
      claimPath('silver', 'yourlicenceplate-dev', 'x'),
      {
        spec: spec(),
        entityRef: 'component:default/nope',
      },
    );
    await expectRefused(
      response,
      400,
      /Entity 'component:default\/nope' was not found/,
    );
  });

  it('enforces the per-namespace quota', async () => {
    for (let i = 0; i < testPorterConfig.quota.perNamespace; i++) {
      await put(claimPath('silver', 'yourlicenceplate-dev', `c${i}`), {
        spec: spec('svc', 1000 + i),
      }).expect(201);
    }
    const response = await put(
      claimPath('silver', 'yourlicenceplate-dev', 'one-more'),
      { spec: spec('svc', 2000) },
    );
    await expectRefused(
      response,
      403,
      /already has 5 claims on cluster 'silver'.*porter.quota.perNamespace = 5/,
    );
    expect(await listAll()).toHaveLength(5);
  });

  it('updates a claim in place, and a no-op apply writes no history', async () => {
    const path = claimPath('silver', 'yourlicenceplate-dev', 'db');
    const first = await put(path, { spec: spec() }).expect(201);
    await put(path, { spec: spec() }).expect(200);
    const updated = await put(path, {
      spec: {
        ...spec(),
        monitor: { type: 'tcp', interval: 5, timeout: 16 },
        overrideServicePort: true,
      },
    }).expect(200);
    expect(updated.body.status.allocations).toEqual(
      first.body.status.allocations,
    );
    expect(updated.body.spec.overrideServicePort).toBe(true);
    const history = await request(porter.server)
      .get(`${path}/history`)
      .set('Authorization', alice);
    expect(history.body.items.map((e: any) => e.type)).toEqual([
      'created',
      'allocated',
      'updated',
    ]);
  });

  it('moves the allocation when the target port changes, retaining the old one', async () => {
    const path = claimPath('silver', 'yourlicenceplate-dev', 'db');
    await put(path, { spec: spec('yourservice', 8000) }).expect(201);
    const moved = await put(path, { spec: spec('yourservice', 9000) }).expect(
      200,
    );
    expect(moved.body.status.allocations[0].port).toBe(30001);
    const back = await put(path, { spec: spec('yourservice', 8000) }).expect(
      200,
    );
    expect(back.body.status.allocations[0].port).toBe(30000);
  });

  it('refuses deletion by a non-owner and of a missing claim', async () => {
    const path = claimPath('silver', 'yourlicenceplate-dev', 'db');
    await put(path, { spec: spec() }).expect(201);
    await expectRefused(
      await request(porter.server).delete(path).set('Authorization', bob),
      403,
      /may not delete/,
    );
    expect(await listAll()).toHaveLength(1);
    const missing = await request(porter.server)
      .delete(claimPath('silver', 'yourlicenceplate-dev', 'ghost'))
      .set('Authorization', alice);
    await expectRefused(missing, 404, /No claim 'ghost'/);
  });

  it('reports exhaustion of a range with 409 naming the cluster and range', async () => {
    const porterConfig = {
      ...testPorterConfig,
      quota: { perNamespace: 50 },
      clusters: {
        ...testPorterConfig.clusters,
        silver: {
          ...testPorterConfig.clusters.silver,
          ports: { from: 30000, to: 30001 },
        },
      },
    };
    const small = await startPorter({ porterConfig });
    try {
      for (const port of [1, 2]) {
        await request(small.server)
          .put(claimPath('silver', 'yourlicenceplate-dev', `c${port}`))
          .set('Authorization', alice)
          .send({ spec: spec('svc', port) })
          .expect(201);
      }
      const response = await request(small.server)
        .put(claimPath('silver', 'yourlicenceplate-dev', 'c3'))
        .set('Authorization', alice)
        .send({ spec: spec('svc', 3) });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(
        /No free port in cluster 'silver'.*30000-30001 \(2 ports\)/,
      );
      const list = await request(small.server)
        .get('/api/porter/claims')
        .set('Authorization', alice);
      expect(list.body.items.map((c: any) => c.name)).toEqual(['c1', 'c2']);
    } finally {
      await small.stop();
    }
  });

  it('rejects unknown query parameters on list and manifests', async () => {
    const list = await request(porter.server)
      .get('/api/porter/claims?owner=me')
      .set('Authorization', alice);
    expect(list.status).toBe(400);
    expect(list.body.error.message).toMatch(/unknown field\(s\) 'owner'/);
  });
});
