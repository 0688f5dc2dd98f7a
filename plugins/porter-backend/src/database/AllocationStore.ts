import { ConflictError } from '@backstage/errors';
import type { Allocation, ServiceType } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { Holder } from '../allocation/holder';
import { checkBudget } from './portHolders';

const TABLE = 'porter_ports';

export interface AllocateRequest {
  /** The cluster the port is in (for a pair claim: each side in turn). */
  cluster: string;
  range: { from: number; to: number };
  claimId: number;
  holder: Holder;
  address: string;
  serviceType: ServiceType;
  /**
   * Most ports the holder's namespace may hold in this cluster (allocated +
   * retained); taking a new port beyond it is refused. Giving the holder its
   * own retained port back takes nothing new and is always allowed.
   */
  budget?: number;
}

export interface AllocateResult extends Allocation {
  /** True when the port was retained for this holder and is now given back. */
  reused: boolean;
}

/** A port's row when nobody holds it. */
const FREE_ROW = {
  state: 'free',
  claim_id: null,
  claim_cluster: null,
  namespace: null,
  service: null,
  service_port: null,
  address: null,
  service_type: null,
  retained_until: null,
};

/** How many times to retry when another replica took the free port first. */
const MAX_ATTEMPTS = 20;

/**
 * The port inventory. Every port of every configured range is a row; a claim
 * takes a free row inside its transaction. Uniqueness comes from the primary
 * key (cluster, port) and the conditional update, not from in-process locks,
 * so any number of replicas may allocate at once.
 */
export class AllocationStore {
  constructor(private readonly db: Knex) {}

  /** Adds rows for ports newly in range and drops free rows now out of range. Idempotent. */
  async syncInventory(cluster: string, range: { from: number; to: number }) {
    const client = this.db.client.config.client as string;
    if (client === 'pg') {
      await this.db.raw(
        `INSERT INTO ${TABLE} (cluster, port, state)
         SELECT ?, g, 'free' FROM generate_series(?::int, ?::int) AS g
         ON CONFLICT DO NOTHING`,
        [cluster, range.from, range.to],
      );
    } else {
      await this.db.raw(
        `WITH RECURSIVE seq(p) AS (SELECT ? UNION ALL SELECT p + 1 FROM seq WHERE p < ?)
         INSERT OR IGNORE INTO ${TABLE} (cluster, port, state)
         SELECT ?, p, 'free' FROM seq`,
        [range.from, range.to, cluster],
      );
    }
    // Ports outside a shrunk range leave the inventory once nobody holds them
    // (retained ones are never given back: they are out of range).
    await this.db(TABLE)
      .whereIn('state', ['free', 'retained'])
      .andWhere({ cluster })
      .andWhere(q =>
        q.where('port', '<', range.from).orWhere('port', '>', range.to),
      )
      .delete();
  }

