import { LoggerService } from '@backstage/backend-plugin-api';
import type {
  Allocation,
  ClaimSide,
  ServiceType,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { holderKey } from '../allocation/holder';
import { pickAddress } from '../allocation/pickAddress';
import type { PorterConfig } from '../config/readPorterConfig';
import { AllocationStore } from '../database/AllocationStore';
import { ClaimRecord, ClaimStore } from '../database/ClaimStore';
import { SideStore } from '../database/SideStore';
import {
  ClusterSync,
  SyncClaim,
  SyncHooks,
  SyncScope,
} from '../reconcile/ClusterSync';

/**
 * Glue between the database and the clusters: turns stored claims into
 * sync input, records what the sync changed (new addresses after a Service
 * type change) and what it saw (each side's state).
 */
export class ClaimSyncer {
  private readonly claims = new ClaimStore();
  private readonly sides = new SideStore();
  private readonly allocations: AllocationStore;

  constructor(
    private readonly db: Knex,
    private readonly config: PorterConfig,
    private readonly clusterSync: ClusterSync,
    private readonly logger: LoggerService,
  ) {
    this.allocations = new AllocationStore(db);
  }

  /** Brings these claims' objects in line and records their sides. */
  async sync(
    records: ClaimRecord[],
    scope: SyncScope,
  ): Promise<Map<number, ClaimSide[]>> {
    const allocations = await this.allocations.forClaims(
      this.db,
      records.map(r => r.id),
    );
    const input: SyncClaim[] = [];
    for (const record of records) {
      const oldest = await this.claims.oldestOnService(
        this.db,
        record.cluster,
        record.namespace,
        record.spec.service,
      );
      input.push({
        ...record,
        allocations: allocations.get(record.id) ?? [],
        ownsLegacyName: oldest === record.id,
        legacyOwner:
          oldest !== undefined && oldest !== record.id
            ? (await this.claims.getById(this.db, oldest))?.name
            : undefined,
      });
    }
    const sides = await this.clusterSync.sync(input, scope, this.hooks());
    for (const [claimId, list] of sides) {
      await this.sides.save(this.db, claimId, list);
    }
    return sides;
  }

  /** Removes a deleted claim's objects; what cannot be reached now is garbage-collected later. */
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
      readdress: async (
        claim: SyncClaim,
        allocation: Allocation,
        serviceType: ServiceType,
      ) => {
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
        await this.db.transaction(async trx => {
          await this.allocations.readdress(
            trx,
            claim.id,
            allocation.cluster,
            address,
            serviceType,
          );
          await this.claims.addEvents(
            trx,
            claim,
            [
              {
                type: 'readdressed',
                message: `Service '${claim.spec.service}' is now ${serviceType} in ${allocation.cluster}: address ${allocation.address} → ${address}, port ${allocation.port} kept`,
                data: {
                  cluster: allocation.cluster,
                  from: allocation.address,
                  to: address,
                  port: allocation.port,
                  serviceType,
                },
              },
            ],
            undefined,
            new Date(),
          );
        });
        return { ...allocation, address, serviceType };
      },
      existing: keys => this.claims.existingKeys(this.db, keys),
    };
  }
}
