import type { ClaimSide } from '@internal/plugin-porter-common';
import type { Db } from './types';

/** A side with the claim it belongs to. */
export interface ClaimSideOfClaim {
  claim: {
    cluster: string;
    namespace: string;
    name: string;
    entityRef?: string;
  };
  side: ClaimSide;
}

/** The last observed state of each claim in each cluster (its sides). */
export interface SideStore {
  /**
   * Saves the sides that changed (phase or detail); an unchanged side keeps
   * its row, and its "last looked" time comes from the cluster's
   * observation (ObservationStore). So a pass writes only what changed.
   * Returns how many were written.
   */
  saveChanged(db: Db, sides: Map<number, ClaimSide[]>): Promise<number>;
  /**
   * Sets a claim's sides as given, whatever they were (a changed claim's
   * sides start over as Pending, inside the change's transaction).
   */
  reset(db: Db, claimId: number, sides: ClaimSide[]): Promise<void>;
  /** Sides in the given phases with their claims, most recently observed first. */
  inPhases(
    db: Db,
    phases: ClaimSide['phase'][],
    limit: number,
  ): Promise<ClaimSideOfClaim[]>;
  /** The sides of the given claims, by claim, each claim's in cluster order. */
  forClaims(db: Db, claimIds: number[]): Promise<Map<number, ClaimSide[]>>;
}
