import type { ClaimSide } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { toIso } from './ClaimStore';

type Db = Knex | Knex.Transaction;

/** The last observed state of each claim in each cluster. */
export class SideStore {
  async save(db: Db, claimId: number, sides: ClaimSide[]): Promise<void> {
    for (const side of sides) {
      const { cluster, phase, observedAt, ...detail } = side;
      await db('porter_claim_sides')
        .insert({
          claim_id: claimId,
          cluster,
          phase,
          detail: JSON.stringify(detail),
          observed_at: new Date(observedAt),
        })
        .onConflict(['claim_id', 'cluster'])
        .merge();
    }
  }

  async forClaims(
    db: Db,
    claimIds: number[],
  ): Promise<Map<number, ClaimSide[]>> {
    const byClaim = new Map<number, ClaimSide[]>();
    if (claimIds.length === 0) return byClaim;
    const rows = await db('porter_claim_sides')
      .whereIn('claim_id', claimIds)
      .orderBy('cluster');
    for (const row of rows) {
      const list = byClaim.get(Number(row.claim_id)) ?? [];
      list.push({
        cluster: row.cluster,
        phase: row.phase,
        ...JSON.parse(row.detail),
        observedAt: toIso(row.observed_at),
      });
      byClaim.set(Number(row.claim_id), list);
    }
    return byClaim;
  }
}
