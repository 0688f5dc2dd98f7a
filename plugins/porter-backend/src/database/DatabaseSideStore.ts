import type { ClaimSide } from '@internal/plugin-porter-common';
import { chunks, ID_CHUNK } from './chunks';
import { toSide } from './claimStatusRows';
import { rowsByClaim } from './rowsByClaim';
import type { ClaimSideOfClaim, SideStore } from './SideStore';
import type { Db } from './types';

const TABLE = 'porter_claim_sides';

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

/** Claim sides, in `porter_claim_sides`. */
export class DatabaseSideStore implements SideStore {
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
    for (const batch of chunks(changed, ID_CHUNK)) {
      await db(TABLE).insert(batch).onConflict(['claim_id', 'cluster']).merge();
    }
    return changed.length;
  }

  async reset(db: Db, claimId: number, sides: ClaimSide[]): Promise<void> {
    if (sides.length === 0) return;
    await db(TABLE)
      .insert(sides.map(side => toRow(claimId, side)))
      .onConflict(['claim_id', 'cluster'])
      .merge();
  }

  async inPhases(
    db: Db,
    phases: ClaimSide['phase'][],
    limit: number,
  ): Promise<ClaimSideOfClaim[]> {
    const rows = await db(`${TABLE} as s`)
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
      side: toSide({ ...row, cluster: row.side_cluster }),
    }));
  }

  forClaims(db: Db, claimIds: number[]): Promise<Map<number, ClaimSide[]>> {
    return rowsByClaim(db, {
      table: TABLE,
      claimIds,
      orderBy: 'cluster',
      toItem: toSide,
    });
  }
}
