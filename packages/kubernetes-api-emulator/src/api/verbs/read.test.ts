import {
  apiError,
  service,
  transportServer,
} from '../../__testUtils__/clientNode';
import { useMswEmulator } from '../../__testUtils__/mswEmulator';

// The real client-node, through msw, against GET and LIST.
const managed = { 'app.kubernetes.io/managed-by': 'porter-backstage' };
const ctx = useMswEmulator({
  cluster: 'gold',
  seed: () => [
    service('a1-dev', 'web', { app: 'web', tier: 'front' }),
    service('a1-dev', 'db', { app: 'db', tier: 'back' }),
    service('a1-dev', 'cache', { app: 'cache' }),
    service('b2-prod', 'web', { app: 'web', tier: 'front' }),
    transportServer('a1-dev', 'ts-web', {}, managed),
    transportServer('b2-prod', 'ts-web', {}, managed),
    transportServer(
      'b2-prod',
      'ts-other',
      {},
      {
        'app.kubernetes.io/managed-by': 'someone-else',
      },
    ),
  ],
});

const names = (list: { items: any[] }) =>
  list.items.map(i => `${i.metadata.namespace}/${i.metadata.name}`);

describe('get', () => {
  it('reads an object', async () => {
    const svc = await ctx.core.readNamespacedService({
      name: 'db',
      namespace: 'a1-dev',
    });
    expect(svc.metadata!.labels).toEqual({ app: 'db', tier: 'back' });
  });

  it('answers 404 NotFound with the real Status body', async () => {
    const { code, body } = await apiError(
      ctx.core.readNamespacedService({ name: 'nope', namespace: 'a1-dev' }),
    );
    expect(code).toBe(404);
    expect(body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'services "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', kind: 'services' },
      code: 404,
    });
  });
});

describe('list', () => {
  it('lists a namespace with an equality selector', async () => {
    const list = await ctx.core.listNamespacedService({
      namespace: 'a1-dev',
      labelSelector: 'tier=front',
    });
    expect(names(list)).toEqual(['a1-dev/web']);
    expect(list.kind).toBe('ServiceList');
    expect(list.apiVersion).toBe('v1');
    expect(Number(list.metadata!.resourceVersion)).toBeGreaterThan(0);
    // Items carry apiVersion and kind.
    expect(list.items[0]).toMatchObject({ apiVersion: 'v1', kind: 'Service' });
  });

  it('lists with set-based and negated requirements', async () => {
    const inSet = await ctx.core.listNamespacedService({
      namespace: 'a1-dev',
      labelSelector: 'app in (web,db)',
    });
    expect(names(inSet)).toEqual(['a1-dev/db', 'a1-dev/web']);
    const notIn = await ctx.core.listNamespacedService({
      namespace: 'a1-dev',
      labelSelector: 'tier notin (front)',
    });
    expect(names(notIn)).toEqual(['a1-dev/cache', 'a1-dev/db']);
    const without = await ctx.core.listNamespacedService({
      namespace: 'a1-dev',
      labelSelector: '!tier',
    });
    expect(names(without)).toEqual(['a1-dev/cache']);
    const both = await ctx.core.listNamespacedService({
      namespace: 'a1-dev',
      labelSelector: 'tier,app!=db',
    });
    expect(names(both)).toEqual(['a1-dev/web']);
  });

  it('lists across namespaces', async () => {
    const list = await ctx.core.listServiceForAllNamespaces({
      labelSelector: 'app==web',
    });
    expect(names(list)).toEqual(['a1-dev/web', 'b2-prod/web']);
  });

  it('lists custom objects cluster-wide and namespaced', async () => {
    const args = {
      group: 'cis.f5.com',
      version: 'v1',
      plural: 'transportservers',
    };
    const all: any = await ctx.custom.listClusterCustomObject({
      ...args,
      labelSelector: 'app.kubernetes.io/managed-by=porter-backstage',
    });
    expect(all.kind).toBe('TransportServerList');
    expect(all.apiVersion).toBe('cis.f5.com/v1');
    expect(names(all)).toEqual(['a1-dev/ts-web', 'b2-prod/ts-web']);
    const one: any = await ctx.custom.listNamespacedCustomObject({
      ...args,
      namespace: 'b2-prod',
    });
    expect(names(one)).toEqual(['b2-prod/ts-other', 'b2-prod/ts-web']);
  });

  it('filters by metadata.name field selector', async () => {
    const list = await ctx.core.listServiceForAllNamespaces({
      fieldSelector: 'metadata.name=web',
    });
    expect(names(list)).toEqual(['a1-dev/web', 'b2-prod/web']);
    const { code, body } = await apiError(
      ctx.core.listServiceForAllNamespaces({
        fieldSelector: 'spec.type=NodePort',
      }),
    );
    expect(code).toBe(400);
    expect(body.message).toBe('field label not supported: spec.type');
  });

  it('answers 400 for a selector it cannot parse', async () => {
    const { code, body } = await apiError(
      ctx.core.listNamespacedService({
        namespace: 'a1-dev',
        labelSelector: 'app in (web',
      }),
    );
    expect(code).toBe(400);
    expect(body.reason).toBe('BadRequest');
    expect(body.message).toMatch(/^unable to parse requirement/);
  });

  it('pages with limit and continue', async () => {
    const first = await ctx.core.listServiceForAllNamespaces({ limit: 3 });
    expect(names(first)).toEqual(['a1-dev/cache', 'a1-dev/db', 'a1-dev/web']);
    expect(first.metadata!.remainingItemCount).toBe(1);
    const rest = await ctx.core.listServiceForAllNamespaces({
      limit: 3,
      _continue: first.metadata!._continue,
    });
    expect(names(rest)).toEqual(['b2-prod/web']);
    expect(rest.metadata!._continue).toBeUndefined();
  });

  it('lists namespaces, which carry the metadata.name label', async () => {
    const list = await ctx.core.listNamespace({
      labelSelector: 'kubernetes.io/metadata.name=b2-prod',
    });
    expect(list.items.map(n => n.metadata!.name)).toEqual(['b2-prod']);
    expect(list.items[0].status!.phase).toBe('Active');
  });
});
