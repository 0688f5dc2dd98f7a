import * as k8s from '@kubernetes/client-node';
import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { modelType, toModel, toWire } from './wireFormat';

const policy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'allow-from-f5-ingress', namespace: 'ns' },
  spec: {
    podSelector: { matchLabels: { app: 'db' } },
    ingress: [
      {
        from: [
          {
            namespaceSelector: {
              matchLabels: { 'network.openshift.io/policy-group': 'ingress' },
            },
          },
        ],
        ports: [{ protocol: 'TCP', port: 5432 }],
      },
    ],
    policyTypes: ['Ingress'],
  },
};

describe('wire format', () => {
  it('names model types as client-node does', () => {
    expect(modelType('networking.k8s.io/v1', 'NetworkPolicy')).toBe(
      'V1NetworkPolicy',
    );
    expect(modelType('v1', 'Service')).toBe('V1Service');
  });

  it('round-trips a NetworkPolicy through client-node without losing `from`', async () => {
    const emulator = new KubernetesApiEmulator({ clusters: ['c'] });
    emulator
      .cluster('c')
      .seed([
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns' } },
      ]);
    const server = await emulator.listen('c');
    try {
      const kc = new k8s.KubeConfig();
      kc.loadFromOptions({
        clusters: [{ name: 'c', server: server.url, skipTLSVerify: true }],
        users: [{ name: 'u' }],
        contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
        currentContext: 'x',
      });
      const api = k8s.KubernetesObjectApi.makeApiClient(kc);
      await api.create(
        toModel(policy, modelType(policy.apiVersion, policy.kind)) as any,
      );
      // What the cluster stored is what Porter meant.
      expect(
        emulator.cluster('c').get('NetworkPolicy', 'ns', policy.metadata.name)
          .spec.ingress[0].from,
      ).toEqual(policy.spec.ingress[0].from);
      // And what Porter reads back is JSON again.
      const read = toWire(
        await api.read({
          apiVersion: policy.apiVersion,
          kind: policy.kind,
          metadata: policy.metadata,
        }),
      ) as any;
      expect(read.spec).toEqual(policy.spec);
      expect(read.metadata.creationTimestamp).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
      );
    } finally {
      await server.close();
    }
  });

  it('passes custom resources through unchanged', () => {
    const ts = {
      apiVersion: 'cis.f5.com/v1',
      kind: 'TransportServer',
      metadata: { name: 'x' },
      spec: { pool: { service: 'db' } },
    };
    expect(toModel(ts, modelType(ts.apiVersion, ts.kind))).toEqual(ts);
    expect(toWire(ts)).toEqual(ts);
  });
});
