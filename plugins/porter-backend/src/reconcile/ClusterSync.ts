import { LoggerService } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import {
  Allocation,
  ClaimId,
  ClaimSide,
  ClaimSpec,
  KubernetesObject,
  ServiceType,
} from '@internal/plugin-porter-common';
import {
  ClusterClient,
  ClusterRequestError,
  ClusterUnavailableError,
} from '../clusters/ClusterClient';
import { NETWORK_POLICY } from '../clusters/kinds';
import type { PorterConfig } from '../config/readPorterConfig';
import { instanceSelector } from '../planning/labels';
import { planClaim } from '../planning/plan';
import { applyDiff } from './applyDiff';
import { checkDeletions } from './deletionGuard';
import { describeSide } from './describeSide';
import { diffObjects } from './diff';
import { FactCache } from './gatherFacts';
import { COLLECTED_KINDS, listPorterObjects } from './listPorterObjects';
import { claimIdOfObject, claimKeyOfObject, describeObject } from './ownership';
import { resolveCollisions } from './resolveCollisions';

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

const claimKey = (c: ClaimId) => `${c.cluster}/${c.namespace}/${c.name}`;
const names = (objects: KubernetesObject[]) =>
  objects.map(o => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`);

/** Per claim and cluster, what went wrong writing its objects. */
class SideProblems {
  readonly writeErrors = new Map<string, string[]>();
  readonly conflicts = new Map<string, string[]>();
  add(
    kind: 'writeErrors' | 'conflicts',
    object: KubernetesObject,
    cluster: string,
    message: string,
  ) {
    const key = `${claimKeyOfObject(object)}@${cluster}`;
    this[kind].set(key, [...(this[kind].get(key) ?? []), message]);
  }
}

/**
 * Makes the clusters match the claims: gathers facts, plans, lists this
 * portal's objects (one label-selected list per cluster and kind), diffs,
 * and writes only the differences. Never writes over an object that is not
 * this portal's or is another existing claim's (the side is in Error); never
 * writes for a claim changed or deleted since the sync read it; holds back
 * deletions the deletion guard does not allow. A cluster that cannot be
 * reached leaves its sides Degraded; the other clusters go on.
 */
export class ClusterSync {
  constructor(
    private readonly clients: Map<string, ClusterClient>,
    private readonly config: PorterConfig,
    private readonly logger: LoggerService,
  ) {}

  async sync(
    claims: SyncClaim[],
    scope: SyncScope,
    hooks: SyncHooks,
  ): Promise<Map<number, ClaimSide[]>> {
    const facts = new FactCache(this.clients);
    await this.followServiceTypes(claims, facts, hooks);

    // Plans, grouped by cluster.
    const desired = new Map<string, KubernetesObject[]>();
    const plans = new Map<number, ReturnType<typeof planClaim>>();
    const notes = new Map<number, string[]>();
    for (const claim of claims) {
      const own = await facts.target(
        claim.cluster,
        claim.namespace,
        claim.spec.service,
      );
      const plan = planClaim({
        claim,
        allocations: claim.allocations,
        instance: this.config.instance,
        facts: {
          targetServicePortCount: own?.service?.spec?.ports?.length,
          ownsLegacyName: claim.ownsLegacyName,
        },
      });
      plans.set(claim.id, plan);
      if (
        (own?.service?.spec?.ports?.length ?? 1) > 1 &&
        claim.allocations.length === 2 &&
        claim.legacyOwner
      ) {
        notes.set(claim.id, [
          `The legacy cross-connect name '${claim.spec.service}-<cluster>' belongs to claim '${claim.legacyOwner}', ` +
            `the oldest on Service '${claim.spec.service}'; this claim's cross-connects carry the port in their name.`,
        ]);
      }
      for (const { cluster, objects } of plan.items) {
        desired.set(cluster, [...(desired.get(cluster) ?? []), ...objects]);
      }
    }

    const problems = new SideProblems();
    const actualByCluster = new Map<string, KubernetesObject[]>();
    const clusters =
      scope === 'cluster'
        ? [...this.config.clusters.keys()]
        : [...desired.keys()];
    for (const cluster of clusters) {
      const client = this.clients.get(cluster);
      if (!client || facts.unreachable.has(cluster)) continue;
      try {
        const actual = await listPorterObjects(
          client,
          this.config.instance,
          scope === 'cluster'
            ? { type: 'cluster' }
            : { type: 'claims', claims },
        );
        actualByCluster.set(cluster, actual);
        const unavailable = await this.syncCluster(
          {
            cluster,
            client,
            want: desired.get(cluster) ?? [],
            actual,
            claims,
            scope,
            hooks,
          },
          problems,
        );
        if (unavailable) facts.markUnreachable(cluster, unavailable);
      } catch (error) {
        // Listing failed: the cluster is unusable for this pass; its sides say why.
        if (
          !(
            error instanceof ClusterUnavailableError ||
            error instanceof ClusterRequestError
          )
        )
          throw error;
        facts.markUnreachable(cluster, error);
      }
    }

    // What each side looks like now.
    const sides = new Map<number, ClaimSide[]>();
    for (const claim of claims) {
      const list: ClaimSide[] = [];
      for (const allocation of claim.allocations) {
        const at = `${claimKey(claim)}@${allocation.cluster}`;
        list.push(
          describeSide({
            claim,
            allocation,
            requireNodePort:
              this.config.clusters.get(allocation.cluster)?.requireNodePort ??
              false,
            planned:
              plans
                .get(claim.id)!
                .items.find(i => i.cluster === allocation.cluster)?.objects ??
              [],
            actual: actualByCluster.get(allocation.cluster) ?? [],
            target: await facts.target(
              allocation.cluster,
              claim.namespace,
              claim.spec.service,
            ),
            unreachable: facts.unreachable.get(allocation.cluster),
            writeErrors: problems.writeErrors.get(at) ?? [],
            conflicts: problems.conflicts.get(at) ?? [],
            notes: notes.get(claim.id),
          }),
        );
      }
      sides.set(claim.id, list);
    }
    return sides;
  }

  /** Deletes every object of a claim (by its id) in the given clusters; returns the clusters it could not reach. */
  async remove(
    claim: ClaimId & { id: number },
    clusters: string[],
  ): Promise<string[]> {
    const failed: string[] = [];
    for (const cluster of clusters) {
      const client = this.clients.get(cluster);
      if (!client) continue;
      try {
        const actual = await listPorterObjects(
          client,
          this.config.instance,
          { type: 'ids', claims: [claim] },
          COLLECTED_KINDS,
        );
        const result = await applyDiff(
          client,
          { create: [], update: [], remove: actual },
          this.writeContext(new Map(), async () => false),
        );
        if (result.unavailable || result.failures.length) failed.push(cluster);
      } catch (error) {
        if (
          !(
            error instanceof ClusterUnavailableError ||
            error instanceof ClusterRequestError
          )
        )
          throw error;
        failed.push(cluster);
      }
    }
    return failed;
  }

  /** The NodePort migration: a side whose Service changed type gets the new pool's address, same port. */
  private async followServiceTypes(
    claims: SyncClaim[],
    facts: FactCache,
    hooks: SyncHooks,
  ) {
    for (const claim of claims) {
      for (const [i, allocation] of claim.allocations.entries()) {
        const target = await facts.target(
          allocation.cluster,
          claim.namespace,
          claim.spec.service,
        );
        const type = target?.service?.spec?.type as ServiceType | undefined;
        const pool =
          type && this.config.clusters.get(allocation.cluster)?.addresses[type];
        if (type && pool && type !== allocation.serviceType) {
          claim.allocations[i] = await hooks.readdress(claim, allocation, type);
        }
      }
    }
  }

  /** One cluster: resolve name collisions, diff, guard deletions, re-read, write. */
  private async syncCluster(
    input: {
      cluster: string;
      client: ClusterClient;
      want: KubernetesObject[];
      actual: KubernetesObject[];
      claims: SyncClaim[];
      scope: SyncScope;
      hooks: SyncHooks;
    },
    problems: SideProblems,
  ): Promise<Error | undefined> {
    const { cluster, client, actual, claims, scope, hooks } = input;
    const byId = new Map(claims.map(c => [c.id, c]));
    const { desired, collisions } = resolveCollisions(input.want, actual);
    for (const c of collisions)
      problems.add('conflicts', c.object, cluster, c.reason);
    const diff = diffObjects(desired, actual);

    // Never flip an object from another claim that still exists.
    const holders = diff.update
      .map(u => claimIdOfObject(u.current))
      .filter((id): id is number => id !== undefined && !byId.has(id));
    const living = await hooks.versions(holders);
    diff.update = diff.update.filter(u => {
      const holder = claimIdOfObject(u.current);
      if (holder === undefined || byId.has(holder) || !living.has(holder))
        return true;
      problems.add(
        'conflicts',
        u.desired,
        cluster,
        `${describeObject(u.desired)} belongs to claim '${claimKeyOfObject(
          u.current,
        )}'; Porter writes an object for one claim only. ` +
          'Delete one of the claims, or rename the target Service.',
      );
      return false;
    });

    // Removals: objects a synced claim no longer plans, and garbage (objects of claims that are gone).
    const plannedRemovals = diff.remove.filter(o =>
      byId.has(claimIdOfObject(o) ?? -1),
    );
    let garbage = diff.remove.filter(o => !byId.has(claimIdOfObject(o) ?? -1));
    let total = actual.length;
    if (scope === 'cluster') {
      // The NetworkPolicies Porter applied go with their claim.
      const policies = await client.list(NETWORK_POLICY, {
        labelSelector: instanceSelector(this.config.instance),
      });
      garbage.push(...policies);
      total += policies.length;
    } else {
      // An apply collects only earlier claims of the same name, whose objects it finds under its labels.
      const keys = new Set(claims.map(claimKey));
      garbage = garbage.filter(o => keys.has(claimKeyOfObject(o)));
    }
    garbage = await this.onlyGone(garbage, hooks);
    if (scope === 'cluster') {
      garbage = await this.guardDeletions(cluster, garbage, total, hooks);
    }

    // Re-read just before writing: a claim changed or deleted since the sync read it is not resurrected or reverted.
    const versions = await hooks.versions([...byId.keys()]);
    const fresh = (o: KubernetesObject) => {
      const claim = byId.get(claimIdOfObject(o) ?? -1);
      return claim !== undefined && versions.get(claim.id) === claim.updatedAt;
    };
    const toWrite = {
      create: diff.create.filter(fresh),
      update: diff.update.filter(u => fresh(u.desired)),
      remove: [
        ...plannedRemovals.filter(fresh),
        ...(await this.onlyGone(garbage, hooks)),
      ],
    };
    const result = await applyDiff(
      client,
      toWrite,
      this.writeContext(byId, async id => (await hooks.versions([id])).has(id)),
    );
    for (const failure of result.failures) {
      problems.add(
        failure.conflict ? 'conflicts' : 'writeErrors',
        failure.object,
        cluster,
        failure.conflict
          ? failure.error.message
          : `Writing ${failure.object.kind} '${failure.object.metadata.name}' failed: ${failure.error.message}`,
      );
    }
    const removedGarbage = result.removed.filter(
      o => !byId.has(claimIdOfObject(o) ?? -1),
    );
    const repaired = result.written;
    if (repaired.length + result.removed.length > 0) {
      this.logger.info(
        `Synced ${cluster}: ${repaired.length} written, ${result.removed.length} removed`,
      );
    }
    if (scope === 'cluster' && repaired.length > 0) {
      await hooks.audit('reconcile-repair', {
        cluster,
        written: names(repaired),
      });
    }
    if (scope === 'cluster' && removedGarbage.length > 0) {
      await hooks.audit('reconcile-gc-delete', {
        cluster,
        removed: names(removedGarbage),
      });
    }
    return result.unavailable;
  }

  /** Of these objects, those whose claim (by id) is gone now; objects without a claim id are left alone. */
  private async onlyGone(objects: KubernetesObject[], hooks: SyncHooks) {
    const ids = [
      ...new Set(
        objects
          .map(claimIdOfObject)
          .filter((id): id is number => id !== undefined),
      ),
    ];
    const existing = await hooks.versions(ids);
    return objects.filter(o => {
      const id = claimIdOfObject(o);
      return id !== undefined && !existing.has(id);
    });
  }

  /** Lets the garbage go, or holds all of it back (and says so) when the guard says too much. */
  private async guardDeletions(
    cluster: string,
    garbage: KubernetesObject[],
    total: number,
    hooks: SyncHooks,
  ) {
    const deletedHere = await hooks.deletedHere(garbage.map(claimKeyOfObject));
    const unexplained = garbage.filter(
      o => !deletedHere.has(claimKeyOfObject(o)),
    );
    const decision = checkDeletions({
      garbage,
      unexplained,
      total,
      limits: this.config.deletionGuard,
      confirmed: await hooks.guard.confirmed(cluster),
    });
    if (decision.hold) {
      this.logger.error(
        `Deletion guard for cluster '${cluster}': ${decision.reason}`,
      );
      await hooks.guard.hold(cluster, {
        reason: decision.reason,
        total,
        objects: unexplained,
      });
      return [];
    }
    await hooks.guard.clear(cluster);
    return garbage;
  }

  private writeContext(
    byId: Map<number, SyncClaim>,
    claimExists: (id: number) => Promise<boolean>,
  ) {
    return {
      instance: this.config.instance,
      claimExists,
      adopted: (id: number) => byId.get(id)?.adopted ?? false,
    };
  }
}
