import type { KubernetesObject } from '@internal/plugin-porter-common';
import { checkDeletions } from './deletionGuard';

const objects = (n: number): KubernetesObject[] =>
  Array.from({ length: n }, (_, i) => ({
    apiVersion: 'cis.f5.com/v1',
    kind: 'TransportServer',
    metadata: { name: `ts-${i}`, namespace: 'ns' },
  }));
const limits = { maxObjects: 10, maxShare: 0.5 };

describe('checkDeletions', () => {
  it.each<[string, number, number, number, number | undefined, boolean]>([
    // label, garbage, unexplained, total, confirmed, hold
    ['nothing to delete', 0, 0, 20, undefined, false],
    [
      'leftovers of claims this database deleted, however many',
      30,
      0,
      30,
      undefined,
      false,
    ],
    ['a few unexplained objects of many', 2, 2, 20, undefined, false],
    ['exactly the share', 10, 10, 20, undefined, false],
    ['more than the share', 11, 11, 20, undefined, true],
    ['more than the count, under the share', 11, 11, 100, undefined, true],
    [
      'everything, in a small cluster (an empty database)',
      3,
      3,
      3,
      undefined,
      true,
    ],
    ['confirmed by an administrator', 11, 11, 20, 11, false],
    ['more than was confirmed', 12, 12, 20, 11, true],
  ])('%s', (_, garbage, unexplained, total, confirmed, hold) => {
    expect(
      checkDeletions({
        garbage: objects(garbage),
        unexplained: objects(unexplained),
        total,
        limits,
        confirmed,
      }).hold,
    ).toBe(hold);
  });

  it('says what it held back and why', () => {
    const decision = checkDeletions({
      garbage: objects(12),
      unexplained: objects(12),
      total: 12,
      limits,
    });
    expect(decision).toEqual({
      hold: true,
      reason:
        "This pass would delete 12 of Porter's 12 objects in the cluster (100%) whose claims this database has no record of, " +
        'more than porter.reconcile.deletionGuard.maxObjects (10) and more than maxShare (0.5). ' +
        'Porter deleted nothing. Is the database the right one? An administrator confirms the deletions in the overview ' +
        '(or with POST /admin/deletion-guards/{cluster}/confirm) if they are wanted.',
    });
  });
});
