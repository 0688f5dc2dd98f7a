import {
  CLAIM_CLUSTER_LABEL,
  CLAIM_ID_LABEL,
  CLAIM_NAME_LABEL,
} from '@internal/plugin-porter-common';
import type { KubernetesObject } from '@internal/plugin-porter-common';
import { diffObjects, objectKey } from './diff';
import { diffByNamespace } from './diffByNamespace';
import { resolveCollisions } from './resolveCollisions';

const object = (
  namespace: string,
  name: string,
  claimId: number,
  port = 1,
): KubernetesObject =>
  ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      namespace,
      name,
      labels: {
        [CLAIM_ID_LABEL]: String(claimId),
        [CLAIM_CLUSTER_LABEL]: 'silver',
        [CLAIM_NAME_LABEL]: `c${claimId}`,
      },
    },
    spec: { ports: [{ port }] },
  } as KubernetesObject);

const keys = (objects: KubernetesObject[]) => objects.map(objectKey).sort();

describe('diffByNamespace', () => {
  it('gives what the whole-cluster diff gives, collisions included, over many namespaces', async () => {
    const want: KubernetesObject[] = [];
    const actual: KubernetesObject[] = [];
    for (let n = 0; n < 300; n++) {
      const ns = `ns${n}`;
      want.push(object(ns, 'same', 1), object(ns, 'changed', 2, 2));
      want.push(object(ns, 'new', 3));
      // Two claims plan one name; the one labelled in the cluster keeps it.
      want.push(object(ns, 'shared', 4), object(ns, 'shared', 5));
      actual.push(object(ns, 'same', 1), object(ns, 'changed', 2, 1));
      actual.push(object(ns, 'shared', 5), object(ns, 'stale', 6));
    }
    actual.push(object('only-here', 'orphan', 7));

    const whole = resolveCollisions(want, actual);
    const expected = diffObjects(whole.desired, actual);
    const { diff, collisions } = await diffByNamespace(want, actual);

    expect(keys(diff.create)).toEqual(keys(expected.create));
    expect(keys(diff.remove)).toEqual(keys(expected.remove));
    expect(keys(diff.update.map(u => u.desired))).toEqual(
      keys(expected.update.map(u => u.desired)),
    );
    expect(collisions.map(c => c.reason).sort()).toEqual(
      whole.collisions.map(c => c.reason).sort(),
    );
    expect(diff.create).toHaveLength(300);
    expect(diff.update).toHaveLength(300);
    expect(diff.remove).toHaveLength(301);
    expect(collisions).toHaveLength(300);
  });

  it('lets other work run between batches', async () => {
    const want = Array.from({ length: 5000 }, (_, i) =>
      object(`ns${i % 500}`, `s${i}`, i),
    );
    let ranMeanwhile = false;
    setImmediate(() => {
      ranMeanwhile = true;
    });
    const running = diffByNamespace(want, want);
    const { diff } = await running;
    expect(ranMeanwhile).toBe(true);
    expect(diff).toEqual({ create: [], update: [], remove: [] });
  });
});