  /** Gives the holder its retained port back, or the lowest free port. Call inside a transaction. */
  async allocate(
    trx: Knex.Transaction,
    req: AllocateRequest,
  ): Promise<AllocateResult> {
    const held = {
      claim_id: req.claimId,
      claim_cluster: req.holder.claimCluster,
      namespace: req.holder.namespace,
      service: req.holder.service,
      service_port: req.holder.servicePort,
      address: req.address,
      service_type: req.serviceType,
      retained_until: null,
    };
    const result = (port: number, reused: boolean): AllocateResult => ({
      cluster: req.cluster,
      address: req.address,
      port,
      serviceType: req.serviceType,
      reused,
    });

    // A port retained for this holder outside a shrunk range is not given back: drop it.
    await trx(TABLE)
      .where({
        cluster: req.cluster,
        state: 'retained',
        ...holderColumns(req.holder),
      })
      .andWhere(q =>
        q.where('port', '<', req.range.from).orWhere('port', '>', req.range.to),
      )
      .delete();
    const retained = await trx(TABLE)
      .where({
        cluster: req.cluster,
        state: 'retained',
        ...holderColumns(req.holder),
      })
      .first('port');
    if (retained) {
      await trx(TABLE)
        .where({ cluster: req.cluster, port: retained.port })
        .update({ ...held, state: 'allocated' });
      return result(retained.port, true);
    }

    await checkBudget(trx, req);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      let query = trx(TABLE)
        .where({ cluster: req.cluster, state: 'free' })
        // A range shrunk at restart keeps out-of-range rows while they are held: never hand them out.
        .whereBetween('port', [req.range.from, req.range.to])
        .orderBy('port')
        .first('port');
      if (trx.client.config.client === 'pg') {
        // Concurrent transactions skip each other's candidate instead of queueing on it.
        query = query.forUpdate().skipLocked();
      }
      const free = await query;
      if (!free) {
        if (await this.recycleExpired(trx, req.cluster)) continue;
        throw new ConflictError(
          `No free port in cluster '${req.cluster}': every port of its range ` +
            `${req.range.from}-${req.range.to} (${
              req.range.to - req.range.from + 1
            } ports) ` +
            'is allocated or retained for a recently deleted claim. Delete claims that are no ' +
            'longer needed, or ask the platform team to widen the range.',
        );
      }
      const taken = await trx(TABLE)
        .where({ cluster: req.cluster, port: free.port, state: 'free' })
        .update({ ...held, state: 'allocated' });
      if (taken === 1) return result(free.port, false);
    }
    throw new ConflictError(
      `Could not allocate a port in cluster '${req.cluster}' after ${MAX_ATTEMPTS} attempts ` +
        'because of concurrent allocations; please retry.',
    );
  }

  /**
   * Takes one particular port for a holder, if it is free (or retained for
   * that holder): used when adopting a claim whose TransportServer already
   * has a port, so people's firewall rules keep working. Returns false when
   * the port is taken or outside the inventory.
   */
  async allocatePort(
    trx: Knex.Transaction,
    req: AllocateRequest,
    port: number,
  ): Promise<boolean> {
    if (port < req.range.from || port > req.range.to) return false;
    const mine = await trx(TABLE)
      .where({
        cluster: req.cluster,
        port,
        state: 'retained',
        ...holderColumns(req.holder),
      })
      .first('port');
    if (!mine) await checkBudget(trx, req);
    const taken = await trx(TABLE)
      .where({ cluster: req.cluster, port })
      .andWhere(q =>
        q
          .where({ state: 'free' })
          .orWhere({ state: 'retained', ...holderColumns(req.holder) }),
      )
      .update({
        state: 'allocated',
        claim_id: req.claimId,
        ...holderColumns(req.holder),
        address: req.address,
        service_type: req.serviceType,
        retained_until: null,
      });
    return taken === 1;
  }

  /** Moves a claim's port in one cluster to a new address (same port), e.g. after a NodePort migration. */
  async readdress(
    trx: Knex.Transaction,
    claimId: number,
    cluster: string,
    address: string,
    serviceType: ServiceType,
  ): Promise<void> {
    await trx(TABLE)
      .where({ claim_id: claimId, cluster })
      .update({ address, service_type: serviceType });
  }

  /** Per cluster: how many ports are allocated, retained and free. */
  async usage(
    db: Knex,
  ): Promise<Map<string, Record<'allocated' | 'retained' | 'free', number>>> {
    const rows = await db(TABLE)
      .select('cluster', 'state')
      .count({ n: '*' })
      .groupBy('cluster', 'state');
    const usage = new Map<
      string,
      Record<'allocated' | 'retained' | 'free', number>
    >();
    for (const row of rows as any[]) {
      const entry = usage.get(row.cluster) ?? {
        allocated: 0,
        retained: 0,
        free: 0,
      };
      entry[row.state as 'allocated' | 'retained' | 'free'] = Number(row.n);
      usage.set(row.cluster, entry);
    }
    return usage;
  }

  /** Per cluster and address: how many ports are allocated and retained on it. */
  async usageByAddress(db: Knex): Promise<
    Array<{
      cluster: string;
      address: string;
      serviceType: ServiceType;
      allocated: number;
      retained: number;
    }>
  > {
    const rows = await db(TABLE)
      .select('cluster', 'address', 'service_type', 'state')
      .count({ n: '*' })
      .whereIn('state', ['allocated', 'retained'])
      .groupBy('cluster', 'address', 'service_type', 'state');
    const byKey = new Map<
      string,
      {
        cluster: string;
        address: string;
        serviceType: ServiceType;
        allocated: number;
        retained: number;
      }
    >();
    for (const row of rows as any[]) {
      const key = `${row.cluster}/${row.service_type}/${row.address}`;
      const entry = byKey.get(key) ?? {
        cluster: row.cluster,
        address: row.address,
        serviceType: row.service_type,
        allocated: 0,
        retained: 0,
      };
      entry[row.state as 'allocated' | 'retained'] = Number(row.n);
      byKey.set(key, entry);
    }
    return [...byKey.values()];
  }

  /**
   * Releases every port a claim holds: retained for its holder until
   * `retainUntil`, or freed at once when there is no retention.
   */
  async release(
    trx: Knex.Transaction,
    claimId: number,
    retainUntil?: Date,
  ): Promise<Allocation[]> {
    const rows = await trx(TABLE).where({ claim_id: claimId }).select();
    if (retainUntil) {
      await trx(TABLE).where({ claim_id: claimId }).update({
        state: 'retained',
        claim_id: null,
        retained_until: retainUntil,
      });
    } else {
      await trx(TABLE).where({ claim_id: claimId }).update(FREE_ROW);
    }
    return rows.map(toAllocation);
  }

  /** Allocations of the given claims, primary side first. */
  async forClaims(
    db: Knex,
    claimIds: number[],
  ): Promise<Map<number, Allocation[]>> {
    const byClaim = new Map<number, Allocation[]>();
    if (claimIds.length === 0) return byClaim;
    const rows = await db(TABLE)
      .whereIn('claim_id', claimIds)
      .orderBy([{ column: 'claim_id' }, { column: 'cluster' }]);
    for (const row of rows) {
      const list = byClaim.get(row.claim_id) ?? [];
      list.push(toAllocation(row));
      byClaim.set(row.claim_id, list);
    }
    return byClaim;
  }

  /** Frees retained ports whose window has passed; true when any were freed. */
  private async recycleExpired(
    trx: Knex.Transaction,
    cluster: string,
  ): Promise<boolean> {
    const freed = await trx(TABLE)
      .where({ cluster, state: 'retained' })
      .andWhere('retained_until', '<=', new Date())
      .update(FREE_ROW);
    return freed > 0;
  }
}

function holderColumns(holder: Holder) {
  return {
    claim_cluster: holder.claimCluster,
    namespace: holder.namespace,
    service: holder.service,
    service_port: holder.servicePort,
  };
}

function toAllocation(row: any): Allocation {
  return {
    cluster: row.cluster,
    address: row.address,
    port: Number(row.port),
    serviceType: row.service_type,
  };
}
