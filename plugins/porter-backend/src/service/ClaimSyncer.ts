import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import type {
  Allocation,
  ClaimSide,
  KubernetesObject,
  ServiceType,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { holderKey } from '../allocation/holder';
import { pickAddress } from '../allocation/pickAddress';
import type { PorterConfig } from '../config/readPorterConfig';
import type { ClaimRecord } from '../database/ClaimStore';
import type { PorterStores } from '../database/PorterDatabase';
import {
  ClusterSync,
  SyncClaim,
  SyncHooks,
  SyncScope,
} from '../reconcile/ClusterSync';
import { recordReconcilerWrite } from './reconcilerAudit';

/**
 * Glue between the database and the clusters: turns stored claims into
 * sync input, records what the sync changed (new addresses after a Service
 * type change) and what it saw (each side's state), keeps the deletion
 * guard's state, and audits the reconciler's writes.
 */
export class ClaimSyncer {
  /** Told which Services the synced claims target (a full pass: all of them). */
  onTargets?: (targets: string[], scope: SyncScope) => void;
  private readonly db: Knex;
  private readonly claims: PorterStores['claims'];
  private readonly history: PorterStores['history'];
  private readonly allocations: PorterStores['allocations'];
  private readonly sides: PorterStores['sides'];
  private readonly observations: PorterStores['observations'];
  private readonly guards: PorterStores['deletionGuards'];
  private readonly config: PorterConfig;
  private readonly clusterSync: ClusterSync;
  /** Also where the writes queued after a change report failures. */
  readonly logger: LoggerService;
  private readonly auditor?: AuditorService;

  constructor(options: {
    db: Knex;
    stores: Pick<
      PorterStores,
      | 'claims'
      | 'history'
      | 'allocations'
      | 'sides'
      | 'observations'
      | 'deletionGuards'
    >;
    config: PorterConfig;
    clusterSync: ClusterSync;
    logger: LoggerService;
    /** Where the reconciler's writes are audited. */
    auditor?: AuditorService;
  }) {
    this.db = options.db;
    this.claims = options.stores.claims;
    this.history = options.stores.history;
    this.allocations = options.stores.allocations;
    this.sides = options.stores.sides;
    this.observations = options.stores.observations;
    this.guards = options.stores.deletionGuards;
    this.config = options.config;
    this.clusterSync = options.clusterSync;
    this.logger = options.logger;
    this.auditor = options.auditor;
  }

  /** Brings these claims' objects in line and records their sides (only those that changed). */
  async sync(
    records: ClaimRecord[],
    scope: SyncScope,
  ): Promise<Map<number, ClaimSide[]>> {
    const allocations = await this.allocations.forClaims(
      this.db,
      records.map(r => r.id),
    );
    const oldest = await this.claims.oldestOnServices(
      this.db,
      records.map(r => ({ ...r, service: r.spec.service })),
    );
    const input: SyncClaim[] = records.map(record => {
      const owner = oldest.get(
        `${record.cluster}/${record.namespace}/${record.spec.service}`,
      );
      return {
        ...record,
        allocations: allocations.get(record.id) ?? [],
        ownsLegacyName: owner?.id === record.id,
        legacyOwner: owner && owner.id !== record.id ? owner.name : undefined,
      };
    });
    this.onTargets?.(
      input.flatMap(c =>
        c.allocations.map(a => `${a.cluster}/${c.namespace}/${c.spec.service}`),
      ),
      scope,
    );
    const { sides, observed } = await this.clusterSync.sync(
      input,
      scope,
      this.hooks(),
    );
    // A claim deleted meanwhile has no sides to keep.
    const living = await this.claims.versions(this.db, [...sides.keys()]);
    await this.sides.saveChanged(
      this.db,
      new Map([...sides].filter(([id]) => living.has(id))),
    );
    if (scope === 'cluster') {
      await this.observations.touch(this.db, observed, new Date());
    }
    return sides;
  }

  /** Removes a deleted claim's objects (by its id); what cannot be reached now is garbage-collected later. */
  async remove(record: ClaimRecord, clusters: string[]): Promise<void> {
    const failed = await this.clusterSync.remove(record, clusters);
    if (failed.length > 0) {
      this.logger.warn(
        `Could not remove every object of ${record.cluster}/${
          record.namespace
        }/${record.name} from ${failed.join(', ')}; the reconciler will.`,
      );
    }
  }

  private hooks(): SyncHooks {
    return {
      readdress: (claim, allocation, serviceType) =>
        this.readdress(claim, allocation, serviceType),
      versions: ids => this.claims.versions(this.db, ids),
      deletedHere: keys => this.history.deletedKeys(this.db, keys),
      guard: {
        confirmed: async cluster =>
          (await this.guards.get(this.db, cluster))?.confirmed?.objects,
        hold: (cluster, held) =>
          this.guards.hold(
            this.db,
            cluster,
            {
              reason: held.reason,
              total: held.total,
              objects: held.objects.map(describe),
            },
            new Date(),
          ),
        clear: cluster => this.guards.clear(this.db, cluster),
      },
      audit: (eventId, meta) => this.audit(eventId, meta),
    };
  }

  /** Reconciler writes are audit events with the reconciler as actor. */
  audit(eventId: string, meta: JsonObject): Promise<void> {
    return recordReconcilerWrite(this.auditor, eventId, meta);
  }

  /** A new address for a side (its Service's type or the pools changed), same port; history and audit. */
  async readdress(
    claim: Pick<
      SyncClaim,
      'id' | 'cluster' | 'namespace' | 'name' | 'spec' | 'entityRef'
    >,
    allocation: Allocation,
    serviceType: ServiceType,
  ): Promise<Allocation> {
    const pool = this.config.clusters.get(allocation.cluster)!.addresses[
      serviceType
    ]!;
    const address = pickAddress(
      pool,
      holderKey({
        claimCluster: claim.cluster,
        namespace: claim.namespace,
        service: claim.spec.service,
        servicePort: claim.spec.servicePort,
      }),
    );
    const change = {
      cluster: allocation.cluster,
      from: allocation.address,
      to: address,
      port: allocation.port,
      serviceType,
    };
    const why =
      serviceType === allocation.serviceType
        ? `the ${serviceType} pool of ${allocation.cluster} no longer has ${allocation.address}`
        : `Service '${claim.spec.service}' is now ${serviceType} in ${allocation.cluster}`;
    await this.db.transaction(async trx => {
      await this.allocations.readdress(trx, {
        claimId: claim.id,
        cluster: allocation.cluster,
        address,
        serviceType,
      });
      await this.history.add(trx, {
        claim,
        events: [
          {
            type: 'readdressed',
            message: `${why[0].toUpperCase()}${why.slice(1)}: address ${
              allocation.address
            } → ${address}, port ${allocation.port} kept`,
            data: change,
          },
        ],
        at: new Date(),
      });
    });
    await this.audit('reconcile-readdress', {
      claim: `${claim.cluster}/${claim.namespace}/${claim.name}`,
      ...change,
    });
    return { ...allocation, address, serviceType };
  }
}

function describe(o: KubernetesObject): string {
  return `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
}
