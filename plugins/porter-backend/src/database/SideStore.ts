import type { ClaimSide } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { toIso } from './ClaimStore';

type Db = Knex | Knex.Transaction;

const CHUNK = 500;

function toRow(claimId: number, side: ClaimSide) {
  const { cluster, phase, observedAt, ...detail } = side;
  return {
    claim_id: claimId,
    cluster,
    phase,
    detail: JSON.stringify(detail),
    observed_at: new Date(observedAt),
  };
}

/** The last observed state of each claim in each cluster. */
export class SideStore {
  /**
   * Saves the sides that changed (phase or detail), in batches; an unchanged
   * side keeps its row, and its "last looked" time comes from the cluster's
   * observation (ObservationStore). So a pass writes only what changed.
   */
  async saveChanged(db: Db, sides: Map<number, ClaimSide[]>): Promise<number> {
    const current = await this.forClaims(db, [...sides.keys()]);
    const changed = [...sides].flatMap(([claimId, list]) =>
      list
        .filter(side => {
          const before = current
            .get(claimId)
            ?.find(s => s.cluster === side.cluster);
          if (!before) return true;
          const a = toRow(claimId, side);
          const b = toRow(claimId, before);
          return a.phase !== b.phase || a.detail !== b.detail;
        })
        .map(side => toRow(claimId, side)),
    );
    for (let i = 0; i < changed.length; i += CHUNK) {
      await db('porter_claim_sides')
        .insert(changed.slice(i, i + CHUNK))
        .onConflict(['claim_id', 'cluster'])
        .merge();
    }
    return changed.length;
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
    const rows: any[] = [];
    for (let i = 0; i < claimIds.length; i += CHUNK) {
      rows.push(
        ...(await db('porter_claim_sides')
          .whereIn('claim_id', claimIds.slice(i, i + CHUNK))
          .orderBy('cluster')),
      );
    }
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
