import { PorterClient } from './PorterClient';

function fakeFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchFn = async (url: any, init: any) => {
    calls.push({ url, init });
    return new Response(
      typeof body === 'string' ? body : JSON.stringify(body),
      {
        status,
        headers: {
          'Content-Type':
            typeof body === 'string' ? 'application/yaml' : 'application/json',
        },
      },
    );
  };
  return { calls, fetchApi: { fetch: fetchFn as typeof fetch } };
}

const discoveryApi = {
  getBaseUrl: async (id: string) => `http://backend/api/${id}`,
};
const id = { cluster: 'gold', namespace: 'ns', name: 'db' };

describe('PorterClient', () => {
  it('encodes list filters as query parameters', async () => {
    const { calls, fetchApi } = fakeFetch(200, { items: [] });
    await new PorterClient({ discoveryApi, fetchApi }).listClaims({
      entityRef: 'component:default/db',
      cluster: undefined,
    });
    expect(calls[0].url).toBe(
      'http://backend/api/porter/claims?entityRef=component%3Adefault%2Fdb',
    );
  });

  it('PUTs a claim as JSON and reports whether it was created', async () => {
    const { calls, fetchApi } = fakeFetch(201, { name: 'db' });
    const result = await new PorterClient({
      discoveryApi,
      fetchApi,
    }).applyClaim(
      { cluster: 'gold', namespace: 'ns', name: 'db' },
      { spec: { service: 'db', servicePort: 5432 } },
    );
    expect(calls[0].url).toBe(
      'http://backend/api/porter/clusters/gold/namespaces/ns/claims/db',
    );
    expect(calls[0].init.method).toBe('PUT');
    expect(result).toEqual({ claim: { name: 'db' }, created: true });
  });

  it('posts YAML manifests as application/yaml', async () => {
    const { calls, fetchApi } = fakeFetch(200, { name: 'db' });
    const result = await new PorterClient({
      discoveryApi,
      fetchApi,
    }).applyManifest('silver', 'kind: X', {
      entityRef: 'component:default/db',
    });
    expect(calls[0].url).toBe(
      'http://backend/api/porter/clusters/silver/claims?entityRef=component%3Adefault%2Fdb',
    );
    expect((calls[0].init.headers as any)['Content-Type']).toBe(
      'application/yaml',
    );
    expect(result.created).toBe(false);
  });

  it('asks for a dry run with dryRun=true and returns the preview', async () => {
    const preview = { claim: { name: 'db' }, created: true, manifests: {} };
    const { calls, fetchApi } = fakeFetch(200, preview);
    const result = await new PorterClient({
      discoveryApi,
      fetchApi,
    }).previewClaim(id, { spec: { service: 'db', servicePort: 5432 } });
    expect(calls[0].url).toBe(
      'http://backend/api/porter/clusters/gold/namespaces/ns/claims/db?dryRun=true',
    );
    expect(calls[0].init.method).toBe('PUT');
    expect(result).toEqual(preview);
  });

  it('applies the NetworkPolicy fix to the clusters named', async () => {
    const { calls, fetchApi } = fakeFetch(200, { items: [] });
    await new PorterClient({ discoveryApi, fetchApi }).applyPolicyFix(id, {
      clusters: ['golddr'],
    });
    expect(JSON.parse(calls[0].init.body as string)).toEqual({
      clusters: ['golddr'],
    });
  });

  it('confirms a deletion guard with the number of deletions reviewed', async () => {
    const guard = {
      cluster: 'gold dr',
      holding: true,
      wouldDelete: 12,
      confirmed: {
        by: 'user:default/ada',
        at: '2026-11-24T09:00:00Z',
        objects: 12,
      },
    };
    const { calls, fetchApi } = fakeFetch(200, guard);
    const result = await new PorterClient({
      discoveryApi,
      fetchApi,
    }).confirmDeletionGuard('gold dr', 12);
    expect(calls[0].url).toBe(
      'http://backend/api/porter/admin/deletion-guards/gold%20dr/confirm',
    );
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as any)['Content-Type']).toBe(
      'application/json',
    );
    expect(JSON.parse(calls[0].init.body as string)).toEqual({ objects: 12 });
    expect(result).toEqual(guard);
  });

  it('reports a changed number of held deletions as a 409 with the server message', async () => {
    const { fetchApi } = fakeFetch(409, {
      error: {
        name: 'ConflictError',
        message:
          "The deletion guard in cluster 'gold' now holds 14 deletions, not 12",
      },
      request: { method: 'POST', url: '/x' },
      response: { statusCode: 409 },
    });
    await expect(
      new PorterClient({ discoveryApi, fetchApi }).confirmDeletionGuard(
        'gold',
        12,
      ),
    ).rejects.toMatchObject({
      statusCode: 409,
      message:
        "The deletion guard in cluster 'gold' now holds 14 deletions, not 12 (HTTP 409)",
    });
  });

  it('throws the server message on errors', async () => {
    const { fetchApi } = fakeFetch(409, {
      error: { name: 'ConflictError', message: 'already exposed by claim x' },
      request: { method: 'PUT', url: '/x' },
      response: { statusCode: 409 },
    });
    await expect(
      new PorterClient({ discoveryApi, fetchApi }).getClaim({
        cluster: 'a',
        namespace: 'b',
        name: 'c',
      }),
    ).rejects.toThrow(/already exposed by claim x/);
  });

  it.each([
    [
      'getPolicy',
      (c: PorterClient) => c.getPolicy(id),
      'GET',
      '/clusters/gold/namespaces/ns/claims/db/policy',
    ],
    [
      'applyPolicyFix',
      (c: PorterClient) => c.applyPolicyFix(id),
      'POST',
      '/clusters/gold/namespaces/ns/claims/db/policy',
    ],
    [
      'testClaim',
      (c: PorterClient) => c.testClaim(id),
      'POST',
      '/clusters/gold/namespaces/ns/claims/db/test',
    ],
    [
      'listServices',
      (c: PorterClient) => c.listServices('gold', 'ns'),
      'GET',
      '/clusters/gold/namespaces/ns/services',
    ],
    [
      'getNamespaceAccess',
      (c: PorterClient) => c.getNamespaceAccess('silver', 'team a'),
      'GET',
      '/clusters/silver/namespaces/team%20a/access',
    ],
    ['listPools', (c: PorterClient) => c.listPools(), 'GET', '/pools'],
    [
      'getAdminOverview',
      (c: PorterClient) => c.getAdminOverview(),
      'GET',
      '/admin/overview',
    ],
    [
      'listClaims with a page',
      (c: PorterClient) => c.listClaims({ limit: 50, cursor: 'abc' }),
      'GET',
      '/claims?limit=50&cursor=abc',
    ],
  ])('%s calls %s %s', async (_, call, method, path) => {
    const { calls, fetchApi } = fakeFetch(200, { items: [] });
    expect(await call(new PorterClient({ discoveryApi, fetchApi }))).toEqual({
      items: [],
    });
    expect(calls[0].url).toBe(`http://backend/api/porter${path}`);
    expect(calls[0].init.method).toBe(method);
  });
});
