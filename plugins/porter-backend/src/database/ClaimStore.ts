import { normalizeEntityRef } from '@internal/plugin-porter-common';
import type {
  ClaimEvent,
  ClaimEventType,
  ClaimId,
  ClaimSpec,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';

/** A claim row as the service layer sees it (allocations are in AllocationStore). */
export interface ClaimRecord extends ClaimId {
  id: number;
  spec: ClaimSpec;
  entityRef?: string;
  /** Imported from a TransportServerClaim made with `oc apply`. */
  adopted: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewEvent {
  type: ClaimEventType;
  message: string;
  data?: Record<string, unknown>;
}

type Db = Knex | Knex.Transaction;

/** Rows per `whereIn` of tuples: well under every database's parameter limit. */
const TUPLE_CHUNK = 300;

/** Claims and their history. Each method takes the knex or transaction to run in. */
export class ClaimStore {
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

  /** The claim on a target (cluster, namespace, Service, port), if any. */
  async getByTarget(
    db: Db,
    target: {
      cluster: string;
      namespace: string;
      service: string;
      servicePort: number;
    },
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

  /** Claims in (cluster, namespace, name) order; `after` and `limit` page through them. */
  async list(
    db: Db,
    filter: {
      cluster?: string;
      namespace?: string;
      entityRef?: string;
      after?: ClaimId;
      limit?: number;
    },
  ): Promise<ClaimRecord[]> {
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
    return (await query.select()).map(toRecord);
  }

  /** Each given claim's updatedAt now; a claim that is gone is missing. */
  async versions(db: Db, ids: number[]): Promise<Map<number, string>> {
    const versions = new Map<number, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db('porter_claims')
        .whereIn('id', ids.slice(i, i + 500))
        .select('id', 'updated_at');
      for (const row of rows) {
        versions.set(Number(row.id), toIso(row.updated_at));
      }
    }
    return versions;
  }

  /** Claims on the same Service or on Services in one namespace of one cluster (name collisions). */
  async inNamespace(
    db: Db,
    cluster: string,
    namespace: string,
  ): Promise<ClaimRecord[]> {
    return (await db('porter_claims').where({ cluster, namespace })).map(
      toRecord,
    );
  }

  /** Which of the given `cluster/namespace/name` keys this database deleted (a 'deleted' event). */
  async deletedKeys(db: Db, keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const tuples = [...new Set(keys)].map(k => k.split('/'));
    for (let i = 0; i < tuples.length; i += TUPLE_CHUNK) {
      const rows = await db('porter_claim_events')
        .whereIn(
          ['cluster', 'namespace', 'name'],
          tuples.slice(i, i + TUPLE_CHUNK),
        )
        .andWhere('type', 'deleted')
        .distinct('cluster', 'namespace', 'name');
      for (const r of rows) found.add(`${r.cluster}/${r.namespace}/${r.name}`);
    }
    return found;
  }

  /**
   * The oldest claim on each of these Services (`cluster/namespace/service`),
   * which owns the Service's legacy cross-connect name. One query per batch.
   */
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
    for (let i = 0; i < tuples.length; i += TUPLE_CHUNK) {
      const rows = await db('porter_claims')
        .whereIn(
          ['cluster', 'namespace', 'service'],
          tuples.slice(i, i + TUPLE_CHUNK),
        )
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

  /**
   * Serialises creates in one namespace until the transaction ends, so two
   * replicas cannot both pass the quota check with the last free slot.
   * (SQLite serialises every write transaction anyway.)
   */
  async lockNamespace(
    trx: Knex.Transaction,
    cluster: string,
    namespace: string,
  ): Promise<void> {
    if (trx.client.config.client === 'pg') {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
        `porter:${cluster}/${namespace}`,
      ]);
    }
  }

  /** Claims per cluster and namespace, fullest first. */
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
    claim: ClaimId & { spec: ClaimSpec; entityRef?: string },
    now: Date,
    options: { adopted?: boolean } = {},
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
        adopted: options.adopted ?? false,
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

  /**
   * Records events; `claim.entityRef` (the claim's entity at the time) is
   * kept with them, so a deleted claim's history is read-checked like the claim.
   */
  async addEvents(
    trx: Knex.Transaction,
    claim: ClaimId & { entityRef?: string },
    events: NewEvent[],
    actor: string | undefined,
    now: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    await trx('porter_claim_events').insert(
      events.map(event => ({
        cluster: claim.cluster,
        namespace: claim.namespace,
        name: claim.name,
        type: event.type,
        message: event.message,
        actor: actor ?? null,
        entity_ref: claim.entityRef
          ? normalizeEntityRef(claim.entityRef)
          : null,
        data: event.data ? JSON.stringify(event.data) : null,
        at: now,
      })),
    );
  }

  /** The entity of a claim's latest event that names one (for a deleted claim's history). */
  async lastEntityRef(db: Db, claim: ClaimId): Promise<string | undefined> {
    const row = await db('porter_claim_events')
      .where({
        cluster: claim.cluster,
        namespace: claim.namespace,
        name: claim.name,
      })
      .whereNotNull('entity_ref')
      .orderBy('id', 'desc')
      .first('entity_ref');
    return row?.entity_ref ?? undefined;
  }

  async history(db: Db, claim: ClaimId): Promise<ClaimEvent[]> {
    const rows = await db('porter_claim_events')
      .where({
        cluster: claim.cluster,
        namespace: claim.namespace,
        name: claim.name,
      })
      .orderBy('id');
    return rows.map(row => ({
      type: row.type,
      at: toIso(row.at),
      actor: row.actor ?? undefined,
      message: row.message,
      data: row.data ? JSON.parse(row.data) : undefined,
    }));
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

/** PostgreSQL returns Date, SQLite the epoch milliseconds knex stored. */
export function toIso(value: Date | number | string): string {
  return new Date(
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  ).toISOString();
}
