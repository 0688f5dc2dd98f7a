import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Claim,
  ClaimEvent,
  ClaimId,
  ClaimManifests,
  ClaimPreview,
  ClaimSpec,
  normalizeEntityRef,
  porterClaimCreatePermission,
  porterClaimDeletePermission,
  porterClaimUpdatePermission,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { isDeepStrictEqual } from 'node:util';
import type { PorterConfig } from '../config/readPorterConfig';
import { AllocationStore } from '../database/AllocationStore';
import { ClaimRecord, ClaimStore, NewEvent } from '../database/ClaimStore';
import { isUniqueViolation } from '../database/dbErrors';
import { ClaimAuthorizer } from '../permissions/ClaimAuthorizer';
import { checkNameClash, checkQuota } from './admission';
import { ClaimAllocator } from './ClaimAllocator';
import { ClaimFilter, ClaimListPage, ClaimReader } from './ClaimReader';
import { ClaimSyncer } from './ClaimSyncer';
import { ServiceFacts } from './ServiceFacts';
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

/** Raised inside a create transaction that finds the claim already made by a concurrent request. */
class CreatedConcurrently extends Error {}

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

/**
 * The claim lifecycle: authorise, then in one transaction write the claim,
 * its allocations and its history. Planning is pure and done on read.
 */
export interface ClaimServiceOptions {
  db: Knex;
  config: PorterConfig;
  authorizer: ClaimAuthorizer;
  /** Writes to the clusters; without it, claims are planned but not applied. */
  syncer?: ClaimSyncer;
  /** What the cluster views know of target Services (their type picks the pool). */
  facts?: ServiceFacts;
}

export class ClaimService {
  private readonly claims = new ClaimStore();
  private readonly db: Knex;
  private readonly config: PorterConfig;
  private readonly authorizer: ClaimAuthorizer;
  private readonly syncer?: ClaimSyncer;
  private readonly facts: ServiceFacts;
  private readonly allocations: AllocationStore;
  private readonly allocator: ClaimAllocator;
  private readonly reader: ClaimReader;

  constructor(options: ClaimServiceOptions) {
    this.db = options.db;
    this.config = options.config;
    this.authorizer = options.authorizer;
    this.syncer = options.syncer;
    this.facts = options.facts ?? new ServiceFacts();
    this.allocations = new AllocationStore(this.db);
    this.reader = new ClaimReader({
      db: this.db,
      config: this.config,
      authorizer: this.authorizer,
      facts: this.facts,
    });
    this.allocator = new ClaimAllocator(
      this.allocations,
      this.config.retentionDays,
      this.config.portsPerNamespace,
    );
  }

