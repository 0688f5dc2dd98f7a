import { NotAllowedError } from '@backstage/errors';
import { Knex } from 'knex';
import type { AllocateRequest, PortHolder } from './AllocationStore';
import type { Db } from './types';

const TABLE = 'porter_ports';

/*
 * Who holds which ports: for the port budget per namespace
 * (porter.quota.portsPerNamespace) and to name the holder of a port a
 * request cannot have.
 */

/** Who holds a port now: the claim's id, or the holder it is retained for. */
export async function holderOf(
  db: Db,
  cluster: string,
  port: number,
): Promise<PortHolder | undefined> {
  const row = await db(TABLE).where({ cluster, port }).first();
  if (!row || row.state === 'free') return undefined;
  if (row.state === 'allocated') {
    const claim = await db('porter_claims')
      .where({ id: row.claim_id })
      .first('cluster', 'namespace', 'name');
    return {
      state: 'allocated',
      claim: claim
        ? `${claim.cluster}/${claim.namespace}/${claim.name}`
        : `#${row.claim_id}`,
    };
  }
  return {
    state: 'retained',
    holder: `${row.claim_cluster}/${row.namespace}/${row.service}:${row.service_port}`,
  };
}

/**
 * Ports a namespace holds in a cluster: allocated, and retained within
 * their window (claims of that namespace, on both sides of a pair).
 */
export async function heldInNamespace(
  db: Db,
  cluster: string,
  namespace: string,
): Promise<{ allocated: number[]; retained: number[] }> {
  const rows = await db(TABLE)
    .where({ cluster, namespace })
    .andWhere(q =>
      q
        .where({ state: 'allocated' })
        .orWhere(q2 =>
          q2
            .where({ state: 'retained' })
            .andWhere('retained_until', '>', new Date()),
        ),
    )
    .orderBy('port')
    .select('port', 'state');
  return {
    allocated: rows
      .filter(r => r.state === 'allocated')
      .map(r => Number(r.port)),
    retained: rows.filter(r => r.state === 'retained').map(r => Number(r.port)),
  };
}

/** Refuses a new port beyond the namespace's budget (call under the namespace lock). */
export async function checkBudget(trx: Knex.Transaction, req: AllocateRequest) {
  if (req.budget === undefined) return;
  const held = await heldInNamespace(trx, req.cluster, req.holder.namespace);
  const count = held.allocated.length + held.retained.length;
  if (count < req.budget) return;
  const shown = (ports: number[]) =>
    ports.length > 12
      ? `${ports.slice(0, 12).join(', ')} and ${ports.length - 12} more`
      : ports.join(', ') || 'none';
  throw new NotAllowedError(
    `Namespace '${req.holder.namespace}' already holds ${count} ports on cluster '${req.cluster}', ` +
      `the most allowed (porter.quota.portsPerNamespace = ${req.budget}): ` +
      `${held.allocated.length} allocated (${shown(held.allocated)}) and ` +
      `${
        held.retained.length
      } retained for recently deleted or changed claims (${shown(
        held.retained,
      )}). ` +
      'Delete claims that are no longer needed, or change a claim back to a port it had; retained ports free up after porter.retention.days.',
  );
}
