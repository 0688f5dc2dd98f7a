import { matchesFields, parseFieldSelector } from '../fieldSelector';
import { matchesLabels, parseLabelSelector } from '../labelSelector';
import { kubeTimestamp } from '../objectLifecycle';
import type { ApiResult } from '../request';
import type { ResourceType, VerbContext, VerbHandler } from '../resourceType';
import { notFound } from '../status';

/**
 * metrics-server's `metrics.k8s.io/v1beta1` pods, as the Kubernetes plugin's
 * tab (and `kubectl top pod`) read them. Nothing runs in an EMULATED cluster,
 * so every Running pod reports zero usage for each of its containers; a pod
 * that is not Running has no metrics, as with metrics-server.
 */
function podMetrics(pod: any, now: string) {
  return {
    metadata: {
      name: pod.metadata.name,
      namespace: pod.metadata.namespace,
      creationTimestamp: now,
      ...(pod.metadata.labels ? { labels: pod.metadata.labels } : {}),
    },
    timestamp: now,
    window: '30s',
    containers: (pod.spec?.containers ?? []).map((c: any) => ({
      name: c.name,
      usage: { cpu: '0', memory: '0' },
    })),
  };
}

/** The stored pods of the request's namespace (or all) that are Running. */
function runningPods(ctx: VerbContext) {
  const pods: ResourceType = ctx.store.typeOf('v1', 'Pod')!;
  return ctx.store
    .list(pods, ctx.namespace)
    .filter(p => p.status?.phase === 'Running');
}

const list: VerbHandler = ctx => {
  const labels = parseLabelSelector(
    ctx.request.query.get('labelSelector') ?? undefined,
  );
  const fields = parseFieldSelector(
    ctx.resource,
    ctx.request.query.get('fieldSelector') ?? undefined,
  );
  const now = kubeTimestamp();
  const items = runningPods(ctx)
    .filter(
      p =>
        matchesLabels(labels, p.metadata.labels) &&
        matchesFields(fields, p.metadata),
    )
    .map(p => podMetrics(p, now));
  const result: ApiResult = {
    status: 200,
    body: {
      kind: 'PodMetricsList',
      apiVersion: ctx.resource.apiVersion,
      metadata: {},
      items,
    },
  };
  return result;
};

const get: VerbHandler = ctx => {
  const pod = runningPods(ctx).find(p => p.metadata.name === ctx.name);
  if (!pod) throw notFound(ctx.resource, ctx.name!);
  return {
    status: 200,
    body: {
      kind: 'PodMetrics',
      apiVersion: ctx.resource.apiVersion,
      ...podMetrics(pod, kubeTimestamp()),
    },
  };
};

export const podMetricsHandlers = { list, get };
