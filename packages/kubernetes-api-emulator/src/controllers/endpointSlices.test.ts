import { EmulatedCluster } from '../cluster/EmulatedCluster';

const service = (selector?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'db', namespace: 'ns' },
  spec: {
    selector,
    ports: [{ name: 'pg', port: 5432, targetPort: 'postgres' }],
  },
});

const pod = (
  name: string,
  labels: Record<string, string>,
  status: { ready?: boolean; phase?: string; podIP?: string } = {},
) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'ns', labels },
  spec: {
    containers: [
      { name: 'pg', ports: [{ name: 'postgres', containerPort: 15432 }] },
    ],
  },
  status: {
    phase: status.phase ?? 'Running',
    podIP: status.podIP ?? '10.0.0.1',
    conditions:
      status.ready === undefined
        ? []
        : [{ type: 'Ready', status: status.ready ? 'True' : 'False' }],
  },
});

const slice = (cluster: EmulatedCluster) =>
  cluster.get('endpointslices', 'ns', 'db-emulated');

describe('the emulated EndpointSlice controller', () => {
  it('lists the pods a Service selects, with Kubernetes readiness', () => {
    const cluster = new EmulatedCluster('c');
    cluster.seed([
      service({ app: 'db' }),
      pod('ready', { app: 'db' }, { ready: true, podIP: '10.0.0.2' }),
      pod('starting', { app: 'db' }, { ready: false }),
      pod('no-condition', { app: 'db' }),
      pod('done', { app: 'db' }, { ready: true, phase: 'Succeeded' }),
      pod('other', { app: 'web' }, { ready: true }),
    ]);
    const current = slice(cluster);
    expect(current.metadata.labels['kubernetes.io/service-name']).toBe('db');
    expect(
      current.endpoints.map((e: any) => [e.targetRef.name, e.conditions.ready]),
    ).toEqual([
      ['no-condition', false],
      ['ready', true],
      ['starting', false],
    ]);
    expect(current.endpoints[1].addresses).toEqual(['10.0.0.2']);
    // A named target port is resolved on the pods.
    expect(current.ports).toEqual([
      { name: 'pg', port: 15432, protocol: 'TCP' },
    ]);
  });

  it('follows pods that join, leave, become ready or terminate', () => {
    const cluster = new EmulatedCluster('c');
    cluster.seed([service({ app: 'db' })]);
    expect(slice(cluster).endpoints).toEqual([]);

    cluster.seed([pod('p', { app: 'db' }, { ready: false })]);
    expect(slice(cluster).endpoints[0].conditions.ready).toBe(false);
    cluster.update('pods', 'ns', 'p', p => {
      p.status.conditions = [{ type: 'Ready', status: 'True' }];
    });
    expect(slice(cluster).endpoints[0].conditions.ready).toBe(true);
    cluster.update('pods', 'ns', 'p', p => {
      p.metadata.deletionTimestamp = '2026-11-26T00:00:00Z';
    });
    expect(slice(cluster).endpoints[0].conditions).toEqual({
      ready: false,
      serving: true,
      terminating: true,
    });
    cluster.update('pods', 'ns', 'p', p => {
      p.metadata.labels = { app: 'elsewhere' };
    });
    expect(slice(cluster).endpoints).toEqual([]);
  });

  it('removes the slice with the Service or its selector, and leaves a selector-less Service alone', () => {
    const cluster = new EmulatedCluster('c');
    cluster.seed([service({ app: 'db' })]);
    expect(slice(cluster)).toBeDefined();
    cluster.update('services', 'ns', 'db', s => {
      delete s.spec.selector;
    });
    expect(slice(cluster)).toBeUndefined();
    cluster.update('services', 'ns', 'db', s => {
      s.spec.selector = { app: 'db' };
    });
    cluster.remove('services', 'ns', 'db');
    expect(slice(cluster)).toBeUndefined();
  });

  it('writes nothing when nothing changed', () => {
    const cluster = new EmulatedCluster('c');
    cluster.seed([
      service({ app: 'db' }),
      pod('p', { app: 'db' }, { ready: true }),
    ]);
    const version = slice(cluster).metadata.resourceVersion;
    cluster.update('pods', 'ns', 'p', p => {
      p.metadata.annotations = { note: 'irrelevant' };
    });
    expect(slice(cluster).metadata.resourceVersion).toBe(version);
  });
});
