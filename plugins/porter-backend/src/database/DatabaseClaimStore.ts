import { normalizeEntityRef } from '@internal/plugin-porter-common';
import type { ClaimId, ClaimSpec } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type {
  ClaimQuery,
  ClaimRecord,
  ClaimStore,
  ClaimTarget,
  ClaimWithStatus,
  NewClaim,
} from './ClaimStore';
import { statusColumns, statusOf } from './claimStatusRows';
import { chunks, ID_CHUNK, TUPLE_CHUNK } from './chunks';
import { toIso } from './timestamps';
import type { Db } from './types';

/** The claims, in `porter_claims`. */
export class DatabaseClaimStore implements ClaimStore {
  async get(db: Db, id: ClaimId): Promise<ClaimRecord | undefined> {
    const row = await db('porter_claims')
      .where({ cluster: id.cluster, namespace: id.namespace, name: id.name })
      .first();
    return row ? toRecord(row) : undefined;
  }

  async getById(db: Db, id: number): Promise<ClaimRecord | undefined> {
    const row = await db('porter_claims').where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  async getByTarget(
    db: Db,
    target: ClaimTarget,
  ): Promise<ClaimRecord | undefined> {
    const row = await db('porter_claims')
      .where({
        cluster: target.cluster,
        namespace: target.namespace,
        service: target.service,
        service_port: target.servicePort,
      })
      .first();
    return row ? toRecord(row) : undefined;
  }

  async getByIds(db: Db, ids: number[]): Promise<ClaimRecord[]> {
    const records: ClaimRecord[] = [];
    for (const chunk of chunks(ids, ID_CHUNK)) {
      const rows = await db('porter_claims').whereIn('id', chunk).select();
      records.push(...rows.map(toRecord));
    }
    return records;
  }

  async admission(
    db: Db,
    target: ClaimTarget,
  ): Promise<{ count: number; onTarget?: { id: number; name: string } }> {
    // At most one claim per target (a unique index), so MAX picks it.
    const onTarget = 'CASE WHEN service = ? AND service_port = ? THEN';
    const at = [target.service, target.servicePort];
    const row = await db('porter_claims')
      .where({ cluster: target.cluster, namespace: target.namespace })
      .first(
        db.raw('COUNT(*) AS count'),
        db.raw(`MAX(${onTarget} id END) AS target_id`, at),
        db.raw(`MAX(${onTarget} name END) AS target_name`, at),
      );
    return {
      count: Number(row?.count ?? 0),
      onTarget:
        row?.target_id === null || row?.target_id === undefined
          ? undefined
          : { id: Number(row.target_id), name: row.target_name },
    };
  }

  async list(db: Db, filter: ClaimQuery): Promise<ClaimRecord[]> {
    return (await this.listQuery(db, filter).select()).map(toRecord);
  }

  async listWithStatus(db: Db, filter: ClaimQuery): Promise<ClaimWithStatus[]> {
    const rows = await this.listQuery(db, filter).select(
      'porter_claims.*',
      ...statusColumns(db),
    );
    return rows.map(row => ({ record: toRecord(row), ...statusOf(row) }));
  }

  private listQuery(db: Db, filter: ClaimQuery) {
    const query = db('porter_claims').orderBy(['cluster', 'namespace', 'name']);
    if (filter.cluster) query.where('cluster', filter.cluster);
    if (filter.namespace) query.where('namespace', filter.namespace);
    if (filter.entityRef)
      query.where('entity_ref', normalizeEntityRef(filter.entityRef));
    const after = filter.after;
    if (after) {
      // Keyset paging: rows strictly after the cursor in the sort order.
      query.where(q =>
        q
          .where('cluster', '>', after.cluster)
          .orWhere(q2 =>
            q2
              .where('cluster', after.cluster)
              .andWhere(q3 =>
                q3
                  .where('namespace', '>', after.namespace)
                  .orWhere(q4 =>
                    q4
                      .where('namespace', after.namespace)
                      .andWhere('name', '>', after.name),
                  ),
              ),
          ),
      );
    }
    if (filter.limit) query.limit(filter.limit);
    return query;
  }

  async versions(db: Db, ids: number[]): Promise<Map<number, string>> {
    const versions = new Map<number, string>();
    for (const chunk of chunks(ids, ID_CHUNK)) {
      const rows = await db('porter_claims')
        .whereIn('id', chunk)
        .select('id', 'updated_at');
      for (const row of rows) {
        versions.set(Number(row.id), toIso(row.updated_at));
      }
    }
    return versions;
  }

  async inNamespace(
    db: Db,
    cluster: string,
    namespace: string,
  ): Promise<ClaimRecord[]> {
    return (await db('porter_claims').where({ cluster, namespace })).map(
      toRecord,
    );
  }

  async oldestOnServices(
    db: Db,
    services: Array<{ cluster: string; namespace: string; service: string }>,
  ): Promise<Map<string, { id: number; name: string }>> {
    const oldest = new Map<
      string,
      { id: number; name: string; createdAt: number }
    >();
    const tuples = [
      ...new Map(
        services.map(s => [
          `${s.cluster}/${s.namespace}/${s.service}`,
          [s.cluster, s.namespace, s.service],
        ]),
      ).values(),
    ];
    for (const chunk of chunks(tuples, TUPLE_CHUNK)) {
      const rows = await db('porter_claims')
        .whereIn(['cluster', 'namespace', 'service'], chunk)
        .select('id', 'name', 'cluster', 'namespace', 'service', 'created_at');
      for (const r of rows) {
        const key = `${r.cluster}/${r.namespace}/${r.service}`;
        const candidate = {
          id: Number(r.id),
          name: r.name as string,
          createdAt: new Date(toIso(r.created_at)).getTime(),
        };
        const known = oldest.get(key);
        if (
          !known ||
          candidate.createdAt < known.createdAt ||
          (candidate.createdAt === known.createdAt && candidate.id < known.id)
        ) {
          oldest.set(key, candidate);
        }
      }
    }
    return oldest;
  }

  async lockNamespace(
    trx: Knex.Transaction,
    cluster: string,
    namespace: string,
  ): Promise<void> {
    // SQLite serialises every write transaction anyway.
    if (trx.client.config.client === 'pg') {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
        `porter:${cluster}/${namespace}`,
      ]);
    }
  }

  async countByNamespace(
    db: Db,
  ): Promise<Array<{ cluster: string; namespace: string; claims: number }>> {
    const rows = await db('porter_claims')
      .select('cluster', 'namespace')
      .count({ n: '*' })
      .groupBy('cluster', 'namespace');
    return (rows as any[])
      .map(r => ({
        cluster: r.cluster as string,
        namespace: r.namespace as string,
        claims: Number(r.n),
      }))
      .sort(
        (a, b) =>
          b.claims - a.claims ||
          a.cluster.localeCompare(b.cluster) ||
          a.namespace.localeCompare(b.namespace),
      );
  }

  async countInNamespace(
    db: Db,
    cluster: string,
    namespace: string,
  ): Promise<number> {
    const [{ count }] = await db('porter_claims')
      .where({ cluster, namespace })
      .count({ count: '*' });
    return Number(count);
  }

  async insert(
    trx: Knex.Transaction,
    claim: NewClaim,
    now: Date,
  ): Promise<number> {
    const [row] = await trx('porter_claims')
      .insert({
        cluster: claim.cluster,
        namespace: claim.namespace,
        name: claim.name,
        ...specColumns(claim.spec),
        entity_ref: claim.entityRef
          ? normalizeEntityRef(claim.entityRef)
          : null,
        adopted: claim.adopted ?? false,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  async update(
    trx: Knex.Transaction,
    id: number,
    changes: { spec: ClaimSpec; entityRef?: string },
    now: Date,
  ): Promise<void> {
    await trx('porter_claims')
      .where({ id })
      .update({
        ...specColumns(changes.spec),
        entity_ref: changes.entityRef
          ? normalizeEntityRef(changes.entityRef)
          : null,
        updated_at: now,
      });
  }

  async delete(trx: Knex.Transaction, id: number): Promise<void> {
    await trx('porter_claims').where({ id }).delete();
  }
}

function specColumns(spec: ClaimSpec) {
  return {
    service: spec.service,
    service_port: spec.servicePort,
    spec: JSON.stringify(spec),
  };
}

function toRecord(row: any): ClaimRecord {
  return {
    id: Number(row.id),
    cluster: row.cluster,
    namespace: row.namespace,
    name: row.name,
    spec: JSON.parse(row.spec),
    entityRef: row.entity_ref ?? undefined,
    adopted: Boolean(row.adopted),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
