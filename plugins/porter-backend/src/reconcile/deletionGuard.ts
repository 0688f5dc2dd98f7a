import type { KubernetesObject } from '@internal/plugin-porter-common';

export interface DeletionGuardLimits {
  maxObjects: number;
  maxShare: number;
}

/**
 * Whether a pass may delete the garbage it found in one cluster. Pure.
 *
 * Objects of claims this database deleted itself (their leftovers, e.g. when
 * the cluster was down at the time) are expected and always go. The others,
 * objects of claims this database has no record of, are what an empty or
 * wrong database pointed at live clusters would delete: more than
 * `maxObjects` of them, or more than `maxShare` of this portal's objects in
 * the cluster, holds every deletion back until an administrator confirms at
 * least that many (or the condition clears).
 */
export function checkDeletions(input: {
  /** Objects the pass would delete because their claim is gone. */
  garbage: KubernetesObject[];
  /** Of those, the ones whose claim this database never deleted. */
  unexplained: KubernetesObject[];
  /** This portal's objects in the cluster. */
  total: number;
  limits: DeletionGuardLimits;
  /** An administrator's confirmation: this many unexplained deletions may go. */
  confirmed?: number;
}): { hold: false } | { hold: true; reason: string } {
  const { unexplained, total, limits, confirmed } = input;
  const count = unexplained.length;
  if (count === 0) return { hold: false };
  const share = total > 0 ? count / total : 1;
  const overCount = count > limits.maxObjects;
  const overShare = share > limits.maxShare;
  if (!overCount && !overShare) return { hold: false };
  if (confirmed !== undefined && count <= confirmed) return { hold: false };
  const percent = Math.round(share * 100);
  return {
    hold: true,
    reason:
      `This pass would delete ${count} of Porter's ${total} objects in the cluster ` +
      `(${percent}%) whose claims this database has no record of` +
      `${
        overCount
          ? `, more than porter.reconcile.deletionGuard.maxObjects (${limits.maxObjects})`
          : ''
      }` +
      `${
        overShare
          ? `${overCount ? ' and' : ','} more than maxShare (${
              limits.maxShare
            })`
          : ''
      }. ` +
      'Porter deleted nothing. Is the database the right one? An administrator confirms the deletions ' +
      'in the overview (or with POST /admin/deletion-guards/{cluster}/confirm) if they are wanted.',
  };
}
