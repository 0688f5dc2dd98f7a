import type { ObjectStore } from '../../cluster/ObjectStore';
import { matchesFields, parseFieldSelector } from '../fieldSelector';
import { matchesLabels, parseLabelSelector } from '../labelSelector';
import { ResourceType } from '../resources';
import { ApiResult } from '../request';
import { badRequest, notFound } from '../status';

/** GET one object: 404 NotFound with the real message when it is absent. */
export function getObject(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
): ApiResult {
  const found = store.get(type, namespace, name);
  if (!found) throw notFound(type, name);
  return { status: 200, body: found };
}

const encodeContinue = (lastKey: string) =>
  Buffer.from(JSON.stringify({ start: lastKey }), 'utf8').toString('base64url');

function decodeContinue(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed.start === 'string') return parsed.start;
  } catch {
    // fall through to the real server's complaint
  }
  throw badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

/**
 * LIST in a namespace or across all of them, filtered by label and field
 * selectors, optionally paged with limit/continue. Items carry apiVersion and
 * kind so that callers need not patch them in.
 */
export function listObjects(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  query: URLSearchParams,
): ApiResult {
  const labels = parseLabelSelector(query.get('labelSelector') ?? undefined);
  const fields = parseFieldSelector(
    type,
    query.get('fieldSelector') ?? undefined,
  );
  let items = store
    .list(type, namespace)
    .filter(
      o =>
        matchesLabels(labels, o.metadata.labels) &&
        matchesFields(fields, o.metadata),
    );

  const keyOf = (o: { metadata: { namespace?: string; name: string } }) =>
    `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  const token = query.get('continue');
  if (token) {
    const start = decodeContinue(token);
    items = items.filter(o => keyOf(o) > start);
  }
  const metadata: Record<string, unknown> = {
    resourceVersion: store.resourceVersion,
  };
  const limit = Number(query.get('limit') ?? 0);
  if (limit > 0 && items.length > limit) {
    metadata.remainingItemCount = items.length - limit;
    items = items.slice(0, limit);
    metadata.continue = encodeContinue(keyOf(items[items.length - 1]));
  }
  return {
    status: 200,
    body: {
      apiVersion: type.apiVersion,
      kind: `${type.kind}List`,
      metadata,
      items,
    },
  };
}
