import type { JsonObject } from '@backstage/types';
import type {
  Allocation,
  ClaimId,
  ClaimSpec,
  KubernetesObject,
  ServiceType,
} from '@internal/plugin-porter-common';

/** A claim as the sync needs it. */
export interface SyncClaim extends ClaimId {
  id: number;
  spec: ClaimSpec;
  entityRef?: string;
  /** As read at the start of the sync; a claim changed since is left to whoever changed it. */
  updatedAt: string;
  /** Imported from an `oc apply` TransportServerClaim: may inherit the old operator's objects. */
  adopted: boolean;
  allocations: Allocation[];
  /** Whether this is the oldest claim on its Service, owning the legacy cross-connect name. */
  ownsLegacyName: boolean;
  /** Name of the claim that owns the legacy name, when it is another one. */
  legacyOwner?: string;
}

/** What the sync needs from the database (ClaimSyncer). */
export interface SyncHooks {
  /** The target Service's type changed (e.g. to NodePort): return the allocation with its new address. */
  readdress(
    claim: SyncClaim,
    allocation: Allocation,
    serviceType: ServiceType,
  ): Promise<Allocation>;
  /** Each claim's updatedAt now, by id; a claim that is gone is missing. */
  versions(ids: number[]): Promise<Map<number, string>>;
  /** Of these claim keys (`cluster/namespace/name`), those this database deleted. */
  deletedHere(keys: string[]): Promise<Set<string>>;
  /** The deletion guard's state per cluster (`cluster` scope only). */
  guard: {
    /** How many unexplained deletions an administrator confirmed, if any. */
    confirmed(cluster: string): Promise<number | undefined>;
    hold(
      cluster: string,
      held: { reason: string; total: number; objects: KubernetesObject[] },
    ): Promise<void>;
    clear(cluster: string): Promise<void>;
  };
  /** An audit event for a reconciler write (`cluster` scope only). */
  audit(eventId: string, meta: JsonObject): Promise<void>;
}

/** `cluster` scope: every object of this portal in every cluster (the reconciler). `claims`: only these claims' objects. */
export type SyncScope = 'cluster' | 'claims';
