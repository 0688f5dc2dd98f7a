import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Allocation,
  Claim,
  ClaimEvent,
  ClaimId,
  ClaimManifests,
  ClaimPreview,
  ClaimSide,
  ClaimSpec,
  normalizeEntityRef,
  porterClaimCreatePermission,
  porterClaimDeletePermission,
  porterClaimUpdatePermission,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { isDeepStrictEqual } from 'node:util';
import type { PorterConfig } from '../config/readPorterConfig';
import type { NewEvent } from '../database/ClaimHistoryStore';
import type { ClaimRecord } from '../database/ClaimStore';
import { isUniqueViolation } from '../database/dbErrors';
import type { PorterStores } from '../database/PorterDatabase';
import type { Db } from '../database/types';
import { ClaimAuthorizer } from '../permissions/ClaimAuthorizer';
import { ClaimAllocator } from './ClaimAllocator';
import {
  ClaimFilter,
  ClaimListPage,
  ClaimReader,
  claimNotFound,
} from './ClaimReader';
import { ClaimSyncer } from './ClaimSyncer';
import { ClaimWriter, CreatedConcurrently } from './ClaimWriter';
import { ServiceFacts } from './ServiceFacts';
import { SyncQueue } from './SyncQueue';
import { claimCluster, realisingClusters } from './clusters';

export interface Caller {
  credentials: BackstageCredentials;
  /** Entity ref of the user or service, for the history. */
  actor?: string;
}

export interface ApplyInput extends ClaimId {
  spec: ClaimSpec;
  entityRef?: string;
}

/** Ends a dry run's transaction, carrying what it would have written. */
class DryRunRollback extends Error {
  constructor(readonly preview: ClaimPreview) {
    super('dry run');
  }
}

export interface ApplyOptions {
  /**
   * Check, allocate and plan inside a transaction that is then rolled back:
   * the caller sees the ports the claim would get and its objects, and
   * nothing is written to the database or the clusters.
   */
  dryRun?: boolean;
}

export interface ClaimServiceOptions {
  /** The connection the service opens its transactions on. */
  db: Knex;
  stores: Pick<
    PorterStores,
    'claims' | 'history' | 'allocations' | 'sides' | 'observations'
  >;
  allocator: ClaimAllocator;
  config: PorterConfig;
  authorizer: ClaimAuthorizer;
  /** Writes to the clusters; without it, claims are planned but not applied. */
  syncer?: ClaimSyncer;
  /** What the cluster views know of target Services (their type picks the pool). */
  facts?: ServiceFacts;
}

/**
 * The claim lifecycle: authorise, then in one transaction write the claim,
 * its allocations, its history (ClaimWriter) and its sides as Pending, and
 * answer; the clusters are brought in line after the answer (SyncQueue,
 * then ClaimSyncer), as a controller does. Reading is the ClaimReader's;
 * planning is pure and done on read.
 */
export class ClaimService {
  private readonly db: Knex;
  private readonly stores: ClaimServiceOptions['stores'];
  private readonly config: PorterConfig;
  private readonly authorizer: ClaimAuthorizer;
  private readonly syncer?: ClaimSyncer;
  private readonly reader: ClaimReader;
  private readonly writer: ClaimWriter;
  private readonly queue?: SyncQueue;

  constructor(options: ClaimServiceOptions) {
    const { db, stores, allocator, config, authorizer } = options;
    const facts = options.facts ?? new ServiceFacts();
    this.db = db;
    this.stores = stores;
    this.config = config;
    this.authorizer = authorizer;
    this.syncer = options.syncer;
    this.reader = new ClaimReader({ db, stores, config, authorizer, facts });
    this.writer = new ClaimWriter({ stores, allocator, config, facts });
    const syncer = options.syncer;
    if (syncer) {
      this.queue = new SyncQueue({
        logger: syncer.logger,
        work: {
          remove: (record, clusters) => syncer.remove(record, clusters),
          sync: async ids => {
            // As stored now: a later change is synced as it is, a deleted claim not at all.
            const records = await this.stores.claims.getByIds(this.db, ids);
            if (records.length === 0) return [];
            const sides = await syncer.sync(records, 'claims');
            return [...sides]
              .filter(([, side]) => side.some(s => s.phase === 'Degraded'))
              .map(([id]) => id);
          },
        },
      });
    }
  }

