import * as k8s from '@kubernetes/client-node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import { EmulatorServer } from '../transports/httpServer';
import { apiError, kubeConfigFor } from '../__testUtils__/clientNode';

const TOKEN = 'porter-test-token';

/** Access reviews through the REAL client-node, over loopback HTTP. */
describe('access reviews', () => {
  let emulator: KubernetesApiEmulator;
  let server: EmulatorServer;
  let api: k8s.AuthorizationV1Api;

  beforeEach(async () => {
    emulator = new KubernetesApiEmulator({
      clusters: [{ name: 'silver', token: TOKEN }],
    });
    emulator.cluster('silver').seed([
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
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'guests-claims', namespace: 'yourlicenceplate-dev' },
        roleRef: {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: 'porter-claim-editor',
        },
        subjects: [
          {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'Group',
            name: 'guests',
          },
        ],
      },
    ]);
    server = await emulator.listen('silver');
    api = kubeConfigFor(server.url, TOKEN).makeApiClient(
      k8s.AuthorizationV1Api,
    );
  });
  afterEach(async () => {
    await server.close();
  });

  const createIn = (namespace: string) => ({
    namespace,
    verb: 'create',
    group: 'porter.devops.gov.bc.ca',
    resource: 'transportserverclaims',
  });

  it('answers a SubjectAccessReview from the RBAC objects', async () => {
    const allowed = await api.createSubjectAccessReview({
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: {
          user: 'guest',
          groups: ['guests'],
          resourceAttributes: createIn('yourlicenceplate-dev'),
        },
      },
    });
    expect(allowed.status).toEqual({
      allowed: true,
      reason:
        'RBAC: allowed by RoleBinding "guests-claims/yourlicenceplate-dev" of ClusterRole "porter-claim-editor" to Group "guests"',
    });
    expect(allowed.spec.user).toBe('guest');

    const denied = await api.createSubjectAccessReview({
      body: {
        spec: {
          user: 'guest',
          groups: ['guests'],
          resourceAttributes: createIn('other-team-dev'),
        },
      },
    });
    expect(denied.status).toEqual({ allowed: false });
  });

  it('follows RBAC objects written through the API', async () => {
    emulator.cluster('silver').seed([
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'team-b-dev' },
      },
    ]);
    const ask = () =>
      api.createSubjectAccessReview({
        body: {
          spec: { user: 'bob', resourceAttributes: createIn('team-b-dev') },
        },
      });
    expect((await ask()).status?.allowed).toBe(false);
    await kubeConfigFor(server.url, TOKEN)
      .makeApiClient(k8s.RbacAuthorizationV1Api)
      .createNamespacedRoleBinding({
        namespace: 'team-b-dev',
        body: {
          metadata: { name: 'bob-claims' },
          roleRef: {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'ClusterRole',
            name: 'porter-claim-editor',
          },
          subjects: [{ kind: 'User', name: 'bob' }],
        },
      });
    expect((await ask()).status?.allowed).toBe(true);
  });

  it('answers a SelfSubjectAccessReview for the requester', async () => {
    const kc = kubeConfigFor(server.url, TOKEN);
    const body = {
      spec: { resourceAttributes: createIn('yourlicenceplate-dev') },
    };
    // The emulator's token stands for a service account without bindings.
    const self = await kc
      .makeApiClient(k8s.AuthorizationV1Api)
      .createSelfSubjectAccessReview({ body });
    expect(self.status?.allowed).toBe(false);
    // Impersonating a member of guests (headers, as kubectl --as/--as-group sends them).
    const asGuest = await emulator.handle('silver', {
      method: 'POST',
      url: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'impersonate-user': 'guest',
        'impersonate-group': 'guests',
      },
      body: JSON.stringify(body),
    });
    expect(asGuest.status).toBe(201);
    expect(JSON.parse(asGuest.body).status.allowed).toBe(true);
  });

  it('answers a LocalSubjectAccessReview in its namespace only', async () => {
    const review = await api.createNamespacedLocalSubjectAccessReview({
      namespace: 'yourlicenceplate-dev',
      body: {
        metadata: { namespace: 'yourlicenceplate-dev' },
        spec: {
          user: 'guest',
          groups: ['guests'],
          resourceAttributes: createIn('yourlicenceplate-dev'),
        },
      },
    });
    expect(review.status?.allowed).toBe(true);
    const mismatch = await apiError(
      api.createNamespacedLocalSubjectAccessReview({
        namespace: 'yourlicenceplate-dev',
        body: {
          spec: { user: 'guest', resourceAttributes: createIn('elsewhere') },
        },
      }),
    );
    expect(mismatch.code).toBe(422);
    expect(mismatch.body.message).toContain(
      'spec.resourceAttributes.namespace: Invalid value: "elsewhere": must match metadata.namespace',
    );
  });

  it.each([
    [
      'no subject',
      { resourceAttributes: createIn('x') },
      'spec.user: Invalid value: "": at least one of user or group must be specified',
    ],
    [
      'no attributes',
      { user: 'guest' },
      'exactly one of nonResourceAttributes or resourceAttributes must be specified',
    ],
    [
      'both kinds of attributes',
      {
        user: 'guest',
        resourceAttributes: createIn('x'),
        nonResourceAttributes: { path: '/healthz', verb: 'get' },
      },
      'cannot be specified in combination with resourceAttributes',
    ],
  ])('refuses a review with %s (422)', async (_, spec, message) => {
    const error = await apiError(
      api.createSubjectAccessReview({ body: { spec } as any }),
    );
    expect(error.code).toBe(422);
    expect(error.body).toMatchObject({ reason: 'Invalid' });
    expect(error.body.message).toContain(message);
  });

  it('needs the cluster token, and refuses other methods', async () => {
    const anonymous = kubeConfigFor(server.url, 'wrong').makeApiClient(
      k8s.AuthorizationV1Api,
    );
    const unauthorized = await apiError(
      anonymous.createSubjectAccessReview({
        body: { spec: { user: 'guest', resourceAttributes: createIn('x') } },
      }),
    );
    expect(unauthorized.code).toBe(401);
    const get = await emulator.handle('silver', {
      method: 'GET',
      url: '/apis/authorization.k8s.io/v1/subjectaccessreviews',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(get.status).toBe(405);
  });
});
