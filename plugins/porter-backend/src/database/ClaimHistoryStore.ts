import type {
  ClaimEvent,
  ClaimEventType,
  ClaimId,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { Db } from './types';

export interface NewEvent {
  type: ClaimEventType;
  message: string;
  data?: Record<string, unknown>;
}

/** Events recorded at one time for one claim. */
export interface HistoryEntry {
  /** The claim, with its entity at the time (kept with the events). */
  claim: ClaimId & { entityRef?: string };
  events: NewEvent[];
  /** Who made the change; none for the reconciler. */
  actor?: string;
  at: Date;
}

/**
 * Each claim's history, kept by (cluster, namespace, name) so that it
 * outlives the claim: a deleted claim's events can still be read.
 */
export interface ClaimHistoryStore {
  /**
   * Records events at one time. `claim.entityRef` (the claim's entity then)
   * is kept with them, so a deleted claim's history is read-checked like the claim.
   */
  add(trx: Knex.Transaction, entry: HistoryEntry): Promise<void>;
  /** A claim's events, oldest first. */
  events(db: Db, claim: ClaimId): Promise<ClaimEvent[]>;
  /** The entity of a claim's latest event that names one (for a deleted claim's history). */
  lastEntityRef(db: Db, claim: ClaimId): Promise<string | undefined>;
  /** Which of the given `cluster/namespace/name` keys this database deleted (a 'deleted' event). */
  deletedKeys(db: Db, keys: string[]): Promise<Set<string>>;
}
