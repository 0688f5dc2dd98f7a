import type {
  Allocation,
  ClaimId,
  ClaimSide,
  ClaimSpec,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { Db } from './types';

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

/** A claim to store. */
export interface NewClaim extends ClaimId {
  spec: ClaimSpec;
  entityRef?: string;
  /** Imported from a TransportServerClaim made with `oc apply`. */
  adopted?: boolean;
}

/** The target a claim exposes: one port of one Service. At most one claim per target. */
export interface ClaimTarget {
  cluster: string;
  namespace: string;
  service: string;
  servicePort: number;
}

/** A claim with its status as stored, read in one query. */
export interface ClaimWithStatus {
  record: ClaimRecord;
  sides: ClaimSide[];
  allocations: Allocation[];
}

/** Which claims to list; `after` and `limit` page through them. */
export interface ClaimQuery {
  cluster?: string;
  namespace?: string;
  entityRef?: string;
  /** Only claims after this one in (cluster, namespace, name) order. */
  after?: ClaimId;
  limit?: number;
}

/** The claims themselves (their history is in ClaimHistoryStore). */
export interface ClaimStore {
  get(db: Db, id: ClaimId): Promise<ClaimRecord | undefined>;
  getById(db: Db, id: number): Promise<ClaimRecord | undefined>;
  /** The claim on a target, if any. */
  getByTarget(db: Db, target: ClaimTarget): Promise<ClaimRecord | undefined>;
  /** The given claims that are stored (in no particular order). */
  getByIds(db: Db, ids: number[]): Promise<ClaimRecord[]>;
  /**
   * What admitting a new claim on a target needs, in one read: how many
   * claims its namespace has, and which claim (if any) already has the target.
   */
  admission(
    db: Db,
    target: ClaimTarget,
  ): Promise<{ count: number; onTarget?: { id: number; name: string } }>;
  /** Claims in (cluster, namespace, name) order. */
  list(db: Db, query: ClaimQuery): Promise<ClaimRecord[]>;
  /** The same, each with its sides and allocations, in one query. */
  listWithStatus(db: Db, query: ClaimQuery): Promise<ClaimWithStatus[]>;
  /** Each given claim's updatedAt now; a claim that is gone is missing. */
  versions(db: Db, ids: number[]): Promise<Map<number, string>>;
  /** Every claim in one namespace of one cluster (for name collisions). */
  inNamespace(
    db: Db,
    cluster: string,
    namespace: string,
  ): Promise<ClaimRecord[]>;
  /**
   * The oldest claim on each of these Services (`cluster/namespace/service`),
   * which owns the Service's legacy cross-connect name.
   */
  oldestOnServices(
    db: Db,
    services: Array<{ cluster: string; namespace: string; service: string }>,
  ): Promise<Map<string, { id: number; name: string }>>;
  /**
   * Serialises creates in one namespace until the transaction ends, so two
   * replicas cannot both pass the quota check with the last free slot.
   */
  lockNamespace(
    trx: Knex.Transaction,
    cluster: string,
    namespace: string,
  ): Promise<void>;
  /** Claims per cluster and namespace, fullest first. */
  countByNamespace(
    db: Db,
  ): Promise<Array<{ cluster: string; namespace: string; claims: number }>>;
  countInNamespace(db: Db, cluster: string, namespace: string): Promise<number>;
  /** Stores a new claim; returns its id. */
  insert(trx: Knex.Transaction, claim: NewClaim, now: Date): Promise<number>;
  update(
    trx: Knex.Transaction,
    id: number,
    changes: { spec: ClaimSpec; entityRef?: string },
    now: Date,
  ): Promise<void>;
  delete(trx: Knex.Transaction, id: number): Promise<void>;
}
