import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  ALICE,
  BOB,
  CAROL,
  testEntities,
  testPorterConfig,
} from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const carol = mockCredentials.user.header(CAROL);
const service = mockCredentials.service.header();
const claimPath = (cluster: string, namespace: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${namespace}/claims/${name}`;
const MANAGED = 'app.kubernetes.io/managed-by=porter-backstage';

/** The cluster's RBAC decides where a user may write and look, through the HTTP API. */
describe('namespace authority', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  afterEach(async () => {
    await porter?.stop();
  });
  const writesTo = (cluster: string) =>
    porter.emulator
      .cluster(cluster)
      .requests.filter(
        r => r.method !== 'GET' && !r.path.includes('accessreviews'),
      );

  describe('with namespaceAccess: cluster (the default)', () => {
    beforeEach(async () => {
      porter = await startPorter();
    });

    it("refuses the attack: an owned entity whose annotation names another team's namespace gets nothing", async () => {
      const response = await request(porter.server)
        .put(claimPath('silver', 'other-dev', 'borrowed'))
        .set('Authorization', alice)
        .send({
          spec: { service: 'their-db', servicePort: 5432 },
          entityRef: 'component:default/borrowed',
        });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        "Cluster 'silver' does not allow user 'alice' (groups: team-a) to create " +
          "transportserverclaims.porter.devops.gov.bc.ca in namespace 'other-dev' (RBAC). " +
          "Ask the namespace's admins for a RoleBinding.",
      );
      const claims = await request(porter.server)
        .get('/api/porter/claims')
        .set('Authorization', alice);
      expect(claims.body.items).toEqual([]);
      expect(writesTo('silver')).toEqual([]);
      const services = await request(porter.server)
        .get('/api/porter/clusters/silver/namespaces/other-dev/services')
        .set('Authorization', alice);
      expect(services.status).toBe(403);
      expect(services.body.error.message).toMatch(
        /does not allow user 'alice' \(groups: team-a\) to list services in namespace 'other-dev' \(RBAC\)/,
      );
    });

    it("lists a namespace's Services only for users the cluster lets list them", async () => {
      const own = await request(porter.server)
        .get(
          '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/services',
        )
        .set('Authorization', alice);
      expect(own.status).toBe(200);
      expect(own.body.items.map((s: any) => s.name)).toEqual(['yourservice']);
      const outsider = await request(porter.server)
        .get(
          '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/services',
        )
        .set('Authorization', carol);
      expect(outsider.status).toBe(403);
    });

    it("reads a claim's NetworkPolicies only for users the cluster lets list them, in every cluster of the claim", async () => {
      const path = claimPath('gold', 'yourlicenceplate-dev', 'db');
      await request(porter.server)
        .put(path)
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } })
        .expect(201);
      expect(
        (
          await request(porter.server)
            .get(`${path}/policy`)
            .set('Authorization', alice)
        ).status,
      ).toBe(200);
      // Reading the claim itself is the permission policy's decision (everyone may)...
      expect(
        (await request(porter.server).get(path).set('Authorization', carol))
          .status,
      ).toBe(200);
      // ...looking inside the namespace is the cluster's.
      const policy = await request(porter.server)
        .get(`${path}/policy`)
        .set('Authorization', carol);
      expect(policy.status).toBe(403);
      expect(policy.body.error.message).toMatch(
        /Cluster 'gold' does not allow user 'carol' \(groups: platform-admins\) to list networkpolicies.networking.k8s.io in namespace 'yourlicenceplate-dev'/,
      );
    });

    it('needs the permission in both clusters of a pair', async () => {
      const response = await request(porter.server)
        .put(claimPath('gold', 'gold-only-dev', 'x'))
        .set('Authorization', alice)
        .send({ spec: { service: 'db', servicePort: 5432 } });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(
        /^Cluster 'golddr' does not allow user 'alice' .* in namespace 'gold-only-dev'/,
      );
      expect(writesTo('gold')).toEqual([]);
    });

    it('tells the caller what they may do in a namespace, and why (GET …/access)', async () => {
      const access = await request(porter.server)
        .get('/api/porter/clusters/gold/namespaces/yourlicenceplate-dev/access')
        .set('Authorization', alice);
      expect(access.status).toBe(200);
      expect(access.body).toMatchObject({
        cluster: 'gold',
        namespace: 'yourlicenceplate-dev',
        decidedBy: 'cluster',
        clusterIdentity: { user: 'alice', groups: ['team-a'] },
        createClaims: { allowed: true },
        listServices: { allowed: true },
        listNetworkPolicies: { allowed: true },
      });
      expect(access.body.createClaims.reason).toMatch(
        /Cluster 'gold' allows user 'alice' .*RBAC: allowed by RoleBinding "team-a-porter-claims\/yourlicenceplate-dev" of ClusterRole "porter-claim-editor" to Group "team-a".*Cluster 'golddr' allows/,
      );
      const elsewhere = await request(porter.server)
        .get('/api/porter/clusters/gold/namespaces/gold-only-dev/access')
        .set('Authorization', alice);
      expect(elsewhere.body.createClaims).toEqual({
        allowed: false,
        reason: expect.stringMatching(/^Cluster 'golddr' does not allow/),
      });
      expect(elsewhere.body.listServices.allowed).toBe(true);
      // GoldDR down: the pair's primary decides, and the reason says so.
      porter.emulator.cluster('golddr').faults.down = true;
      const drDown = await request(porter.server)
        .get('/api/porter/clusters/gold/namespaces/abc123-prod/access')
        .set('Authorization', alice);
      expect(drDown.body.createClaims).toEqual({
        allowed: true,
        reason: expect.stringMatching(
          /Cluster 'gold' allows .*could not ask cluster 'golddr'.*The primary's answer stands for the pair/,
        ),
      });
      porter.emulator.cluster('golddr').faults.down = false;
      const unknown = await request(porter.server)
        .get('/api/porter/clusters/bronze/namespaces/x/access')
        .set('Authorization', alice);
      expect(unknown.status).toBe(404);
    });

    it('gives service principals no writes and no namespace reads; on behalf of a user they are that user', async () => {
      const write = await request(porter.server)
        .put(claimPath('silver', 'yourlicenceplate-dev', 'svc'))
        .set('Authorization', service)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } });
      expect(write.status).toBe(403);
      expect(write.body.error.message).toMatch(
        /Services act in no namespace on their own/,
      );
      const read = await request(porter.server)
        .get(
          '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/services',
        )
        .set('Authorization', service);
      expect(read.status).toBe(403);
      const access = await request(porter.server)
        .get(
          '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/access',
        )
        .set('Authorization', service);
      expect(access.body).toMatchObject({
        createClaims: { allowed: false },
        listServices: { allowed: false },
        listNetworkPolicies: { allowed: false },
      });
      expect(access.body.clusterIdentity).toBeUndefined();

      // What the scaffolder sends: a user token issued to a plugin on the user's behalf.
      const onBehalf = `Bearer ${mockCredentials.user.token(ALICE, {
        actor: { subject: 'plugin:scaffolder' },
      })}`;
      const created = await request(porter.server)
        .put(claimPath('silver', 'yourlicenceplate-dev', 'svc'))
        .set('Authorization', onBehalf)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } });
      expect(created.status).toBe(201);
    });

    it("answers 503 naming the cluster when it cannot be asked, and says what Porter's account needs", async () => {
      porter.emulator.cluster('silver').faults.down = true;
      const down = await request(porter.server)
        .put(claimPath('silver', 'yourlicenceplate-dev', 'x'))
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } });
      expect(down.status).toBe(503);
      expect(down.body.error.message).toMatch(
        /Porter could not ask cluster 'silver' whether user 'alice'/,
      );
      porter.emulator.cluster('silver').faults.down = false;
      porter.emulator
        .cluster('silver')
        .faults.failNext(1, 403, { pathIncludes: 'subjectaccessreviews' });
      const refused = await request(porter.server)
        .get(
          '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/services',
        )
        .set('Authorization', alice);
      expect(refused.status).toBe(503);
      expect(refused.body.error.message).toMatch(
        /needs 'create subjectaccessreviews' there \(e.g. the ClusterRole system:auth-delegator\)/,
      );
      // Failures are not cached: the next request asks again.
      const after = await request(porter.server)
        .get(
          '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/services',
        )
        .set('Authorization', alice);
      expect(after.status).toBe(200);
    });

    it('keeps an answer for cacheSeconds', async () => {
      const ask = async () =>
        (
          await request(porter.server)
            .get('/api/porter/clusters/silver/namespaces/abc123-tools/services')
            .set('Authorization', alice)
        ).status;
      expect(await ask()).toBe(200);
      porter.emulator
        .cluster('silver')
        .remove('RoleBinding', 'abc123-tools', 'team-a-porter-claims');
      expect(await ask()).toBe(200);
    });
  });

  it('asks again every time with cacheSeconds: 0', async () => {
    porter = await startPorter({
      porterConfig: {
        ...testPorterConfig,
        authorization: { cacheSeconds: 0 },
      },
    });
    const ask = async () =>
      (
        await request(porter.server)
          .get('/api/porter/clusters/silver/namespaces/abc123-tools/services')
          .set('Authorization', alice)
      ).status;
    expect(await ask()).toBe(200);
    porter.emulator
      .cluster('silver')
      .remove('RoleBinding', 'abc123-tools', 'team-a-porter-claims');
    expect(await ask()).toBe(403);
  });

  it("maps users to cluster identities: the User entity's annotation wins, else the template", async () => {
    porter = await startPorter({
      porterConfig: {
        ...testPorterConfig,
        authorization: {
          clusterIdentity: {
            userTemplate: '{{name}}@github',
            groupTemplate: 'gh:{{name}}',
          },
        },
      },
      entities: [
        ...testEntities,
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'User',
          metadata: {
            name: 'carol',
            namespace: 'default',
            annotations: {
              'porter.devops.gov.bc.ca/cluster-user': 'carol@idir',
            },
          },
          spec: {},
        },
      ],
      seed: emulator =>
        emulator.cluster('silver').seed([
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: { name: 'carol', namespace: 'carols-dev' },
            roleRef: { kind: 'ClusterRole', name: 'porter-claim-editor' },
            subjects: [{ kind: 'User', name: 'carol@idir' }],
          },
        ]),
    });
    const access = async (who: string) =>
      (
        await request(porter.server)
          .get('/api/porter/clusters/silver/namespaces/carols-dev/access')
          .set('Authorization', mockCredentials.user.header(who))
      ).body;
    expect(await access(CAROL)).toMatchObject({
      clusterIdentity: { user: 'carol@idir', groups: ['gh:platform-admins'] },
      listServices: { allowed: true },
    });
    expect(await access(BOB)).toMatchObject({
      clusterIdentity: { user: 'bob@github', groups: ['gh:team-b'] },
      listServices: { allowed: false },
    });
  });

  it('with namespaceAccess: catalog, an owned entity bound to the namespace decides (no cluster is asked)', async () => {
    porter = await startPorter({
      porterConfig: {
        ...testPorterConfig,
        authorization: { namespaceAccess: 'catalog' },
      },
    });
    const created = await request(porter.server)
      .put(claimPath('silver', 'other-dev', 'borrowed'))
      .set('Authorization', alice)
      .send({
        spec: { service: 'their-db', servicePort: 5432 },
        entityRef: 'component:default/borrowed',
      });
    // The catalog is trusted in this mode: the annotation is enough.
    expect(created.status).toBe(201);
    // Its objects are written after the answer.
    await porter.synced();
    const access = await request(porter.server)
      .get('/api/porter/clusters/silver/namespaces/unbound-dev/access')
      .set('Authorization', alice);
    expect(access.body).toMatchObject({
      decidedBy: 'catalog',
      listServices: {
        allowed: false,
        reason: expect.stringMatching(/No catalog entity is bound/),
      },
    });
    expect(
      porter.emulator
        .cluster('silver')
        .requests.filter(r => r.path.includes('accessreviews')),
    ).toEqual([]);
    expect(
      porter.emulator.cluster('silver').list('TransportServer', {
        labelSelector: MANAGED,
      }),
    ).toHaveLength(1);
  });
});
