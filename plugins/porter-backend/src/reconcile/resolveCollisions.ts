import type { KubernetesObject } from '@internal/plugin-porter-common';
import { objectKey } from './diff';
import { claimIdOfObject, claimKeyOfObject, describeObject } from './ownership';

export interface Collision {
  /** The planned object that is not written, for its claim. */
  object: KubernetesObject;
  /** Why, naming the claim that has the name. */
  reason: string;
}

/**
 * When two claims plan an object of the same kind and name in one cluster
 * (e.g. the cross-connect `db-5432-golddr` of a multi-port Service `db` and of
 * a single-port Service `db-5432`), only one may have it, and it must not
 * flip between them from pass to pass: the claim already labelled on the
 * object in the cluster keeps it, else the oldest claim (lowest id). Pure.
 */
export function resolveCollisions(
  desired: KubernetesObject[],
  actual: KubernetesObject[],
): { desired: KubernetesObject[]; collisions: Collision[] } {
  const holders = new Map(actual.map(o => [objectKey(o), claimIdOfObject(o)]));
  const byKey = new Map<string, KubernetesObject[]>();
  for (const object of desired) {
    const key = objectKey(object);
    byKey.set(key, [...(byKey.get(key) ?? []), object]);
  }
  const kept: KubernetesObject[] = [];
  const collisions: Collision[] = [];
  for (const [key, planned] of byKey) {
    const claims = new Set(planned.map(claimKeyOfObject));
    if (claims.size <= 1) {
      kept.push(planned[0]);
      continue;
    }
    const holderId = holders.get(key);
    const winner =
      planned.find(
        o => holderId !== undefined && claimIdOfObject(o) === holderId,
      ) ??
      [...planned].sort(
        (a, b) =>
          (claimIdOfObject(a) ?? Infinity) - (claimIdOfObject(b) ?? Infinity),
      )[0];
    kept.push(winner);
    for (const loser of planned) {
      if (claimKeyOfObject(loser) === claimKeyOfObject(winner)) continue;
      collisions.push({
        object: loser,
        reason:
          `${describeObject(
            loser,
          )} is also planned for claim '${claimKeyOfObject(
            winner,
          )}', which has it; Porter writes an object for one claim only. ` +
          'Delete one of the claims, or rename the target Service.',
      });
    }
  }
  return { desired: kept, collisions };
}