  /** Makes the port inventory match the configured ranges. Run at startup. */
  async syncInventory(): Promise<void> {
    for (const cluster of this.config.clusters.values()) {
      await this.stores.allocations.syncInventory(
        this.db,
        cluster.name,
        cluster.ports,
      );
    }
  }

  /** A dry run of `apply`: the claim, ports and objects it would give; nothing is written. */
  async preview(input: ApplyInput, caller: Caller): Promise<ClaimPreview> {
    try {
      await this.apply(input, caller, { dryRun: true });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.preview;
      throw error;
    }
    throw new Error('A dry run must end in a rollback');
  }

  /** Create or update a claim. Idempotent: applying the same claim twice writes nothing. */
  async apply(
    input: ApplyInput,
    caller: Caller,
    options: ApplyOptions = {},
  ): Promise<{ claim: Claim; created: boolean }> {
    const cluster = claimCluster(this.config, input.cluster);
    const existing = await this.stores.claims.get(this.db, input);
    const entityRef = await this.authorizer.authorizeWrite({
      permission: existing
        ? porterClaimUpdatePermission
        : porterClaimCreatePermission,
      claim: input,
      requestedEntityRef: input.entityRef,
      existingEntityRef: existing?.entityRef,
      credentials: caller.credentials,
    });
    if (
      existing &&
      isDeepStrictEqual(existing.spec, input.spec) &&
      existing.entityRef === normalizeEntityRef(entityRef)
    ) {
      if (options.dryRun) {
        throw await this.dryRunResult(this.db, existing, false);
      }
      // Nothing to record and nothing to write: the reconciler repairs drift.
      return { claim: await this.reader.toClaim(existing), created: false };
    }
    const at = new Date();
    const clusters = realisingClusters(this.config, cluster);
    try {
      const saved = await this.db.transaction(async trx => {
        const write = {
          input: { ...input, entityRef },
          clusters,
          actor: caller.actor,
          at,
        };
        let id: number;
        let allocations: Allocation[];
        if (existing) {
          await this.writer.update(trx, existing, write);
          id = existing.id;
          allocations =
            (await this.stores.allocations.forClaims(trx, [id])).get(id) ?? [];
        } else {
          ({ id, allocations } = await this.writer.create(trx, write));
        }
        if (options.dryRun) {
          const record = (await this.stores.claims.getById(trx, id))!;
          throw await this.dryRunResult(trx, record, !existing);
        }
        // Until the objects are written for this spec, no side is Ready for it.
        const sides = allocations.map(a => pendingSide(a, at));
        await this.stores.sides.reset(trx, id, sides);
        const record: ClaimRecord = {
          id,
          cluster: input.cluster,
          namespace: input.namespace,
          name: input.name,
          spec: input.spec,
          entityRef: entityRef ? normalizeEntityRef(entityRef) : undefined,
          adopted: existing?.adopted ?? false,
          createdAt: existing?.createdAt ?? at.toISOString(),
          updatedAt: at.toISOString(),
        };
        return { record, allocations, sides };
      });
      // The clusters follow once the change is stored and answered.
      if (existing && existing.spec.service !== input.spec.service) {
        // The old target's cross-connects have other names; take them down first.
        this.queue?.remove(existing, this.clustersOf(existing));
      }
      this.queue?.sync(saved.record.id);
      return {
        claim: this.reader.assemble(
          saved.record,
          saved.allocations,
          saved.sides,
          new Map(),
        ),
        created: !existing,
      };
    } catch (error) {
      if (
        !existing &&
        (error instanceof CreatedConcurrently || isUniqueViolation(error))
      ) {
        // Another request created the same claim at the same time; apply again as an update.
        const raced = await this.stores.claims.get(this.db, input);
        if (raced) return this.apply(input, caller, options);
        throw await this.writer.targetConflict(this.db, input);
      }
      throw error;
    }
  }

