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
});
