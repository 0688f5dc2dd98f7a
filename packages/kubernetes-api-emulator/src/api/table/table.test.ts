import { KubernetesApiEmulator } from '../../KubernetesApiEmulator';
import { service, transportServer } from '../../__testUtils__/clientNode';

// Server-side printing as kubectl asks for it, through the transport-independent handle().
const TABLE =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
const emulator = new KubernetesApiEmulator();
const cluster = emulator.cluster('gold');

async function get(url: string, accept = TABLE) {
  const res = await emulator.handle('gold', {
    method: 'GET',
    url,
    headers: { accept },
  });
  return { status: res.status, body: JSON.parse(res.body) };
}

const header = (body: any, wide = true) =>
  body.columnDefinitions
    .filter((c: any) => wide || c.priority === 0)
    .map((c: any) => c.name.toUpperCase());

beforeAll(() => {
  cluster.seed([
    {
      ...service('ns1', 'yourservice'),
      spec: {
        type: 'NodePort',
        selector: { name: 'yourappslabel' },
        ports: [{ name: 'tcp', port: 8000, nodePort: 30080 }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'yourservice', namespace: 'ns1' },
      subsets: [
        {
          addresses: ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'].map(
            ip => ({ ip }),
          ),
          ports: [{ name: 'tcp', port: 8000 }],
        },
      ],
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p1', namespace: 'ns1' },
      spec: { containers: [{ name: 'main', image: 'app' }] },
      status: {
        phase: 'Running',
        podIP: '10.0.0.1',
        containerStatuses: [{ name: 'main', ready: true, restartCount: 2 }],
      },
    },
    transportServer('ns1', 'yourservice-tsc', {
      virtualServerAddress: '142.34.194.68',
      virtualServerPort: 65555,
    }),
  ]);
  cluster.update('ts', 'ns1', 'yourservice-tsc', ts => {
    ts.status = { vsAddress: 'None', status: 'Ok' };
  });
});

