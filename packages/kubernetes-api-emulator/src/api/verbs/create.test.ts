import {
  apiError,
  service,
  transportServer,
} from '../../__testUtils__/clientNode';
import { useMswEmulator } from '../../__testUtils__/mswEmulator';

// The real client-node, through msw, against the emulator's POST.
const ctx = useMswEmulator({
  seed: () => [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
  ],
});

describe('create', () => {
  it('answers 201 with server metadata set and the namespace from the path', async () => {
    const body = service('a1-dev', 'web');
    delete body.metadata!.namespace;
    const created = await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body,
    });
    expect(created.metadata).toMatchObject({
      name: 'web',
      namespace: 'a1-dev',
      generation: 1,
    });
    expect(created.metadata!.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(created.metadata!.resourceVersion)).toBeGreaterThan(0);
    expect(created.metadata!.creationTimestamp).toBeInstanceOf(Date);
    // Server defaults, as a real API server fills them in.
    expect(created.spec).toMatchObject({
      type: 'ClusterIP',
      sessionAffinity: 'None',
    });
    expect(created.spec!.ports![0]).toMatchObject({
      protocol: 'TCP',
      targetPort: 8000,
    });
    expect(ctx.cluster.requests.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v1/namespaces/a1-dev/services',
      status: 201,
    });
  });

  it('answers 409 AlreadyExists the second time', async () => {
    await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web'),
    });
    const { code, body } = await apiError(
      ctx.core.createNamespacedService({
        namespace: 'a1-dev',
        body: service('a1-dev', 'web'),
      }),
    );
    expect(code).toBe(409);
    expect(body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'services "web" already exists',
      reason: 'AlreadyExists',
      details: { name: 'web', kind: 'services' },
      code: 409,
    });
  });

  it('answers 404 for a namespace that does not exist', async () => {
    const { code, body } = await apiError(
      ctx.core.createNamespacedService({
        namespace: 'nope',
        body: service('nope', 'web'),
      }),
    );
    expect(code).toBe(404);
    expect(body).toMatchObject({
      reason: 'NotFound',
      message: 'namespaces "nope" not found',
      details: { name: 'nope', kind: 'namespaces' },
    });
  });

  it('answers 422 Invalid without a name, and honours generateName', async () => {
    const nameless = service('a1-dev', '');
    const { code, body } = await apiError(
      ctx.core.createNamespacedService({ namespace: 'a1-dev', body: nameless }),
    );
    expect(code).toBe(422);
    expect(body).toMatchObject({
      reason: 'Invalid',
      message:
        'Service "" is invalid: metadata.name: Required value: name or generateName is required',
      details: {
        kind: 'Service',
        causes: [{ field: 'metadata.name', reason: 'FieldValueRequired' }],
      },
    });
    nameless.metadata!.generateName = 'web-';
    const created = await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: nameless,
    });
    expect(created.metadata!.name).toMatch(/^web-[a-z0-9]{5}$/);
  });

  it('answers 422 for a name a real server refuses', async () => {
    const { code, body } = await apiError(
      ctx.core.createNamespacedService({
        namespace: 'a1-dev',
        body: service('a1-dev', '9web'),
      }),
    );
    expect(code).toBe(422);
    expect(body.message).toContain('a DNS-1035 label must consist of');
  });

  it('refuses a body whose namespace differs from the path (400)', async () => {
    const { code, body } = await apiError(
      ctx.core.createNamespacedService({
        namespace: 'a1-dev',
        body: service('other', 'web'),
      }),
    );
    expect(code).toBe(400);
    expect(body.reason).toBe('BadRequest');
  });

  it('refuses a body that carries a resourceVersion, as etcd storage does', async () => {
    const body = service('a1-dev', 'web');
    body.metadata!.resourceVersion = '5';
    const { code, body: status } = await apiError(
      ctx.core.createNamespacedService({ namespace: 'a1-dev', body }),
    );
    expect(code).toBe(500);
    expect(status.message).toContain(
      'resourceVersion should not be set on objects to be created',
    );
  });

  it('drops status on create for types with a status subresource', async () => {
    const ts: any = {
      ...transportServer('a1-dev', 'ts1'),
      status: { status: 'Ok' },
    };
    const created: any = await ctx.custom.createNamespacedCustomObject({
      group: 'cis.f5.com',
      version: 'v1',
      namespace: 'a1-dev',
      plural: 'transportservers',
      body: ts,
    });
    expect(created.status).toBeUndefined();
    expect(created.metadata.generation).toBe(1);
  });
});
