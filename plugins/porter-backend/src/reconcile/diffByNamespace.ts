import type { KubernetesObject } from '@internal/plugin-porter-common';
import { diffObjects, ObjectDiff } from './diff';
import { Collision, resolveCollisions } from './resolveCollisions';

/** Objects compared before the event loop is let go to the API's requests. */
const BATCH_OBJECTS = 2000;

const namespaceOf = (o: KubernetesObject) => o.metadata.namespace ?? '';

function byNamespace(objects: KubernetesObject[]) {
  const groups = new Map<string, KubernetesObject[]>();
  for (const o of objects) {
    const group = groups.get(namespaceOf(o));
    if (group) group.push(o);
    else groups.set(namespaceOf(o), [o]);
  }
  return groups;
}

/**
 * `resolveCollisions` then `diffObjects`, one namespace at a time. Both key
 * objects by kind, namespace and name, so the answer is the one they give
 * over a whole cluster; in between, a cluster with tens of thousands of
 * objects lets requests waiting on the event loop run.
 */
export async function diffByNamespace(
  want: KubernetesObject[],
  actual: KubernetesObject[],
): Promise<{ diff: ObjectDiff; collisions: Collision[] }> {
  const wanted = byNamespace(want);
  const present = byNamespace(actual);
  const diff: ObjectDiff = { create: [], update: [], remove: [] };
  const collisions: Collision[] = [];
  let compared = 0;
  for (const namespace of new Set([...wanted.keys(), ...present.keys()])) {
    const here = present.get(namespace) ?? [];
    const resolved = resolveCollisions(wanted.get(namespace) ?? [], here);
    collisions.push(...resolved.collisions);
    const part = diffObjects(resolved.desired, here);
    diff.create.push(...part.create);
    diff.update.push(...part.update);
    diff.remove.push(...part.remove);
    compared += resolved.desired.length + here.length;
    if (compared >= BATCH_OBJECTS) {
      compared = 0;
      await new Promise<void>(resolve => setImmediate(resolve));
    }
  }
  return { diff, collisions };
}
