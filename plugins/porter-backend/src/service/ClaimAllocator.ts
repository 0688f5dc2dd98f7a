import { ConflictError } from '@backstage/errors';
import type {
  Allocation,
  ClaimId,
  ClaimSpec,
  ServiceType,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { Holder, holderKey } from '../allocation/holder';
import { pickAddress } from '../allocation/pickAddress';
import type { PorterCluster } from '../config/readPorterConfig';
import type { AllocationStore } from '../database/AllocationStore';
import type { NewEvent } from '../database/ClaimHistoryStore';
import type { ClaimRecord } from '../database/ClaimStore';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ports a claim is to get. */
export interface ClaimPortsRequest {
  claimId: number;
  claim: ClaimId & { spec: ClaimSpec };
  /** The clusters that realise the claim: one port in each. */
  clusters: PorterCluster[];
  /**
   * Ports to keep per cluster (adoption of existing TransportServers): a
   * kept port that is not free for this claim is refused with a
   * ConflictError naming its holder, since another port would later
   * overwrite the TransportServer's.
   */
  keepPorts?: Map<string, number>;
  /** The target Service's type per cluster, where known: its pool gives the address. */
  serviceTypes?: Map<string, ServiceType>;
}

/**
 * A claim's ports, inside the caller's transaction: taken in every
 * realising cluster, and released (retained for the window) on delete or
 * when the claim moves to another target. Returns the history events.
 */
export class ClaimAllocator {
  private readonly allocations: AllocationStore;
  private readonly retentionDays: number;
  private readonly portsPerNamespace?: number;

  constructor(options: {
    allocations: AllocationStore;
    /** porter.retention.days: how long a released port stays with its holder. */
    retentionDays: number;
    /** porter.quota.portsPerNamespace: ports a namespace may hold per cluster. */
    portsPerNamespace?: number;
  }) {
    this.allocations = options.allocations;
    this.retentionDays = options.retentionDays;
    this.portsPerNamespace = options.portsPerNamespace;
  }

  /** One allocation per realising cluster, all in the caller's transaction. */
  async allocate(
    trx: Knex.Transaction,
    {
      claimId,
      claim,
      clusters,
      keepPorts = new Map(),
      serviceTypes = new Map(),
    }: ClaimPortsRequest,
  ): Promise<NewEvent[]> {
    const holder: Holder = {
      claimCluster: claim.cluster,
      namespace: claim.namespace,
      service: claim.spec.service,
      servicePort: claim.spec.servicePort,
    };
    const events: NewEvent[] = [];
    for (const cluster of clusters) {
      const serviceType =
        serviceTypes.get(cluster.name) ?? cluster.defaultServiceType;
      const request = {
        cluster: cluster.name,
        range: cluster.ports,
        claimId,
        holder,
        serviceType,
        address: pickAddress(
          cluster.addresses[serviceType]!,
          holderKey(holder),
        ),
        budget: this.portsPerNamespace,
      };
      const keep = keepPorts.get(cluster.name);
      if (keep !== undefined) {
        if (!(await this.allocations.allocatePort(trx, request, keep))) {
          throw await this.keepRefused(trx, cluster, keep);
        }
        events.push({
          type: 'allocated',
          message: `Kept the existing port: ${request.address}:${keep} in ${cluster.name}`,
          data: { ...request, port: keep },
        });
        continue;
      }
      const result = await this.allocations.allocate(trx, request);
      const where = `${result.address}:${result.port} in ${cluster.name}`;
      events.push(
        result.reused
          ? {
              type: 'reused',
              message: `Retained port given back: ${where}`,
              data: { ...result },
            }
          : {
              type: 'allocated',
              message: `Allocated ${where}`,
              data: { ...result },
            },
      );
    }
    return events;
  }

  private async keepRefused(
    trx: Knex.Transaction,
    cluster: PorterCluster,
    port: number,
  ): Promise<ConflictError> {
    const { from, to } = cluster.ports;
    if (port < from || port > to) {
      return new ConflictError(
        `Its TransportServer in ${cluster.name} has port ${port}, outside the range ${from}-${to}; ` +
          'Porter does not adopt it, as it would have to change the port people connect to.',
      );
    }
    const holder = await this.allocations.holderOf(trx, cluster.name, port);
    let who = 'another claim';
    if (holder?.state === 'allocated') who = `claim '${holder.claim}'`;
    if (holder?.state === 'retained') who = `${holder.holder} (retained)`;
    return new ConflictError(
      `Its TransportServer in ${cluster.name} has port ${port}, which Porter holds for ${who}; ` +
        'Porter does not adopt it, as it would have to change the port people connect to.',
    );
  }

  async release(
    trx: Knex.Transaction,
    claim: ClaimRecord,
    now: Date,
  ): Promise<NewEvent[]> {
    const days = this.retentionDays;
    const until =
      days > 0 ? new Date(now.getTime() + days * DAY_MS) : undefined;
    const released = await this.allocations.release(trx, claim.id, until);
    return released.map(a => {
      const where = `${a.address}:${a.port} in ${a.cluster}`;
      return until
        ? {
            type: 'retained' as const,
            message: `Port ${where} retained for ${claim.namespace}/${
              claim.spec.service
            }:${claim.spec.servicePort} until ${until.toISOString()}`,
            data: { ...a, retainedUntil: until.toISOString() },
          }
        : {
            type: 'released' as const,
            message: `Port ${where} released`,
            data: { ...a },
          };
    });
  }
}

/** The ports an `allocate` gave, from its events, so a caller need not read them back. */
export function allocationsIn(events: NewEvent[]): Allocation[] {
  return events
    .filter(e => e.type === 'allocated' || e.type === 'reused')
    .map(e => {
      const data = e.data as unknown as Allocation;
      return {
        cluster: data.cluster,
        address: data.address,
        port: data.port,
        serviceType: data.serviceType,
      };
    })
    .sort((a, b) => a.cluster.localeCompare(b.cluster));
}
