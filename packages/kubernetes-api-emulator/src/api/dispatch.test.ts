import { KubernetesApiEmulator } from '../KubernetesApiEmulator';

// Routing and method handling, through the transport-independent handle().
const emulator = new KubernetesApiEmulator();
const send = async (method: string, url: string, body?: unknown) => {
  const res = await emulator.handle('silver', {
    method,
    url,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: JSON.parse(res.body),
  };
};

beforeAll(() => {
  emulator
    .cluster('silver')
    .seed([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
    ]);
});

describe('dispatch', () => {
  it.each([
    '/',
    '/healthz',
    '/api/v2/pods',
    '/apis/apps/v1/namespaces/a1-dev/widgets',
    '/api/v1/namespaces/a1-dev/secrets',
    '/apis/metrics.k8s.io/v1beta1/nodes',
    '/api/v1/namespaces/a1-dev/services/web/proxy',
    '/apis/cis.f5.com/v1/transportservers/x',
  ])('answers 404 with the generic Status for %s', async path => {
    const res = await send('GET', path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server could not find the requested resource',
      reason: 'NotFound',
      details: {},
      code: 404,
    });
  });

  it('only lists on the cluster-wide path of a namespaced type (405 for POST)', async () => {
    const res = await send('POST', '/api/v1/services', {
      metadata: { name: 'x' },
    });
    expect(res.status).toBe(405);
    expect(res.body.reason).toBe('MethodNotAllowed');
  });

  it('allows only the verbs a computed type declares (405 otherwise)', async () => {
    const res = await send(
      'POST',
      '/apis/metrics.k8s.io/v1beta1/namespaces/a1-dev/pods',
      { metadata: { name: 'x' } },
    );
    expect(res.status).toBe(405);
    expect(res.body.reason).toBe('MethodNotAllowed');
  });

  it('answers an empty list, not 404, for every kind the Kubernetes plugin lists', async () => {
    for (const path of [
      '/api/v1/namespaces/a1-dev/configmaps',
      '/api/v1/namespaces/a1-dev/limitranges',
      '/api/v1/namespaces/a1-dev/resourcequotas',
      '/apis/apps/v1/namespaces/a1-dev/deployments',
      '/apis/apps/v1/namespaces/a1-dev/replicasets',
      '/apis/apps/v1/namespaces/a1-dev/statefulsets',
      '/apis/apps/v1/namespaces/a1-dev/daemonsets',
      '/apis/autoscaling/v2/namespaces/a1-dev/horizontalpodautoscalers',
      '/apis/batch/v1/namespaces/a1-dev/jobs',
      '/apis/batch/v1/namespaces/a1-dev/cronjobs',
      '/apis/networking.k8s.io/v1/namespaces/a1-dev/ingresses',
      '/apis/metrics.k8s.io/v1beta1/namespaces/a1-dev/pods',
    ]) {
      const res = await send(
        'GET',
        `${path}?labelSelector=backstage.io%2Fkubernetes-id%3Dweb`,
      );
      expect([path, res.status, res.body.items]).toEqual([path, 200, []]);
    }
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await emulator.handle('silver', {
      method: 'POST',
      url: '/api/v1/namespaces/a1-dev/services',
      headers: {},
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).message).toMatch(
      /^couldn't get version\/kind; json parse error/,
    );
  });

  it('answers 400 for a body of another kind', async () => {
    const res = await send('POST', '/api/v1/namespaces/a1-dev/services', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'x' },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      'the kind in the data (Pod) does not match the expected kind (Service)',
    );
  });

  it('serves the namespace object and its status', async () => {
    expect(
      (await send('GET', '/api/v1/namespaces/a1-dev')).body.metadata.name,
    ).toBe('a1-dev');
    expect(
      (await send('GET', '/api/v1/namespaces/a1-dev/status')).body.status.phase,
    ).toBe('Active');
  });
});
