import { NotAllowedError, NotFoundError, InputError } from '@backstage/errors';
import type {
  Allocation,
  Claim,
  ClaimEvent,
  ClaimId,
  ClaimManifests,
  ClaimSide,
} from '@internal/plugin-porter-common';
import { claimResourceRef } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { PorterConfig } from '../config/readPorterConfig';
import type { ClaimRecord } from '../database/ClaimStore';
import type { PorterStores } from '../database/PorterDatabase';
import type { Db } from '../database/types';
import { ClaimAuthorizer } from '../permissions/ClaimAuthorizer';
import { planClaim } from '../planning/plan';
import type { Caller } from './ClaimService';
import { ServiceFacts } from './ServiceFacts';

export interface ClaimListPage {
  items: Claim[];
  nextCursor?: string;
}

/**
 * Reading claims as the caller may: one, a page, the history (also of a
 * deleted claim), the manifests, each read-checked by the permission policy.
 */
export class ClaimReader {
  private readonly db: Knex;
  private readonly claims: PorterStores['claims'];
  private readonly claimHistory: PorterStores['history'];
  private readonly allocations: PorterStores['allocations'];
  private readonly sides: PorterStores['sides'];
  private readonly observations: PorterStores['observations'];
  private readonly config: PorterConfig;
  private readonly authorizer: ClaimAuthorizer;
  private readonly facts: ServiceFacts;

  constructor(options: {
    db: Knex;
    stores: Pick<
      PorterStores,
      'claims' | 'history' | 'allocations' | 'sides' | 'observations'
    >;
    config: PorterConfig;
    authorizer: ClaimAuthorizer;
    facts?: ServiceFacts;
  }) {
    this.db = options.db;
    this.claims = options.stores.claims;
    this.claimHistory = options.stores.history;
    this.allocations = options.stores.allocations;
    this.sides = options.stores.sides;
    this.observations = options.stores.observations;
    this.config = options.config;
    this.authorizer = options.authorizer;
    this.facts = options.facts ?? new ServiceFacts();
  }

  async get(id: ClaimId, caller: Caller): Promise<Claim> {
    return this.toClaim(await this.readable(id, caller));
  }

  /** A claim the caller may read, with its database id (for labels). */
  async getWithId(
    id: ClaimId,
    caller: Caller,
  ): Promise<Claim & { id: number }> {
    const record = await this.readable(id, caller);
    return { ...(await this.toClaim(record)), id: record.id };
  }

  /**
   * One page of claims in (cluster, namespace, name) order. The page is cut
   * before the read check, so it may hold fewer than `limit` readable claims;
   * `nextCursor` is set while more claims may follow.
   */
  async list(
    filter: ClaimFilter & { limit: number; cursor?: string },
    caller: Caller,
  ): Promise<ClaimListPage> {
    // The page with each claim's sides and allocations is one query; the
    // clusters' last passes (a few rows) come alongside.
    const [rows, observed] = await Promise.all([
      this.claims.listWithStatus(this.db, {
        ...filter,
        after: filter.cursor ? decodeCursor(filter.cursor) : undefined,
        limit: filter.limit + 1,
      }),
      this.observations.all(this.db),
    ]);
    const more = rows.length > filter.limit;
    const page = more ? rows.slice(0, filter.limit) : rows;
    const readable = new Set(
      await this.authorizer.filterReadable(
        page.map(row => row.record),
        caller.credentials,
      ),
    );
    return {
      items: page
        .filter(row => readable.has(row.record))
        .map(row =>
          this.assemble(row.record, row.allocations, row.sides, observed),
        ),
      nextCursor: more ? encodeCursor(page[page.length - 1].record) : undefined,
    };
  }

  /**
   * A claim's events, also after it was deleted. A deleted claim's history
   * is read-checked like the claim was, with the entity its events recorded.
   */
  async history(id: ClaimId, caller: Caller): Promise<ClaimEvent[]> {
    const existing = await this.claims.get(this.db, id);
    if (existing) {
      await this.readable(id, caller);
      return this.claimHistory.events(this.db, id);
    }
    const events = await this.claimHistory.events(this.db, id);
    if (events.length === 0) throw claimNotFound(id);
    const entityRef = await this.claimHistory.lastEntityRef(this.db, id);
    const [allowed] = await this.authorizer.filterReadable(
      [{ ...id, entityRef }],
      caller.credentials,
    );
    if (!allowed) {
      throw new NotAllowedError(
        `You may not read the history of claim ${claimResourceRef(id)}`,
      );
    }
    return events;
  }

