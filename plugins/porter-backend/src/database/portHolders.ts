import { NotAllowedError } from '@backstage/errors';
import { Knex } from 'knex';
import type { AllocateRequest, PortHolder } from './AllocationStore';
import type { Holder } from '../allocation/holder';
import { toIso } from './timestamps';
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

/** A port a namespace holds in a cluster (allocated or retained), as read once for an allocation. */
export interface HeldRow {
  port: number;
  state: 'allocated' | 'retained';
  claimCluster: string | null;
  service: string | null;
  servicePort: number | null;
  retainedUntil?: string;
}

/** Every port a namespace holds in a cluster, allocated or retained (also past its window). */
export async function heldRows(
  db: Db,
  cluster: string,
  namespace: string,
): Promise<HeldRow[]> {
  const rows = await db(TABLE)
    .where({ cluster, namespace })
    .whereIn('state', ['allocated', 'retained'])
    .orderBy('port')
    .select(
      'port',
      'state',
      'claim_cluster',
      'service',
      'service_port',
      'retained_until',
    );
  return rows.map(r => ({
    port: Number(r.port),
    state: r.state,
    claimCluster: r.claim_cluster,
    service: r.service,
    servicePort: r.service_port === null ? null : Number(r.service_port),
    retainedUntil:
      r.retained_until === null || r.retained_until === undefined
        ? undefined
        : toIso(r.retained_until),
  }));
}

/** Whether a row of the holder's namespace is the holder's (its Service port in its claim's cluster). */
export function holdsFor(row: HeldRow, holder: Holder): boolean {
  return (
    row.claimCluster === holder.claimCluster &&
    row.service === holder.service &&
    row.servicePort === holder.servicePort
  );
}

/**
 * Refuses a new port beyond the namespace's budget, counting allocated ports
 * and retained ones within their window (call under the namespace lock).
 */
export function budgetCheck(req: AllocateRequest, rows: HeldRow[], now: Date) {
  if (req.budget === undefined) return;
  const allocated = rows.filter(r => r.state === 'allocated').map(r => r.port);
  const retained = rows
    .filter(
      r =>
        r.state === 'retained' &&
        r.retainedUntil !== undefined &&
        new Date(r.retainedUntil) > now,
    )
    .map(r => r.port);
  const count = allocated.length + retained.length;
  if (count < req.budget) return;
  const shown = (ports: number[]) =>
    ports.length > 12
      ? `${ports.slice(0, 12).join(', ')} and ${ports.length - 12} more`
      : ports.join(', ') || 'none';
  throw new NotAllowedError(
    `Namespace '${req.holder.namespace}' already holds ${count} ports on cluster '${req.cluster}', ` +
      `the most allowed (porter.quota.portsPerNamespace = ${req.budget}): ` +
      `${allocated.length} allocated (${shown(allocated)}) and ` +
      `${
        retained.length
      } retained for recently deleted or changed claims (${shown(
        retained,
      )}). ` +
      'Delete claims that are no longer needed, or change a claim back to a port it had; retained ports free up after porter.retention.days.',
  );
}

/** Refuses a new port beyond the namespace's budget, reading what it holds (call under the namespace lock). */
export async function checkBudget(trx: Knex.Transaction, req: AllocateRequest) {
  if (req.budget === undefined) return;
  budgetCheck(
    req,
    await heldRows(trx, req.cluster, req.holder.namespace),
    new Date(),
  );
}
