import * as k8s from '@kubernetes/client-node';
import {
  apiError,
  service,
  transportServer,
} from '../../__testUtils__/clientNode';
import { useMswEmulator } from '../../__testUtils__/mswEmulator';

// The real client-node, through msw, against the emulator's PUT and PATCH.
const ctx = useMswEmulator({
  seed: () => [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
  ],
});

describe('replace', () => {
  it('answers 409 Conflict for a stale resourceVersion, 200 for the current one', async () => {
    const created = await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web'),
    });
    const stale = created.metadata!.resourceVersion!;
    const first = await ctx.core.replaceNamespacedService({
      name: 'web',
      namespace: 'a1-dev',
      body: {
        ...created,
        metadata: { ...created.metadata, labels: { v: '2' } },
      },
    });
    expect(first.metadata!.labels).toEqual({ v: '2' });
    expect(Number(first.metadata!.resourceVersion)).toBeGreaterThan(
      Number(stale),
    );
    // Allocated values survive, as on a real server.
    expect(first.spec!.clusterIP).toBe(created.spec!.clusterIP);

    const { code, body } = await apiError(
      ctx.core.replaceNamespacedService({
        name: 'web',
        namespace: 'a1-dev',
        body: {
          ...created,
          metadata: { ...created.metadata, labels: { v: '3' } },
        },
      }),
    );
    expect(code).toBe(409);
    expect(body).toMatchObject({
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on services "web": the object has been modified; please apply your changes to the latest version and try again',
      details: { name: 'web', kind: 'services' },
    });
  });

  it('answers 404 for an object that does not exist', async () => {
    const { code, body } = await apiError(
      ctx.core.replaceNamespacedService({
        name: 'web',
        namespace: 'a1-dev',
        body: service('a1-dev', 'web'),
      }),
    );
    expect(code).toBe(404);
    expect(body.message).toBe('services "web" not found');
  });

  it('keeps .status on main-resource writes; /status writes change only .status', async () => {
    const args = {
      group: 'cis.f5.com',
      version: 'v1',
      namespace: 'a1-dev',
      plural: 'transportservers',
    };
    await ctx.custom.createNamespacedCustomObject({
      ...args,
      body: transportServer('a1-dev', 'ts1'),
    });

    const current: any = await ctx.custom.getNamespacedCustomObject({
      ...args,
      name: 'ts1',
    });
    const withStatus: any =
      await ctx.custom.replaceNamespacedCustomObjectStatus({
        ...args,
        name: 'ts1',
        body: {
          ...current,
          spec: { ...current.spec, virtualServerPort: 1 },
          status: { status: 'Ok' },
        },
      });
    expect(withStatus.status).toEqual({ status: 'Ok' });
    expect(withStatus.spec.virtualServerPort).toBe(8000); // spec ignored on /status
    expect(withStatus.metadata.generation).toBe(1);

    const replaced: any = await ctx.custom.replaceNamespacedCustomObject({
      ...args,
      name: 'ts1',
      body: {
        ...withStatus,
        spec: { ...withStatus.spec, virtualServerPort: 9000 },
        status: { status: 'error' },
      },
    });
    expect(replaced.spec.virtualServerPort).toBe(9000);
    expect(replaced.status).toEqual({ status: 'Ok' }); // status ignored on the main resource
    expect(replaced.metadata.generation).toBe(2);

    const patched: any = await ctx.custom.patchNamespacedCustomObjectStatus(
      { ...args, name: 'ts1', body: { status: { vsAddress: '127.0.10.2' } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    expect(patched.status).toEqual({ status: 'Ok', vsAddress: '127.0.10.2' });
    const read: any = await ctx.custom.getNamespacedCustomObjectStatus({
      ...args,
      name: 'ts1',
    });
    expect(read.status.vsAddress).toBe('127.0.10.2');
  });

  it('does not bump resourceVersion for a no-op replace', async () => {
    const created = await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web'),
    });
    const same = await ctx.core.replaceNamespacedService({
      name: 'web',
      namespace: 'a1-dev',
      body: created,
    });
    expect(same.metadata!.resourceVersion).toBe(
      created.metadata!.resourceVersion,
    );
  });
});

describe('patch', () => {
  beforeEach(async () => {
    await ctx.core.createNamespacedService({
      namespace: 'a1-dev',
      body: service('a1-dev', 'web', { team: 'a', tier: 'db' }),
    });
  });

  it('applies a merge patch (RFC 7386: null removes)', async () => {
    const patched = await ctx.core.patchNamespacedService(
      {
        name: 'web',
        namespace: 'a1-dev',
        body: { metadata: { labels: { team: 'b', tier: null } } },
      },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    expect(patched.metadata!.labels).toEqual({ team: 'b' });
  });

  it('treats a strategic merge patch as a merge patch', async () => {
    const patched = await ctx.core.patchNamespacedService(
      {
        name: 'web',
        namespace: 'a1-dev',
        body: { metadata: { annotations: { a: '1' } } },
      },
      k8s.setHeaderOptions(
        'Content-Type',
        k8s.PatchStrategy.StrategicMergePatch,
      ),
    );
    expect(patched.metadata!.annotations).toEqual({ a: '1' });
  });

  it("applies a JSON patch (client-node's default patch type)", async () => {
    const patched = await ctx.core.patchNamespacedService({
      name: 'web',
      namespace: 'a1-dev',
      body: [
        { op: 'replace', path: '/metadata/labels/team', value: 'c' },
        { op: 'remove', path: '/metadata/labels/tier' },
        {
          op: 'add',
          path: '/metadata/labels/app.kubernetes.io~1name',
          value: 'web',
        },
      ],
    });
    expect(patched.metadata!.labels).toEqual({
      team: 'c',
      'app.kubernetes.io/name': 'web',
    });
  });

  it('answers 422 for a JSON patch that does not apply, and changes nothing', async () => {
    const { code, body } = await apiError(
      ctx.core.patchNamespacedService({
        name: 'web',
        namespace: 'a1-dev',
        body: [
          { op: 'replace', path: '/metadata/labels/team', value: 'x' },
          { op: 'remove', path: '/metadata/labels/missing' },
        ],
      }),
    );
    expect(code).toBe(422);
    expect(body.reason).toBe('Invalid');
    expect(
      ctx.cluster.get('Service', 'a1-dev', 'web').metadata.labels.team,
    ).toBe('a');
  });

  it('answers 409 when the patch carries a stale resourceVersion', async () => {
    const { code } = await apiError(
      ctx.core.patchNamespacedService(
        {
          name: 'web',
          namespace: 'a1-dev',
          body: { metadata: { resourceVersion: '1', labels: { x: 'y' } } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      ),
    );
    expect(code).toBe(409);
  });

  it('answers 415 for server-side apply, which the emulator does not do', async () => {
    const { code, body } = await apiError(
      ctx.core.patchNamespacedService(
        {
          name: 'web',
          namespace: 'a1-dev',
          body: { metadata: { labels: { x: 'y' } } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.ServerSideApply),
      ),
    );
    expect(code).toBe(415);
    expect(body.reason).toBe('UnsupportedMediaType');
  });
});