  /** Makes the port inventory match the configured ranges. Run at startup. */
  async syncInventory(): Promise<void> {
    for (const cluster of this.config.clusters.values()) {
      await this.allocations.syncInventory(cluster.name, cluster.ports);
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
    const existing = await this.claims.get(this.db, input);
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
      // Nothing to record, but applying still repairs the claim's objects in the clusters.
      await this.syncer?.sync([existing], 'claims');
      return { claim: await this.reader.toClaim(existing), created: false };
    }
    try {
      const id = await this.db.transaction(async trx => {
        const now = new Date();
        const claimId = existing
          ? await this.update(
              trx,
              existing,
              { ...input, entityRef },
              realisingClusters(this.config, cluster),
              caller,
              now,
            )
          : await this.create(
              trx,
              { ...input, entityRef },
              realisingClusters(this.config, cluster),
              caller,
              now,
            );
        if (options.dryRun) {
          const record = (await this.claims.getById(trx, claimId))!;
          throw await this.dryRunResult(trx, record, !existing);
        }
        return claimId;
      });
      const saved = (await this.claims.getById(this.db, id))!;
      if (existing && existing.spec.service !== saved.spec.service) {
        // The old target's cross-connects have other names; take them down first.
        await this.syncer?.remove(existing, this.clustersOf(existing));
      }
      await this.syncer?.sync([saved], 'claims');
      return { claim: await this.reader.toClaim(saved), created: !existing };
    } catch (error) {
      if (
        !existing &&
        (error instanceof CreatedConcurrently || isUniqueViolation(error))
      ) {
        // Another request created the same claim at the same time; apply again as an update.
        const raced = await this.claims.get(this.db, input);
        if (raced) return this.apply(input, caller, options);
        throw await this.targetConflict(input);
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
    const existing = await this.claims.get(this.db, id);
    if (!existing) throw notFound(id);
    await this.authorizer.authorizeWrite({
      permission: porterClaimDeletePermission,
      claim: id,
      existingEntityRef: existing.entityRef,
      credentials: caller.credentials,
    });
    await this.db.transaction(async trx => {
      const now = new Date();
      const events = await this.allocator.release(trx, existing, now);
      await this.claims.delete(trx, existing.id);
      events.push({
        type: 'deleted',
        message: `Claim ${describe(existing)} deleted`,
      });
      await this.claims.addEvents(trx, existing, events, caller.actor, now);
    });
    await this.syncer?.remove(existing, this.clustersOf(existing));
  }

  /** Adds events to a claim's history (for changes made around the claim, e.g. a NetworkPolicy). */
  async record(
    id: ClaimId & { entityRef?: string },
    events: NewEvent[],
    caller: Caller,
  ): Promise<void> {
    await this.db.transaction(trx =>
      this.claims.addEvents(trx, id, events, caller.actor, new Date()),
    );
  }

  /** Every claim, synced against every cluster: drift repaired, orphans collected. For the reconciler. */
  async reconcileAll(): Promise<number> {
    const records = await this.claims.list(this.db, {});
    await this.syncer?.sync(records, 'cluster');
    return records.length;
  }

  private clustersOf(record: ClaimRecord): string[] {
    const cluster = this.config.clusters.get(record.cluster);
    return cluster
      ? realisingClusters(this.config, cluster).map(c => c.name)
      : [record.cluster];
  }

  private async create(
    trx: Knex.Transaction,
    input: ApplyInput & { entityRef: string },
    clusters: ReturnType<typeof realisingClusters>,
    caller: Caller,
    now: Date,
  ): Promise<number> {
    await this.claims.lockNamespace(trx, input.cluster, input.namespace);
    await checkQuota(trx, this.claims, this.config, input);
    const onTarget = await this.claims.getByTarget(trx, targetOf(input));
    if (onTarget?.name === input.name) {
      // The same claim was created by a concurrent request since we looked.
      throw new CreatedConcurrently();
    }
    if (onTarget) {
      throw await this.targetConflict(input, trx);
    }
    await checkNameClash(trx, this.claims, input, clusters);
    const id = await this.claims.insert(trx, input, now);
    const events: NewEvent[] = [
      {
        type: 'created',
        message: `Claim ${describe(input)} created for ${input.entityRef}`,
      },
    ];
    events.push(
      ...(await this.allocator.allocate(
        trx,
        id,
        input,
        clusters,
        undefined,
        this.facts.serviceTypes(input, clusters),
      )),
    );
    await this.claims.addEvents(trx, input, events, caller.actor, now);
    return id;
  }

  private async update(
    trx: Knex.Transaction,
    existing: ClaimRecord,
    input: ApplyInput & { entityRef: string },
    clusters: ReturnType<typeof realisingClusters>,
    caller: Caller,
    now: Date,
  ): Promise<number> {
    const events: NewEvent[] = [];
    const targetChanged =
      existing.spec.service !== input.spec.service ||
      existing.spec.servicePort !== input.spec.servicePort;
    if (targetChanged) {
      await this.claims.lockNamespace(trx, input.cluster, input.namespace);
      const other = await this.claims.getByTarget(trx, targetOf(input));
      if (other && other.id !== existing.id)
        throw await this.targetConflict(input, trx);
      await checkNameClash(trx, this.claims, input, clusters, existing.id);
      events.push(...(await this.allocator.release(trx, existing, now)));
    }
    await this.claims.update(trx, existing.id, input, now);
    events.push({
      type: 'updated',
      message: `Claim ${describe(input)} updated`,
      data: {
        before: { spec: existing.spec, entityRef: existing.entityRef ?? null },
        after: { spec: input.spec, entityRef: input.entityRef },
      },
    });
    if (targetChanged) {
      events.push(
        ...(await this.allocator.allocate(
          trx,
          existing.id,
          input,
          clusters,
          undefined,
          this.facts.serviceTypes(input, clusters),
        )),
      );
    }
    await this.claims.addEvents(trx, input, events, caller.actor, now);
    return existing.id;
  }

  private async targetConflict(
    input: ApplyInput,
    db: Knex | Knex.Transaction = this.db,
  ) {
    const other = await this.claims.getByTarget(db, targetOf(input));
    const who = other ? `claim '${other.name}'` : 'another claim';
    return new ConflictError(
      `Service '${input.spec.service}' port ${input.spec.servicePort} in namespace '${input.namespace}' ` +
        `on cluster '${input.cluster}' is already exposed by ${who}. Update that claim instead.`,
    );
  }

  /** What a dry run returns, read inside its transaction before the rollback. */
  private async dryRunResult(
    db: Knex | Knex.Transaction,
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

function targetOf(claim: ApplyInput) {
  return {
    cluster: claim.cluster,
    namespace: claim.namespace,
    service: claim.spec.service,
    servicePort: claim.spec.servicePort,
  };
}

function describe(id: ClaimId) {
  return `${id.cluster}/${id.namespace}/${id.name}`;
}

function notFound(id: ClaimId) {
  return new NotFoundError(
    `No claim '${id.name}' in namespace '${id.namespace}' on cluster '${id.cluster}'`,
  );
}

export type { ClaimFilter, ClaimListPage } from './ClaimReader';
