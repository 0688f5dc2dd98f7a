import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ClaimId,
  ClaimSide,
  KubernetesObject,
  ServiceType,
} from '@internal/plugin-porter-common';
import {
  ClusterClient,
  ClusterRequestError,
  ClusterUnavailableError,
} from '../clusters/ClusterClient';
import type { PorterConfig } from '../config/readPorterConfig';
import { planClaim } from '../planning/plan';
import { applyDiff } from './applyDiff';
import { describeSide } from './describeSide';
import { FactCache } from './gatherFacts';
import { COLLECTED_KINDS, listPorterObjects } from './listPorterObjects';
import { claimKey, ClusterPass, SideProblems } from './ClusterPass';
import type { SyncClaim, SyncHooks, SyncScope } from './syncTypes';

export type { SyncClaim, SyncHooks, SyncScope } from './syncTypes';

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
  private readonly pass: ClusterPass;

  constructor(
    private readonly clients: Map<string, ClusterClient>,
    private readonly config: PorterConfig,
    logger: LoggerService,
  ) {
    this.pass = new ClusterPass(config, logger);
  }

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
        const unavailable = await this.pass.run(
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
          this.pass.writeContext(new Map(), async () => false),
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
}
