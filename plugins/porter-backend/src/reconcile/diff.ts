import type { KubernetesObject } from '@internal/plugin-porter-common';

/** What to change in a cluster so that what is there matches the plan. */
export interface ObjectDiff {
  create: KubernetesObject[];
  update: Array<{
    desired: KubernetesObject;
    current: KubernetesObject;
    statusOnly: boolean;
  }>;
  remove: KubernetesObject[];
}

export const objectKey = (o: KubernetesObject) =>
  `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * Pure diff of planned against actual objects (both already narrowed to
 * Porter's own). An object is up to date when every field Porter sets is
 * there with the same value; fields the API server adds (clusterIP, uid,
 * defaults) are ignored. `status` is compared separately because it is
 * written through its own subresource.
 */
export function diffObjects(
  desired: KubernetesObject[],
  actual: KubernetesObject[],
): ObjectDiff {
  const current = new Map(actual.map(o => [objectKey(o), o]));
  const diff: ObjectDiff = { create: [], update: [], remove: [] };
  for (const want of desired) {
    const key = objectKey(want);
    const have = current.get(key);
    current.delete(key);
    if (!have) {
      diff.create.push(want);
      continue;
    }
    const { metadata: wantMeta, status: wantStatus, ...wantBody } = want as any;
    const { metadata: haveMeta, status: haveStatus, ...haveBody } = have as any;
    const bodyMatches =
      isSubset(wantBody, haveBody) &&
      isSubset(wantMeta.labels ?? {}, haveMeta.labels ?? {});
    const statusMatches =
      wantStatus === undefined || isSubset(wantStatus, haveStatus);
    if (!bodyMatches || !statusMatches) {
      diff.update.push({
        desired: want,
        current: have,
        statusOnly: bodyMatches,
      });
    }
  }
  diff.remove.push(...current.values());
  return diff;
}

/** Whether every field of `want` is in `have` with an equal value (arrays: same length, element-wise). */
export function isSubset(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) {
    return (
      Array.isArray(have) &&
      want.length === have.length &&
      want.every((w, i) => isSubset(w, have[i]))
    );
  }
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object' || Array.isArray(have))
      return false;
    return Object.entries(want).every(([k, v]) =>
      isSubset(v, (have as Record<string, unknown>)[k]),
    );
  }
  return want === have;
}
