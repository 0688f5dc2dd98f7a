import * as k8s from '@kubernetes/client-node';
import { apiError } from '../../__testUtils__/clientNode';
import { useMswEmulator } from '../../__testUtils__/mswEmulator';

const pod = (name: string, phase: string, labels: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'a1-dev', labels },
  spec: {
    containers: [
      { name: 'main', image: 'app' },
      { name: 'sidecar', image: 'proxy' },
    ],
  },
  status: { phase },
});

const ctx = useMswEmulator({
  seed: () => [
    pod('web-1', 'Running', { 'backstage.io/kubernetes-id': 'web' }),
    pod('web-2', 'Pending', { 'backstage.io/kubernetes-id': 'web' }),
    pod('db-1', 'Running', { 'backstage.io/kubernetes-id': 'db' }),
  ],
});

// What the Kubernetes plugin does for an entity's pods: metrics plus pods, through client-node's topPods.
describe('pod metrics (metrics.k8s.io)', () => {
  it('reports zero usage per container of each Running pod, label-selected', async () => {
    const metrics = new k8s.Metrics(ctx.kc);
    const all = await metrics.getPodMetrics('a1-dev');
    expect(all.items.map(m => m.metadata.name)).toEqual(['db-1', 'web-1']);
    expect(all.items[1].containers).toEqual([
      { name: 'main', usage: { cpu: '0', memory: '0' } },
      { name: 'sidecar', usage: { cpu: '0', memory: '0' } },
    ]);
    const top = await k8s.topPods(ctx.core, metrics, 'a1-dev');
    expect(top.map(p => [p.Pod.metadata!.name, p.CPU.CurrentUsage])).toEqual([
      ['db-1', 0],
      ['web-1', 0],
      ['web-2', 0],
    ]);

    const res = await ctx.emulator.handle('silver', {
      method: 'GET',
      url: '/apis/metrics.k8s.io/v1beta1/namespaces/a1-dev/pods?labelSelector=backstage.io%2Fkubernetes-id%3Dweb',
      headers: {},
    });
    const body = JSON.parse(res.body);
    expect(body.kind).toBe('PodMetricsList');
    expect(body.items.map((m: any) => m.metadata.name)).toEqual(['web-1']);
  });

  it("reads one pod's metrics, 404 for a pod that is not running", async () => {
    const custom = ctx.custom;
    const one: any = await custom.getNamespacedCustomObject({
      group: 'metrics.k8s.io',
      version: 'v1beta1',
      namespace: 'a1-dev',
      plural: 'pods',
      name: 'web-1',
    });
    expect(one.kind).toBe('PodMetrics');
    const { code, body } = await apiError(
      custom.getNamespacedCustomObject({
        group: 'metrics.k8s.io',
        version: 'v1beta1',
        namespace: 'a1-dev',
        plural: 'pods',
        name: 'web-2',
      }),
    );
    expect([code, body.message]).toEqual([
      404,
      'pods.metrics.k8s.io "web-2" not found',
    ]);
  });
});
