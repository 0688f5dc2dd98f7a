import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import porterBackend from '@internal/plugin-porter-backend';
import permissionBackend from '@backstage/plugin-permission-backend';
import request from 'supertest';
import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { kubernetesConfig } from '../__testUtils__/kubernetesConfig';
import { yourserviceEntity } from '../__testUtils__/yourserviceEntity';
import porterPolicyModule from './index';

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const CAROL = 'user:default/carol';
const MEMBERSHIP: Record<string, string[]> = {
  [ALICE]: [ALICE, 'group:default/team-a'],
  [BOB]: [BOB, 'group:default/team-b'],
  [CAROL]: [CAROL, 'group:default/platform-admins'],
};

/**
 * The real permission backend with the portal's policy, the real porter
 * plugin, and a catalog where team-a owns the component bound to the namespace.
 */
describe('PorterDefaultPolicy through the permission framework', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let silver: Awaited<ReturnType<KubernetesApiEmulator['listen']>>;

  beforeAll(async () => {
    // An emulated cluster, so Porter can realise the claims it allows.
    const emulator = new KubernetesApiEmulator({ clusters: ['silver'] });
    emulator.cluster('silver').seed([
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'yourlicenceplate-dev' },
      },
      // The cluster lets both teams make claims here; the policy decides between them.
      ...['team-a', 'team-b'].map(group => ({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: {
          name: `${group}-claims`,
          namespace: 'yourlicenceplate-dev',
        },
        roleRef: { kind: 'ClusterRole', name: 'porter-claim-editor' },
        subjects: [{ kind: 'Group', name: group }],
      })),
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'porter-claim-editor' },
        rules: [
          {
            apiGroups: ['porter.devops.gov.bc.ca'],
            resources: ['transportserverclaims'],
            verbs: ['create'],
          },
        ],
      },
    ]);
    silver = await emulator.listen('silver', { host: '127.0.0.1', port: 0 });
    backend = await startTestBackend({
      features: [
        porterBackend,
        permissionBackend,
        porterPolicyModule,
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            kubernetes: kubernetesConfig([{ name: 'silver', url: silver.url }]),
            porter: {
              clusters: {
                silver: {
                  ports: { from: 30000, to: 30009 },
                  addresses: { NodePort: ['142.34.194.70'] },
                },
              },
            },
          },
        }),
        catalogServiceMock.factory({ entities: [yourserviceEntity('team-a')] }),
        // Real on-behalf-of tokens carry the calling plugin as `actor`, which the
        // permission backend requires for resource permissions without a
        // resourceRef; the mock auth service drops it, so put it back.
        createServiceFactory({
          service: coreServices.auth,
          deps: { plugin: coreServices.pluginMetadata },
          factory: ({ plugin }) => {
            const auth = mockServices.auth({ pluginId: plugin.getId() });
            return Object.assign(Object.create(auth), {
              getPluginRequestToken: async (options: any) =>
                options.onBehalfOf.principal.type === 'user'
                  ? {
                      token: mockCredentials.user.token(
                        options.onBehalfOf.principal.userEntityRef,
                        {
                          actor: { subject: `plugin:${plugin.getId()}` },
                        },
                      ),
                    }
                  : auth.getPluginRequestToken(options),
            });
          },
        }),
        createServiceFactory({
          service: coreServices.userInfo,
          deps: {},
          factory: () => ({
            getUserInfo: async (credentials: any) => ({
              userEntityRef: credentials.principal.userEntityRef,
              ownershipEntityRefs:
                MEMBERSHIP[credentials.principal.userEntityRef] ?? [],
            }),
          }),
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await silver?.close();
  });

  const path =
    '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/claims/db';
  const body = { spec: { service: 'yourservice', servicePort: 5432 } };

  it('lets an owner (through a group) create, and anyone read', async () => {
    const created = await request(backend.server)
      .put(path)
      .set('Authorization', mockCredentials.user.header(ALICE))
      .send(body);
    expect(created.status).toBe(201);
    const read = await request(backend.server)
      .get(path)
      .set('Authorization', mockCredentials.user.header(BOB));
    expect(read.status).toBe(200);
  });

  it('refuses writes by a user outside the owning group', async () => {
    const update = await request(backend.server)
      .put(path)
      .set('Authorization', mockCredentials.user.header(BOB))
      .send({ spec: { ...body.spec, overrideServicePort: true } });
    expect(update.status).toBe(403);
    expect(update.body.error.message).toMatch(
      /only its owners \(group:default\/team-a\) may/,
    );
    const removal = await request(backend.server)
      .delete(path)
      .set('Authorization', mockCredentials.user.header(BOB));
    expect(removal.status).toBe(403);
  });

  it('answers "may this user create a claim for this entity?" for the frontend', async () => {
    const ask = (user: string) =>
      request(backend.server)
        .post('/api/permission/authorize')
        .set('Authorization', mockCredentials.user.header(user))
        .send({
          items: [
            {
              id: 'create',
              permission: {
                type: 'resource',
                name: 'porter.claim.create',
                attributes: { action: 'create' },
                resourceType: 'porter-claim',
              },
              resourceRef: 'component:default/yourservice',
            },
          ],
        });
    expect((await ask(ALICE)).body.items[0].result).toBe('ALLOW');
    expect((await ask(BOB)).body.items[0].result).toBe('DENY');
  });

  it("opens the administrators' overview to platform-admins only", async () => {
    const admin = await request(backend.server)
      .get('/api/porter/admin/overview')
      .set('Authorization', mockCredentials.user.header(CAROL));
    expect(admin.status).toBe(200);
    expect(admin.body.clusters.map((c: any) => c.cluster)).toEqual(['silver']);
    const other = await request(backend.server)
      .get('/api/porter/admin/overview')
      .set('Authorization', mockCredentials.user.header(ALICE));
    expect(other.status).toBe(403);
    expect(other.body.error.message).toMatch(/porter.admin.read/);
  });

  it('lets platform-admins only confirm deletions the reconciler held back', async () => {
    const confirm = (user: string) =>
      request(backend.server)
        .post('/api/porter/admin/deletion-guards/silver/confirm')
        .set('Authorization', mockCredentials.user.header(user))
        .send({ objects: 1 });
    // Allowed, and then refused because nothing is held back.
    const admin = await confirm(CAROL);
    expect(admin.status).toBe(409);
    expect(admin.body.error.message).toMatch(/Nothing is held back/);
    const other = await confirm(ALICE);
    expect(other.status).toBe(403);
    expect(other.body.error.message).toMatch(/porter.admin.confirm/);
  });
});
