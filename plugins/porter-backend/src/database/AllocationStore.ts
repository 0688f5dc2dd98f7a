import type { Allocation, ServiceType } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { Holder } from '../allocation/holder';
import type { Db } from './types';

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

/** Who holds a port now: a claim, or the holder it is retained for. */
export type PortHolder =
  | { state: 'allocated'; claim: string }
  | { state: 'retained'; holder: string };

/**
 * The port inventory and the claims' ports in it. Every port of every
 * configured range is a row; a claim takes a free row inside its
 * transaction, so no port is ever handed out twice, whatever the number
 * of replicas. (How full the inventory is: PortUsageStore.)
 */
export interface AllocationStore {
  /** Adds rows for ports newly in range and drops free rows now out of range. Idempotent. */
  syncInventory(
    db: Db,
    cluster: string,
    range: { from: number; to: number },
  ): Promise<void>;
  /** Gives the holder its retained port back, or the lowest free port. */
  allocate(
    trx: Knex.Transaction,
    req: AllocateRequest,
  ): Promise<AllocateResult>;
  /**
   * Takes one given port: free, or retained for this holder. For adoption,
   * where the TransportServer already has a port, so people's firewall
   * rules keep working. False when the port is taken or outside the inventory.
   */
  allocatePort(
    trx: Knex.Transaction,
    req: AllocateRequest,
    port: number,
  ): Promise<boolean>;
  /** Moves a claim's port in one cluster to a new address (same port), e.g. after a NodePort migration. */
  readdress(
    trx: Knex.Transaction,
    change: {
      claimId: number;
      cluster: string;
      address: string;
      serviceType: ServiceType;
    },
  ): Promise<void>;
  /**
   * Releases every port a claim holds: retained for its holder until
   * `retainUntil`, or freed at once when there is no retention.
   */
  release(
    trx: Knex.Transaction,
    claimId: number,
    retainUntil?: Date,
  ): Promise<Allocation[]>;
  /** Allocations of the given claims, by claim, each claim's in cluster order. */
  forClaims(db: Db, claimIds: number[]): Promise<Map<number, Allocation[]>>;
  /** Who holds a port now, if anyone (to name them when a port cannot be had). */
  holderOf(
    db: Db,
    cluster: string,
    port: number,
  ): Promise<PortHolder | undefined>;
}
