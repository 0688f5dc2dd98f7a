import type { ClaimId, KubernetesObject } from '@internal/plugin-porter-common';
import { Kind, MANAGED_KINDS, NETWORK_POLICY } from '../clusters/kinds';
import type { ClusterView } from '../clusters/watch/ClusterView';
import { hasLabels } from '../clusters/watch/ClusterViews';
import { porterLabels } from '../planning/labels';
import {
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  INSTANCE_LABEL,
} from '@internal/plugin-porter-common';

/**
 * This portal's objects in a cluster, from its view (no API call): those
 * with Porter's mark and this portal's identity, so other portals' objects
 * and everyone else's are never seen, repaired or collected.
 * - `cluster`: everything this portal has there (the reconciler);
 * - `claims`: the objects labelled for these claims' keys;
 * - `ids`: the objects of these claims by id (removal).
 */
export function listPorterObjects(
  view: ClusterView,
  instance: string,
  scope:
    | { type: 'cluster' }
    | { type: 'claims'; claims: ClaimId[] }
    | { type: 'ids'; claims: Array<ClaimId & { id: number }> },
  kinds: Kind[] = MANAGED_KINDS,
): KubernetesObject[] {
  const ours = {
    [MANAGED_BY_LABEL]: MANAGED_BY_VALUE,
    [INSTANCE_LABEL]: instance,
  };
  const wanted =
    scope.type === 'cluster'
      ? undefined
      : scope.claims.map(c => ({
          namespace: c.namespace,
          labels: porterLabels(
            scope.type === 'ids' ? c : { ...c, id: undefined },
            instance,
          ),
        }));
  const objects: KubernetesObject[] = [];
  for (const kind of kinds) {
    if (!wanted) {
      objects.push(...view.list(kind).filter(o => hasLabels(o, ours)));
      continue;
    }
    for (const { namespace, labels } of wanted) {
      objects.push(
        ...view.list(kind, namespace).filter(o => hasLabels(o, labels)),
      );
    }
  }
  return objects;
}

/** The kinds a claim's removal and garbage collection look at: what it plans, and its NetworkPolicy. */
export const COLLECTED_KINDS: Kind[] = [...MANAGED_KINDS, NETWORK_POLICY];