  /** A claim the caller may read. */
  get(id: ClaimId, caller: Caller): Promise<Claim> {
    return this.reader.get(id, caller);
  }

  /** A claim the caller may read, with its database id (for labels). */
  getWithId(id: ClaimId, caller: Caller): Promise<Claim & { id: number }> {
    return this.reader.getWithId(id, caller);
  }

  list(
    filter: ClaimFilter & { limit: number; cursor?: string },
    caller: Caller,
  ): Promise<ClaimListPage> {
    return this.reader.list(filter, caller);
  }

  history(id: ClaimId, caller: Caller): Promise<ClaimEvent[]> {
    return this.reader.history(id, caller);
  }

  manifests(id: ClaimId, caller: Caller): Promise<ClaimManifests> {
    return this.reader.manifests(id, caller);
  }

  async delete(id: ClaimId, caller: Caller): Promise<void> {
    const existing = await this.stores.claims.get(this.db, id);
    if (!existing) throw claimNotFound(id);
    await this.authorizer.authorizeWrite({
      permission: porterClaimDeletePermission,
      claim: id,
      existingEntityRef: existing.entityRef,
      credentials: caller.credentials,
    });
    await this.db.transaction(trx =>
      this.writer.delete(trx, existing, {
        actor: caller.actor,
        at: new Date(),
      }),
    );
    this.queue?.remove(existing, this.clustersOf(existing));
  }

  /** Resolves when the cluster writes that follow stored changes are done (for tests). */
  synced(): Promise<void> {
    return this.queue?.idle() ?? Promise.resolve();
  }

  /** Finishes the queued cluster writes and takes no more (at shutdown). */
  async stop(): Promise<void> {
    await this.queue?.stop();
  }

  /** Adds events to a claim's history (for changes made around the claim, e.g. a NetworkPolicy). */
  async record(
    id: ClaimId & { entityRef?: string },
    events: NewEvent[],
    caller: Caller,
  ): Promise<void> {
    await this.db.transaction(trx =>
      this.stores.history.add(trx, {
        claim: id,
        events,
        actor: caller.actor,
        at: new Date(),
      }),
    );
  }

  /** Every claim, synced against every cluster: drift repaired, orphans collected. For the reconciler. */
  async reconcileAll(): Promise<number> {
    const records = await this.stores.claims.list(this.db, {});
    await this.syncer?.sync(records, 'cluster');
    return records.length;
  }

  private clustersOf(record: ClaimRecord): string[] {
    const cluster = this.config.clusters.get(record.cluster);
    return cluster
      ? realisingClusters(this.config, cluster).map(c => c.name)
      : [record.cluster];
  }

  /** What a dry run returns, read inside its transaction before the rollback. */
  private async dryRunResult(
    db: Db,
    record: ClaimRecord,
    created: boolean,
  ): Promise<DryRunRollback> {
    const claim = await this.reader.toClaim(record, db);
    const manifests = await this.reader.plan(
      // A new claim's id is not known before it is really stored.
      created ? claim : { ...claim, id: record.id },
      record.id,
      db,
    );
    return new DryRunRollback({ claim, created, manifests });
  }
}

/** A side whose objects are still to be written for the claim as stored. */
function pendingSide(allocation: Allocation, at: Date): ClaimSide {
  return {
    cluster: allocation.cluster,
    phase: 'Pending',
    reasons: ['Waiting for Porter to write the objects to the cluster.'],
    address: allocation.address,
    port: allocation.port,
    observedAt: at.toISOString(),
  };
}

export type { ClaimFilter, ClaimListPage } from './ClaimReader';
