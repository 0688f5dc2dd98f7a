import type { ReconcileFinding } from '@internal/plugin-porter-common';
import type { FindingStore, NewFinding } from './FindingStore';
import { toIso } from './timestamps';
import type { Db } from './types';

const TABLE = 'porter_findings';

/** Reconciler findings, in `porter_findings`. */
export class DatabaseFindingStore implements FindingStore {
  async replace(
    db: Db,
    kind: ReconcileFinding['kind'],
    findings: NewFinding[],
    now: Date,
  ): Promise<void> {
    await db.transaction(async trx => {
      await trx(TABLE).where({ kind }).delete();
      const unique = new Map(
        findings.map(f => [`${f.cluster}/${f.namespace}/${f.name}`, f]),
      );
      for (const f of unique.values()) {
        await trx(TABLE).insert({ kind, ...f, observed_at: now });
      }
    });
  }

  async all(db: Db): Promise<ReconcileFinding[]> {
    const rows = await db(TABLE).orderBy([
      'kind',
      'cluster',
      'namespace',
      'name',
    ]);
    return rows.map(row => ({
      kind: row.kind,
      cluster: row.cluster,
      namespace: row.namespace,
      name: row.name,
      message: row.message,
      observedAt: toIso(row.observed_at),
    }));
  }
}
