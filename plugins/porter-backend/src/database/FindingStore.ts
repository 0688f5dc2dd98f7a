import type { ReconcileFinding } from '@internal/plugin-porter-common';
import type { Db } from './types';

/** A finding as a pass reports it; its kind and time are the pass's. */
export type NewFinding = Omit<ReconcileFinding, 'kind' | 'observedAt'>;

/** What the reconciler could not do, per kind; each pass replaces its kind's findings. */
export interface FindingStore {
  replace(
    db: Db,
    kind: ReconcileFinding['kind'],
    findings: NewFinding[],
    now: Date,
  ): Promise<void>;
  all(db: Db): Promise<ReconcileFinding[]>;
}
