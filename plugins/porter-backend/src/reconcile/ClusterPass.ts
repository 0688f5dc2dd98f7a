import { LoggerService } from '@backstage/backend-plugin-api';
import type { ClaimId, KubernetesObject } from '@internal/plugin-porter-common';
import { ClusterClient } from '../clusters/ClusterClient';
import { NETWORK_POLICY } from '../clusters/kinds';
import type { ClusterView } from '../clusters/watch/ClusterView';
import type { PorterConfig } from '../config/readPorterConfig';
import { applyDiff, WriteContext } from './applyDiff';
import { checkDeletions } from './deletionGuard';
import { diffByNamespace } from './diffByNamespace';
import { listPorterObjects } from './listPorterObjects';
import { claimIdOfObject, claimKeyOfObject, describeObject } from './ownership';
import type { SyncClaim, SyncHooks, SyncScope } from './syncTypes';

export const claimKey = (c: ClaimId) => `${c.cluster}/${c.namespace}/${c.name}`;
const names = (objects: KubernetesObject[]) =>
  objects.map(o => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`);

/** Per claim and cluster, what went wrong writing its objects. */
export class SideProblems {
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
 * One cluster in one sync: resolve name collisions between claims, diff
 * against this portal's objects there, split removals into planned ones and
 * garbage, let the deletion guard hold garbage back, re-read the claims
 * just before writing, and write.
 */
export class ClusterPass {
  constructor(
    private readonly config: PorterConfig,
    private readonly logger: LoggerService,
  ) {}

  /** One cluster: resolve name collisions, diff, guard deletions, re-read, write. */
  async run(
    input: {
      cluster: string;
      client: ClusterClient;
      view: ClusterView;
      want: KubernetesObject[];
      actual: KubernetesObject[];
      claims: SyncClaim[];
      scope: SyncScope;
      hooks: SyncHooks;
    },
    problems: SideProblems,
  ): Promise<Error | undefined> {
    const { cluster, client, view, actual, claims, scope, hooks } = input;
    const byId = new Map(claims.map(c => [c.id, c]));
    const { diff, collisions } = await diffByNamespace(input.want, actual);
    for (const c of collisions)
      problems.add('conflicts', c.object, cluster, c.reason);

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
      const policies = listPorterObjects(
        view,
        this.config.instance,
        { type: 'cluster' },
        [NETWORK_POLICY],
      );
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
      this.writeContext(view, byId, async id =>
        (await hooks.versions([id])).has(id),
      ),
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

  /** How applyDiff tells whose objects are whose, and shows each write in the view at once. */
  writeContext(
    view: ClusterView,
    byId: Map<number, SyncClaim>,
    claimExists: (id: number) => Promise<boolean>,
  ): WriteContext {
    return {
      instance: this.config.instance,
      claimExists,
      adopted: (id: number) => byId.get(id)?.adopted ?? false,
      recorded: (written, removed) => {
        view.record((written ?? removed)!, written, removed);
      },
    };
  }
}
