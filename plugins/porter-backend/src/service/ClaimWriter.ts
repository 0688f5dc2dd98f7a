import { ConflictError } from '@backstage/errors';
import { Allocation, claimResourceRef } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { PorterCluster, PorterConfig } from '../config/readPorterConfig';
import type { NewEvent } from '../database/ClaimHistoryStore';
import type { ClaimRecord } from '../database/ClaimStore';
import type { PorterStores } from '../database/PorterDatabase';
import type { Db } from '../database/types';
import { checkNameClash, checkQuota } from './admission';
import { allocationsIn, ClaimAllocator } from './ClaimAllocator';
import type { ApplyInput } from './ClaimService';
import { ServiceFacts } from './ServiceFacts';

/** Raised inside a create transaction that finds the claim already made by a concurrent request. */
export class CreatedConcurrently extends Error {}

/** One change to a claim, as the caller's transaction writes it. */
export interface ClaimWrite {
  /** The claim as applied, with the entity the authorisation settled on. */
  input: ApplyInput & { entityRef: string };
  /** The clusters that realise the claim: one port in each. */
  clusters: PorterCluster[];
  /** Who made the change, for the history. */
  actor?: string;
  at: Date;
}

/**
 * What one create, update or delete of a claim writes inside the caller's
 * transaction: the admission checks (target taken, quota, names), the claim
 * row, its ports and its history. Authorisation, dry runs and the sync to
 * the clusters are the ClaimService's.
 */
export class ClaimWriter {
  private readonly claims: PorterStores['claims'];
  private readonly history: PorterStores['history'];
  private readonly allocator: ClaimAllocator;
  private readonly config: PorterConfig;
  private readonly facts: ServiceFacts;

  constructor(options: {
    stores: Pick<PorterStores, 'claims' | 'history'>;
    allocator: ClaimAllocator;
    config: PorterConfig;
    facts: ServiceFacts;
  }) {
    this.claims = options.stores.claims;
    this.history = options.stores.history;
    this.allocator = options.allocator;
    this.config = options.config;
    this.facts = options.facts;
  }

  /**
   * A new claim: under the namespace lock, checked, stored and given its
   * ports. Returns its id and ports (what was written, not read back).
   */
  async create(
    trx: Knex.Transaction,
    write: ClaimWrite,
  ): Promise<{ id: number; allocations: Allocation[] }> {
    const { input, clusters } = write;
    await this.claims.lockNamespace(trx, input.cluster, input.namespace);
    // The quota and the target in one read.
    const admission = await this.claims.admission(trx, targetOf(input));
    await checkQuota(trx, {
      claims: this.claims,
      config: this.config,
      claim: input,
      count: admission.count,
    });
    if (admission.onTarget?.name === input.name) {
      // The same claim was created by a concurrent request since we looked.
      throw new CreatedConcurrently();
    }
    if (admission.onTarget) {
      throw targetTaken(input, admission.onTarget.name);
    }
    await checkNameClash(trx, { claims: this.claims, claim: input, clusters });
    const id = await this.claims.insert(trx, input, write.at);
    const allocated = await this.allocator.allocate(trx, {
      claimId: id,
      claim: input,
      clusters,
      serviceTypes: this.facts.serviceTypes(input, clusters),
    });
    const events: NewEvent[] = [
      {
        type: 'created',
        message: `Claim ${claimResourceRef(input)} created for ${
          input.entityRef
        }`,
      },
      ...allocated,
    ];
    await this.history.add(trx, {
      claim: input,
      events,
      actor: write.actor,
      at: write.at,
    });
    return { id, allocations: allocationsIn(allocated) };
  }

  /**
   * Changes a claim. A new target (Service or port) releases the old ports
   * (retained for the old target) and allocates new ones, under the
   * namespace lock, checked as a new claim would be.
   */
  async update(
    trx: Knex.Transaction,
    existing: ClaimRecord,
    write: ClaimWrite,
  ): Promise<void> {
    const { input, clusters } = write;
    const events: NewEvent[] = [];
    const targetChanged =
      existing.spec.service !== input.spec.service ||
      existing.spec.servicePort !== input.spec.servicePort;
    if (targetChanged) {
      await this.claims.lockNamespace(trx, input.cluster, input.namespace);
      const other = await this.claims.getByTarget(trx, targetOf(input));
      if (other && other.id !== existing.id)
        throw await this.targetConflict(trx, input);
      await checkNameClash(trx, {
        claims: this.claims,
        claim: input,
        clusters,
        self: existing.id,
      });
      events.push(...(await this.allocator.release(trx, existing, write.at)));
    }
    await this.claims.update(trx, existing.id, input, write.at);
    events.push({
      type: 'updated',
      message: `Claim ${claimResourceRef(input)} updated`,
      data: {
        before: { spec: existing.spec, entityRef: existing.entityRef ?? null },
        after: { spec: input.spec, entityRef: input.entityRef },
      },
    });
    if (targetChanged) {
      events.push(
        ...(await this.allocator.allocate(trx, {
          claimId: existing.id,
          claim: input,
          clusters,
          serviceTypes: this.facts.serviceTypes(input, clusters),
        })),
      );
    }
    await this.history.add(trx, {
      claim: input,
      events,
      actor: write.actor,
      at: write.at,
    });
  }

  /** Deletes a claim: its ports are released (retained for the window) and its history says so. */
  async delete(
    trx: Knex.Transaction,
    existing: ClaimRecord,
    change: { actor?: string; at: Date },
  ): Promise<void> {
    const events = await this.allocator.release(trx, existing, change.at);
    await this.claims.delete(trx, existing.id);
    events.push({
      type: 'deleted',
      message: `Claim ${claimResourceRef(existing)} deleted`,
    });
    await this.history.add(trx, {
      claim: existing,
      events,
      actor: change.actor,
      at: change.at,
    });
  }

  /** The error for a target another claim already exposes, naming that claim. */
  async targetConflict(db: Db, input: ApplyInput): Promise<ConflictError> {
    const other = await this.claims.getByTarget(db, targetOf(input));
    return targetTaken(input, other?.name);
  }
}

function targetTaken(input: ApplyInput, other?: string): ConflictError {
  const who = other ? `claim '${other}'` : 'another claim';
  return new ConflictError(
    `Service '${input.spec.service}' port ${input.spec.servicePort} in namespace '${input.namespace}' ` +
      `on cluster '${input.cluster}' is already exposed by ${who}. Update that claim instead.`,
  );
}

function targetOf(claim: ApplyInput) {
  return {
    cluster: claim.cluster,
    namespace: claim.namespace,
    service: claim.spec.service,
    servicePort: claim.spec.servicePort,
  };
}
