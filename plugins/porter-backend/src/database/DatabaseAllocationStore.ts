import { ConflictError } from '@backstage/errors';
import type { Allocation, ServiceType } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { Holder } from '../allocation/holder';
import type {
  AllocateRequest,
  AllocateResult,
  AllocationStore,
  PortHolder,
} from './AllocationStore';
import {
  budgetCheck,
  checkBudget,
  HeldRow,
  heldRows,
  holderOf,
  holdsFor,
} from './portHolders';
import { toAllocation } from './claimStatusRows';
import { rowsByClaim } from './rowsByClaim';
import type { Db } from './types';

const TABLE = 'porter_ports';

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
 * The port inventory in `porter_ports`. Uniqueness comes from the primary
 * key (cluster, port) and the conditional update, not from in-process
 * locks, so any number of replicas may allocate at once.
 */
export class DatabaseAllocationStore implements AllocationStore {
  async syncInventory(
    db: Db,
    cluster: string,
    range: { from: number; to: number },
  ): Promise<void> {
    const client = db.client.config.client as string;
    if (client === 'pg') {
      await db.raw(
        `INSERT INTO ${TABLE} (cluster, port, state)
         SELECT ?, g, 'free' FROM generate_series(?::int, ?::int) AS g
         ON CONFLICT DO NOTHING`,
        [cluster, range.from, range.to],
      );
    } else {
      await db.raw(
        `WITH RECURSIVE seq(p) AS (SELECT ? UNION ALL SELECT p + 1 FROM seq WHERE p < ?)
         INSERT OR IGNORE INTO ${TABLE} (cluster, port, state)
         SELECT ?, p, 'free' FROM seq`,
        [range.from, range.to, cluster],
      );
    }
    // Ports outside a shrunk range leave the inventory once nobody holds them
    // (retained ones are never given back: they are out of range).
    await db(TABLE)
      .whereIn('state', ['free', 'retained'])
      .andWhere({ cluster })
      .andWhere(q =>
        q.where('port', '<', range.from).orWhere('port', '>', range.to),
      )
      .delete();
  }

  async allocate(
    trx: Knex.Transaction,
    req: AllocateRequest,
  ): Promise<AllocateResult> {
    const holding = {
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

    // The namespace's ports in this cluster, read once: the holder's retained
    // port and the budget both come from them.
    const held = await heldRows(trx, req.cluster, req.holder.namespace);
    const mine = held.filter(
      r => r.state === 'retained' && holdsFor(r, req.holder),
    );
    const inRange = (r: HeldRow) =>
      r.port >= req.range.from && r.port <= req.range.to;
    // A port retained for this holder outside a shrunk range is not given back: drop it.
    const dropped = mine.filter(r => !inRange(r)).map(r => r.port);
    if (dropped.length > 0) {
      await trx(TABLE)
        .where({
          cluster: req.cluster,
          state: 'retained',
          ...holderColumns(req.holder),
        })
        .whereIn('port', dropped)
        .delete();
    }
    const retained = mine.find(inRange);
    if (retained) {
      // Still retained for this holder (an expired one may have been recycled since the read).
      const taken = await trx(TABLE)
        .where({
          cluster: req.cluster,
          port: retained.port,
          state: 'retained',
          ...holderColumns(req.holder),
        })
        .update({ ...holding, state: 'allocated' });
      if (taken === 1) return result(retained.port, true);
    }

    budgetCheck(
      req,
      held.filter(r => !dropped.includes(r.port)),
      new Date(),
    );
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
        .update({ ...holding, state: 'allocated' });
      if (taken === 1) return result(free.port, false);
    }
    throw new ConflictError(
      `Could not allocate a port in cluster '${req.cluster}' after ${MAX_ATTEMPTS} attempts ` +
        'because of concurrent allocations; please retry.',
    );
  }

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

  async readdress(
    trx: Knex.Transaction,
    change: {
      claimId: number;
      cluster: string;
      address: string;
      serviceType: ServiceType;
    },
  ): Promise<void> {
    await trx(TABLE)
      .where({ claim_id: change.claimId, cluster: change.cluster })
      .update({ address: change.address, service_type: change.serviceType });
  }

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

  forClaims(db: Db, claimIds: number[]): Promise<Map<number, Allocation[]>> {
    return rowsByClaim(db, {
      table: TABLE,
      claimIds,
      orderBy: 'cluster',
      toItem: toAllocation,
    });
  }

  holderOf(
    db: Db,
    cluster: string,
    port: number,
  ): Promise<PortHolder | undefined> {
    return holderOf(db, cluster, port);
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