  async manifests(id: ClaimId, caller: Caller): Promise<ClaimManifests> {
    const record = await this.readable(id, caller);
    const claim = await this.toClaim(record);
    return this.plan({ ...claim, id: record.id }, record.id);
  }

  /**
   * The claim's objects as a sync would write them: cross-connect names
   * follow the target Service's ports (from the cluster view) and who owns
   * the legacy name (the oldest claim on the Service).
   */
  async plan(
    claim: Claim & { id?: number },
    recordId: number,
    db: Db = this.db,
  ): Promise<ClaimManifests> {
    const oldest = await this.claims.oldestOnServices(db, [
      { ...claim, service: claim.spec.service },
    ]);
    return planClaim({
      claim,
      allocations: claim.status.allocations,
      instance: this.config.instance,
      facts: {
        targetServicePortCount: this.facts.portCount(claim),
        ownsLegacyName:
          oldest.get(
            `${claim.cluster}/${claim.namespace}/${claim.spec.service}`,
          )?.id === recordId,
      },
    });
  }

  async readable(id: ClaimId, caller: Caller): Promise<ClaimRecord> {
    const record = await this.claims.get(this.db, id);
    if (!record) throw claimNotFound(id);
    const [allowed] = await this.authorizer.filterReadable(
      [record],
      caller.credentials,
    );
    if (!allowed)
      throw new NotAllowedError(
        `You may not read claim ${claimResourceRef(id)}`,
      );
    return record;
  }

  async toClaim(record: ClaimRecord, db: Db = this.db): Promise<Claim> {
    const allocations = await this.allocations.forClaims(db, [record.id]);
    const sides = await this.sides.forClaims(db, [record.id]);
    return this.assemble(
      record,
      allocations.get(record.id) ?? [],
      sides.get(record.id) ?? [],
      await this.observations.all(db),
    );
  }

  /** The API shape; allocations and sides ordered claim cluster first. */
  assemble(
    record: ClaimRecord,
    allocations: Allocation[],
    sides: ClaimSide[],
    observed: Map<string, string>,
  ): Claim {
    // A side's row changes only when the side does; Porter looked at it at each pass since.
    const looked = sides.map(side => {
      const pass = observed.get(side.cluster);
      return pass && pass > side.observedAt
        ? { ...side, observedAt: pass }
        : side;
    });
    const ownFirst = <T extends { cluster: string }>(list: T[]) =>
      [...list].sort(
        (a, b) =>
          Number(b.cluster === record.cluster) -
          Number(a.cluster === record.cluster),
      );
    return {
      cluster: record.cluster,
      namespace: record.namespace,
      name: record.name,
      entityRef: record.entityRef,
      spec: record.spec,
      status: { allocations: ownFirst(allocations), sides: ownFirst(looked) },
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }
}

export interface ClaimFilter {
  cluster?: string;
  namespace?: string;
  entityRef?: string;
}

/** Cursors are opaque to clients: the last claim's identity, base64url-encoded. */
function encodeCursor(id: ClaimId): string {
  return Buffer.from(
    JSON.stringify([id.cluster, id.namespace, id.name]),
  ).toString('base64url');
}

function decodeCursor(cursor: string): ClaimId {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed.every(p => typeof p === 'string')
    ) {
      return { cluster: parsed[0], namespace: parsed[1], name: parsed[2] };
    }
  } catch {
    // fall through
  }
  throw new InputError(
    "Invalid query: cursor is not one this API returned; pass a previous page's nextCursor unchanged",
  );
}

export function claimNotFound(id: ClaimId) {
  return new NotFoundError(
    `No claim '${id.name}' in namespace '${id.namespace}' on cluster '${id.cluster}'`,
  );
}
