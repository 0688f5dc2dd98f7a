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

  /** Sides in the given phases with their claims, most recently observed first. */
  async inPhases(
    db: Db,
    phases: ClaimSide['phase'][],
    limit: number,
  ): Promise<
    Array<{
      claim: {
        cluster: string;
        namespace: string;
        name: string;
        entityRef?: string;
      };
      side: ClaimSide;
    }>
  > {
    const rows = await db('porter_claim_sides as s')
      .join('porter_claims as c', 'c.id', 's.claim_id')
      .whereIn('s.phase', phases)
      .orderBy('s.observed_at', 'desc')
      .limit(limit)
      .select(
        's.cluster as side_cluster',
        's.phase',
        's.detail',
        's.observed_at',
        'c.cluster',
        'c.namespace',
        'c.name',
        'c.entity_ref',
      );
    return rows.map(row => ({
      claim: {
        cluster: row.cluster,
        namespace: row.namespace,
        name: row.name,
        entityRef: row.entity_ref ?? undefined,
      },
      side: {
        cluster: row.side_cluster,
        phase: row.phase,
        ...JSON.parse(row.detail),
        observedAt: toIso(row.observed_at),
      },
    }));
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
