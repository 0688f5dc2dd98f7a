import type { ClaimId, KubernetesObject } from '@internal/plugin-porter-common';
import { ClusterClient } from '../clusters/ClusterClient';
import { Kind, MANAGED_KINDS, NETWORK_POLICY } from '../clusters/kinds';
import { instanceSelector, porterLabels, selectorOf } from '../planning/labels';

/**
 * This portal's objects in a cluster, one label-selected list per kind (and
 * per claim for `claims`): Porter's mark and this portal's identity, so other
 * portals' objects and everyone else's are never seen, repaired or collected.
 * - `cluster`: everything this portal has there (the reconciler);
 * - `claims`: the objects labelled for these claims' keys;
 * - `ids`: the objects of these claims by id (removal).
 */
export async function listPorterObjects(
  client: ClusterClient,
  instance: string,
  scope:
    | { type: 'cluster' }
    | { type: 'claims'; claims: ClaimId[] }
    | { type: 'ids'; claims: Array<ClaimId & { id: number }> },
  kinds: Kind[] = MANAGED_KINDS,
): Promise<KubernetesObject[]> {
  const selectors: Array<{ namespace?: string; labelSelector: string }> =
    scope.type === 'cluster'
      ? [{ labelSelector: instanceSelector(instance) }]
      : scope.claims.map(c => {
          const labels = porterLabels(
            scope.type === 'ids' ? c : { ...c, id: undefined },
            instance,
          );
          return { namespace: c.namespace, labelSelector: selectorOf(labels) };
        });
  const objects: KubernetesObject[] = [];
  for (const kind of kinds) {
    for (const selector of selectors) {
      objects.push(...(await client.list(kind, selector)));
    }
  }
  return objects;
}

/** The kinds a claim's removal and garbage collection look at: what it plans, and its NetworkPolicy. */
export const COLLECTED_KINDS: Kind[] = [...MANAGED_KINDS, NETWORK_POLICY];
