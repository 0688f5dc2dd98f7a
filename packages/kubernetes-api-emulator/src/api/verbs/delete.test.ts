import {
  apiError,
  service,
  transportServer,
} from '../../__testUtils__/clientNode';
import { useMswEmulator } from '../../__testUtils__/mswEmulator';

// The real client-node, through msw, against the emulator's DELETE.
const ctx = useMswEmulator({
  seed: () => [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
  ],
});

describe('delete', () => {
  it('answers 200 with a Success Status, then 404', async () => {
    const args = {
      group: 'cis.f5.com',
      version: 'v1',
      namespace: 'a1-dev',
      plural: 'transportservers',
    };
    const created: any = await ctx.custom.createNamespacedCustomObject({
      ...args,
      body: transportServer('a1-dev', 'ts1'),
    });
    const res: any = await ctx.custom.deleteNamespacedCustomObject({
      ...args,
      name: 'ts1',
    });
    expect(res).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: {
        name: 'ts1',
        group: 'cis.f5.com',
        kind: 'transportservers',
        uid: created.metadata.uid,
      },
      code: 200,
    });
    const gone = await apiError(
      ctx.custom.getNamespacedCustomObject({ ...args, name: 'ts1' }),
    );
    expect(gone.code).toBe(404);
    expect(gone.body.message).toBe(
      'transportservers.cis.f5.com "ts1" not found',
    );
  });

  it('answers a Service delete with the deleted Service, as the real store does', async () => {
    const created = await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web'),
    });
    const res = await ctx.core.deleteNamespacedService({
      name: 'web',
      namespace: 'a1-dev',
    });
    expect(res.kind).toBe('Service');
    expect(res.metadata!.uid).toBe(created.metadata!.uid);
    const { code, body } = await apiError(
      ctx.core.readNamespacedService({ name: 'web', namespace: 'a1-dev' }),
    );
    expect(code).toBe(404);
    expect(body.reason).toBe('NotFound');
    const again = await apiError(
      ctx.core.deleteNamespacedService({ name: 'web', namespace: 'a1-dev' }),
    );
    expect(again.code).toBe(404);
  });

  it('honours DeleteOptions preconditions (409 on mismatch)', async () => {
    await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web'),
    });
    const { code, body } = await apiError(
      ctx.core.deleteNamespacedService({
        name: 'web',
        namespace: 'a1-dev',
        body: { preconditions: { resourceVersion: '1' } },
      }),
    );
    expect(code).toBe(409);
    expect(body.message).toContain(
      'Precondition failed: ResourceVersion in precondition: 1',
    );
  });

  it('deleting a namespace deletes what is in it', async () => {
    await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web'),
    });
    await ctx.core.deleteNamespace({ name: 'a1-dev' });
    expect(ctx.cluster.list('services')).toEqual([]);
  });
});