describe('Tables for kubectl get', () => {
  it("prints TransportServers with the CRD's printer columns (the seed document's)", async () => {
    const { status, body } = await get(
      '/apis/cis.f5.com/v1/namespaces/ns1/transportservers?limit=500',
    );
    expect(status).toBe(200);
    expect(body.kind).toBe('Table');
    expect(body.apiVersion).toBe('meta.k8s.io/v1');
    expect(header(body)).toEqual([
      'NAME',
      'VIRTUALSERVERADDRESS',
      'VIRTUALSERVERPORT',
      'POOL',
      'POOLPORT',
      'IPAMLABEL',
      'IPAMVSADDRESS',
      'STATUS',
      'AGE',
    ]);
    expect(body.metadata.resourceVersion).toBe(
      cluster.list('ts')[0].metadata.resourceVersion,
    );
    const [row] = body.rows;
    // poolPort is a string column over an integer; ipamLabel is absent (null → kubectl prints nothing)
    expect(row.cells.slice(0, 8)).toEqual([
      'yourservice-tsc',
      '142.34.194.68',
      65555,
      'yourservice',
      '8000',
      null,
      'None',
      'Ok',
    ]);
    expect(row.cells[8]).toMatch(/^\d+s$/);
    expect(row.object).toEqual({
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
      metadata: cluster.get('ts', 'ns1', 'yourservice-tsc').metadata,
    });
  });

  it('prints Services and Endpoints as the API server does, Selector only with -o wide', async () => {
    const svc = (await get('/api/v1/namespaces/ns1/services')).body;
    expect(header(svc, false)).toEqual([
      'NAME',
      'TYPE',
      'CLUSTER-IP',
      'EXTERNAL-IP',
      'PORT(S)',
      'AGE',
    ]);
    expect(header(svc)).toContain('SELECTOR');
    const cells = svc.rows[0].cells;
    expect([cells[0], cells[1], cells[3], cells[4], cells[6]]).toEqual([
      'yourservice',
      'NodePort',
      '<none>',
      '8000:30080/TCP',
      'name=yourappslabel',
    ]);
    expect(cells[2]).toMatch(/^172\.30\./);

    const ep = (await get('/api/v1/namespaces/ns1/endpoints')).body;
    expect(header(ep)).toEqual(['NAME', 'ENDPOINTS', 'AGE']);
    expect(ep.rows[0].cells[1]).toBe(
      '10.0.0.1:8000,10.0.0.2:8000,10.0.0.3:8000 + 1 more...',
    );
  });

  it('prints pods with readiness and restarts, IP and node only with -o wide', async () => {
    const { body } = await get('/api/v1/namespaces/ns1/pods/p1');
    expect(header(body, false)).toEqual([
      'NAME',
      'READY',
      'STATUS',
      'RESTARTS',
      'AGE',
    ]);
    expect(body.rows).toHaveLength(1);
    const cells = body.rows[0].cells;
    expect([
      cells[0],
      cells[1],
      cells[2],
      cells[3],
      cells[5],
      cells[6],
    ]).toEqual(['p1', '1/1', 'Running', '2', '10.0.0.1', '<none>']);
  });

  it('gives TransportServerClaims their own columns, Monitor only with -o wide', async () => {
    cluster.seed([
      {
        apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
        kind: 'TransportServerClaim',
        metadata: { name: 'yourservice-tsc', namespace: 'ns1' },
        spec: {
          service: 'yourservice',
          servicePort: 8000,
          monitor: { type: 'tcp' },
        },
        status: { address: '142.34.194.68', port: '65555' },
      },
    ]);
    const { body } = await get(
      '/apis/porter.devops.gov.bc.ca/v1alpha1/namespaces/ns1/transportserverclaims',
    );
    expect(header(body, false)).toEqual([
      'NAME',
      'SERVICE',
      'SERVICE PORT',
      'ADDRESS',
      'PORT',
      'AGE',
    ]);
    expect(body.rows[0].cells.slice(0, 6)).toEqual([
      'yourservice-tsc',
      'yourservice',
      8000,
      '142.34.194.68',
      '65555',
      'tcp',
    ]);
  });

  it('prints kinds without a printer of their own as NAME and CREATED AT', async () => {
    cluster.seed([
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: {
          name: 'backup',
          namespace: 'ns1',
          creationTimestamp: '2026-01-01T00:00:00Z',
        },
      },
    ]);
    const { body } = await get('/apis/batch/v1/namespaces/ns1/jobs');
    expect(header(body)).toEqual(['NAME', 'CREATED AT']);
    expect(body.rows[0].cells).toEqual(['backup', '2026-01-01T00:00:00Z']);
  });

  it('includes the full object or none on request, and serves meta.k8s.io/v1beta1', async () => {
    const full = (
      await get('/api/v1/namespaces/ns1/services?includeObject=Object')
    ).body;
    expect(full.rows[0].object.kind).toBe('Service');
    expect(full.rows[0].object.spec.type).toBe('NodePort');
    const none = (
      await get('/api/v1/namespaces/ns1/services?includeObject=None')
    ).body;
    expect(none.rows[0].object).toBeUndefined();
    const beta = (
      await get(
        '/api/v1/namespaces/ns1/services',
        'application/json;as=Table;v=v1beta1;g=meta.k8s.io',
      )
    ).body;
    expect(beta.apiVersion).toBe('meta.k8s.io/v1beta1');
    expect(beta.rows[0].object.apiVersion).toBe('meta.k8s.io/v1beta1');
  });

  it('pages Tables like lists (continue in the Table metadata)', async () => {
    cluster.seed([service('ns1', 'second')]);
    const first = (await get('/api/v1/namespaces/ns1/services?limit=1')).body;
    expect(first.rows).toHaveLength(1);
    expect(first.metadata.continue).toBeDefined();
    const next = (
      await get(
        `/api/v1/namespaces/ns1/services?limit=1&continue=${first.metadata.continue}`,
      )
    ).body;
    expect(next.rows.map((r: any) => r.cells[0])).toEqual(['yourservice']);
  });

  it('answers plain JSON to plain clients, and 406 when nothing it writes is acceptable', async () => {
    expect(
      (await get('/api/v1/namespaces/ns1/services', 'application/json')).body
        .kind,
    ).toBe('ServiceList');
    expect(
      (await get('/api/v1/namespaces/ns1/services', '*/*')).body.kind,
    ).toBe('ServiceList');
    const refused = await get(
      '/api/v1/namespaces/ns1/services',
      'application/vnd.kubernetes.protobuf',
    );
    expect(refused.status).toBe(406);
    expect(refused.body).toMatchObject({
      kind: 'Status',
      reason: 'NotAcceptable',
      code: 406,
    });
  });
});
