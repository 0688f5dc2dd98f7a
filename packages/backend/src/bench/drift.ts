import type { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { isDeepStrictEqual } from 'node:util';
import { CLUSTERS } from '../__testUtils__/harness';

const PORTER_SELECTOR = 'app.kubernetes.io/managed-by=porter-backstage';

/** How each kind Porter writes is edited by hand: a field Porter sets, set wrong. */
const EDITS: Record<string, { field: string[]; wrong: unknown }> = {
  services: { field: ['spec', 'ports', '0', 'port'], wrong: 1 },
  endpoints: {
    field: ['subsets', '0', 'addresses', '0', 'ip'],
    wrong: '192.0.2.1',
  },
  transportservers: { field: ['spec', 'virtualServerPort'], wrong: 1 },
  transportserverclaims: { field: ['spec', 'servicePort'], wrong: 1 },
};

export interface Drifted {
  cluster: string;
  kind: string;
  namespace: string;
  name: string;
  how: 'edited' | 'deleted';
  original: unknown;
}

const get = (object: any, path: string[]) =>
  path.reduce((o, key) => o?.[key], object);

/**
 * Drift, as people and other controllers cause it: of Porter's objects in
 * every cluster, every `1/fraction`-th (in a stable order) is edited (a
 * field Porter sets gets a wrong value) or deleted, alternately. Direct
 * changes, not API calls, so they do not count as Porter's.
 */
export function driftPorterObjects(
  emulator: KubernetesApiEmulator,
  fraction: number,
): Drifted[] {
  const step = Math.round(1 / fraction);
  const drifted: Drifted[] = [];
  for (const cluster of CLUSTERS) {
    const emulated = emulator.cluster(cluster);
    const objects = Object.keys(EDITS).flatMap(kind =>
      emulated
        .list(kind, { labelSelector: PORTER_SELECTOR })
        .map(o => ({ kind, o })),
    );
    objects.forEach(({ kind, o }, i) => {
      if (i % step !== step - 1) return;
      const { namespace, name } = o.metadata;
      const edit = EDITS[kind];
      const entry = {
        cluster,
        kind,
        namespace,
        name,
        original: get(o, edit.field),
      };
      if (drifted.length % 2 === 0) {
        emulated.update(kind, namespace, name, obj => {
          const parent = get(obj, edit.field.slice(0, -1));
          parent[edit.field[edit.field.length - 1]] = edit.wrong;
        });
        drifted.push({ ...entry, how: 'edited' });
      } else {
        emulated.remove(kind, namespace, name);
        drifted.push({ ...entry, how: 'deleted' });
      }
    });
  }
  return drifted;
}

/** How many drifted objects are back as Porter wrote them. */
export function restoredCount(
  emulator: KubernetesApiEmulator,
  drifted: Drifted[],
): number {
  return drifted.filter(d => {
    const now = emulator.cluster(d.cluster).get(d.kind, d.namespace, d.name);
    return (
      now !== undefined &&
      isDeepStrictEqual(get(now, EDITS[d.kind].field), d.original)
    );
  }).length;
}
