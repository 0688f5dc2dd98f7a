import * as k8s from '@kubernetes/client-node';
import { apiError, transportServer } from '../__testUtils__/clientNode';
import { useMswEmulator } from '../__testUtils__/mswEmulator';
import { apiResourceList } from './discovery';

const ctx = useMswEmulator({
  seed: () => [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
  ],
});
let objects: k8s.KubernetesObjectApi;
beforeEach(() => {
  objects = k8s.KubernetesObjectApi.makeApiClient(ctx.kc);
});

describe('discovery documents', () => {
  it('lists each served type, main resource before its status subresource', () => {
    const cis = apiResourceList('cis.f5.com/v1');
    expect(cis.resources.map(r => r.name)).toEqual([
      'transportservers',
      'transportservers/status',
    ]);
    expect(cis.resources[0]).toMatchObject({
      kind: 'TransportServer',
      namespaced: true,
      singularName: 'transportserver',
    });
    const core = apiResourceList('v1').resources.filter(
      r => !r.name.includes('/'),
    );
    expect(core.map(r => [r.name, r.kind, r.namespaced])).toEqual([
      ['namespaces', 'Namespace', false],
      ['services', 'Service', true],
      ['endpoints', 'Endpoints', true],
      ['pods', 'Pod', true],
      ['configmaps', 'ConfigMap', true],
      ['limitranges', 'LimitRange', true],
      ['resourcequotas', 'ResourceQuota', true],
    ]);
  });

  it('states what kubectl reads: short names, categories and verbs', () => {
    const porter = apiResourceList('porter.devops.gov.bc.ca/v1alpha1');
    expect(porter.resources[0]).toMatchObject({
      name: 'transportserverclaims',
      shortNames: ['tsc', 'tscs'],
      verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    });
    expect(apiResourceList('cis.f5.com/v1').resources[0]).toMatchObject({
      shortNames: ['ts'],
    });
    const deployments = apiResourceList('apps/v1').resources[0];
    expect(deployments).toMatchObject({
      name: 'deployments',
      shortNames: ['deploy'],
      categories: ['all'],
    });
    // metrics are computed: read-only, no status subresource
    expect(apiResourceList('metrics.k8s.io/v1beta1').resources).toEqual([
      {
        name: 'pods',
        singularName: 'podmetrics',
        namespaced: true,
        kind: 'PodMetrics',
        verbs: ['get', 'list'],
      },
    ]);
  });

  it('is served at /api/v1, /apis/{g}/{v}, /apis and /version', async () => {
    const get = async (url: string) => {
      const res = await ctx.emulator.handle('silver', {
        method: 'GET',
        url,
        headers: {},
      });
      return { status: res.status, body: JSON.parse(res.body) };
    };
    expect((await get('/api/v1')).body.kind).toBe('APIResourceList');
    expect(
      (await get('/apis/porter.devops.gov.bc.ca/v1alpha1')).body.resources[0]
        .kind,
    ).toBe('TransportServerClaim');
    const groups = (await get('/apis')).body.groups.map((g: any) => g.name);
    expect(groups).toEqual([
      'apps',
      'autoscaling',
      'batch',
      'networking.k8s.io',
      'discovery.k8s.io',
      'metrics.k8s.io',
      'cis.f5.com',
      'porter.devops.gov.bc.ca',
      'rbac.authorization.k8s.io',
    ]);
    expect((await get('/version')).body.gitVersion).toContain('emulator');
    expect((await get('/apis/apps/v1beta1')).status).toBe(404);
    expect((await get('/apis/example.com/v1')).status).toBe(404);
  });
});

describe('KubernetesObjectApi (uses discovery)', () => {
  it('creates, reads, lists, replaces and deletes a TransportServer', async () => {
    const created = await objects.create(
      transportServer('a1-dev', 'ts1', {}, { team: 'a' }),
    );
    expect((created.metadata as any).uid).toBeDefined();
    const paths = ctx.emulator
      .cluster('silver')
      .requests.map(r => `${r.method} ${r.path}`);
    expect(paths).toEqual([
      'GET /apis/cis.f5.com/v1',
      'POST /apis/cis.f5.com/v1/namespaces/a1-dev/transportservers',
    ]);

    const read: any = await objects.read({
      apiVersion: 'cis.f5.com/v1',
      kind: 'TransportServer',
      metadata: { name: 'ts1', namespace: 'a1-dev' },
    });
    expect(read.spec.virtualServerAddress).toBe('127.0.10.2');

    const list = await objects.list(
      'cis.f5.com/v1',
      'TransportServer',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'team=a',
    );
    expect(list.items.map(i => i.metadata?.name)).toEqual(['ts1']);

    const replaced: any = await objects.replace({
      ...read,
      spec: { ...read.spec, virtualServerPort: 9000 },
    });
    expect(replaced.spec.virtualServerPort).toBe(9000);
    const stale = await apiError(
      objects.replace({
        ...read,
        spec: { ...read.spec, virtualServerPort: 9001 },
      }),
    );
    expect(stale.code).toBe(409);

    await objects.delete({
      apiVersion: 'cis.f5.com/v1',
      kind: 'TransportServer',
      metadata: { name: 'ts1', namespace: 'a1-dev' },
    });
    const gone = await apiError(objects.read(read));
    expect(gone.code).toBe(404);
    expect(gone.body.reason).toBe('NotFound');
  });

  it('handles core kinds and cluster-scoped kinds', async () => {
    await objects.create({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'b2-prod' },
    });
    await objects.create({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'deny-all', namespace: 'b2-prod' },
      spec: { podSelector: {} },
    } as any);
    const policy: any = ctx.emulator
      .cluster('silver')
      .get('NetworkPolicy', 'b2-prod', 'deny-all');
    expect(policy.spec.policyTypes).toEqual(['Ingress']);
    const namespaces = await objects.list('v1', 'Namespace');
    expect(namespaces.items.map(n => n.metadata?.name)).toEqual([
      'a1-dev',
      'b2-prod',
    ]);
  });

  it('fails for a kind the emulator does not serve, as for an unknown kind on a cluster', async () => {
    await expect(
      objects.read({
        apiVersion: 'cis.f5.com/v1',
        kind: 'VirtualServer',
        metadata: { name: 'x', namespace: 'a1-dev' },
      }),
    ).rejects.toThrow(
      'Unrecognized API version and kind: cis.f5.com/v1 VirtualServer',
    );
  });
});
