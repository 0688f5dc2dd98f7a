import { chunks, ID_CHUNK } from './chunks';
import type { Db } from './types';

/**
 * A table's rows for the given claims, grouped by claim id, each claim's
 * rows in `orderBy` order. One query per chunk of ids.
 */
export async function rowsByClaim<T>(
  db: Db,
  request: {
    table: string;
    claimIds: number[];
    orderBy: string;
    toItem: (row: any) => T;
  },
): Promise<Map<number, T[]>> {
  const byClaim = new Map<number, T[]>();
  for (const ids of chunks(request.claimIds, ID_CHUNK)) {
    const rows = await db(request.table)
      .whereIn('claim_id', ids)
      .orderBy([{ column: 'claim_id' }, { column: request.orderBy }]);
    for (const row of rows) {
      const claimId = Number(row.claim_id);
      const list = byClaim.get(claimId) ?? [];
      list.push(request.toItem(row));
      byClaim.set(claimId, list);
    }
  }
  return byClaim;
}
