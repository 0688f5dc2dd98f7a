import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ClaimId,
  ClaimManifests,
  ClaimSide,
  KubernetesObject,
  ServiceType,
} from '@internal/plugin-porter-common';
import { ClusterClient } from '../clusters/ClusterClient';
import { TRANSPORT_SERVER } from '../clusters/kinds';
import type { ClusterViews } from '../clusters/watch/ClusterViews';
import type { PorterConfig } from '../config/readPorterConfig';
import { planClaim } from '../planning/plan';
import { applyDiff } from './applyDiff';
import { claimKey, ClusterPass, SideProblems } from './ClusterPass';
import { describeSide } from './describeSide';
import { COLLECTED_KINDS, listPorterObjects } from './listPorterObjects';
import type { SyncClaim, SyncHooks, SyncScope } from './syncTypes';
import { ViewFacts } from './ViewFacts';

export type { SyncClaim, SyncHooks, SyncScope } from './syncTypes';

/**
 * A pass over thousands of claims is CPU work; every so many claims it lets
 * requests waiting on the event loop run, so the API answers during a pass.
 */
const letOthersRun = (i: number) =>
  i > 0 && i % 200 === 0
    ? new Promise<void>(resolve => setImmediate(resolve))
    : Promise.resolve();

/** The plans of a sync: per claim, and every planned object per cluster. */
interface Plans {
  byClaim: Map<number, ClaimManifests>;
  byCluster: Map<string, KubernetesObject[]>;
  notes: Map<number, string[]>;
}

/** What a sync saw: each claim's sides, and the clusters that were in sync to be looked at. */
export interface SyncResult {
  sides: Map<number, ClaimSide[]>;
  observed: string[];
}

export interface ClusterSyncOptions {
  clients: Map<string, ClusterClient>;
  views: ClusterViews;
  config: PorterConfig;
  logger: LoggerService;
}

/**
 * Makes the clusters match the claims. Reads come from the cluster views
 * (list + watch), so a sync calls the API only to write what differs:
 * follow Service type changes, plan, diff against this portal's objects,
 * write, and describe each side. Never writes over an object that is not
 * this portal's or is another existing claim's (the side is in Error); never
 * writes for a claim changed or deleted since the sync read it; holds back
 * deletions the deletion guard does not allow. A cluster whose view is not
 * in sync leaves its sides Degraded; the other clusters go on.
 */
export class ClusterSync {
  private readonly pass: ClusterPass;

  constructor(private readonly options: ClusterSyncOptions) {
    this.pass = new ClusterPass(options.config, options.logger);
  }

  async sync(
    claims: SyncClaim[],
    scope: SyncScope,
    hooks: SyncHooks,
  ): Promise<SyncResult> {
    const facts = new ViewFacts(
      this.options.views,
      this.options.config.clusterTimeoutMs,
    );
    const clusters = this.clustersOf(claims, scope);
    await facts.prepare(clusters);
    await this.followServiceTypes(claims, facts, hooks);
    const plans = await this.plan(claims, facts);
    const problems = new SideProblems();
    const actual = await this.write(
      clusters,
      { claims, scope, hooks },
      plans,
      facts,
      problems,
    );
    return {
      sides: await this.describe(
        claims,
        plans,
        facts,
        actual,
        problems,
        new Date(),
      ),
      observed: clusters.filter(c => !facts.unreachable.has(c)),
    };
  }

  /** Deletes every object of a claim (by its id) in the given clusters; returns the clusters it could not reach. */
  async remove(
    claim: ClaimId & { id: number },
    clusters: string[],
  ): Promise<string[]> {
    const facts = new ViewFacts(
      this.options.views,
      this.options.config.clusterTimeoutMs,
    );
    await facts.prepare(clusters);
    const failed: string[] = [];
    for (const cluster of clusters) {
      const client = this.options.clients.get(cluster);
      const view = this.options.views.get(cluster);
      if (!client || !view || facts.unreachable.has(cluster)) {
        failed.push(cluster);
        continue;
      }
      const actual = listPorterObjects(
        view,
        this.options.config.instance,
        { type: 'ids', claims: [claim] },
        COLLECTED_KINDS,
      );
      const result = await applyDiff(
        client,
        { create: [], update: [], remove: actual },
        this.pass.writeContext(view, new Map(), async () => false),
      );
      if (result.unavailable || result.failures.length) failed.push(cluster);
    }
    return failed;
  }

  private clustersOf(claims: SyncClaim[], scope: SyncScope): string[] {
    return scope === 'cluster'
      ? [...this.options.config.clusters.keys()]
      : [...new Set(claims.flatMap(c => c.allocations.map(a => a.cluster)))];
  }

  /** The NodePort migration: a side whose Service changed type gets the new pool's address, same port. */
  private async followServiceTypes(
    claims: SyncClaim[],
    facts: ViewFacts,
    hooks: SyncHooks,
  ) {
    for (const claim of claims) {
      for (const [i, allocation] of claim.allocations.entries()) {
        const target = facts.target(
          allocation.cluster,
          claim.namespace,
          claim.spec.service,
        );
        const type = target?.service?.spec?.type as ServiceType | undefined;
        const pool =
          type &&
          this.options.config.clusters.get(allocation.cluster)?.addresses[type];
        if (type && pool && type !== allocation.serviceType) {
          claim.allocations[i] = await hooks.readdress(claim, allocation, type);
        }
      }
    }
  }

  /** Each claim's objects, from what its own cluster says about the target Service. */
  private async plan(claims: SyncClaim[], facts: ViewFacts): Promise<Plans> {
    const plans: Plans = {
      byClaim: new Map(),
      byCluster: new Map(),
      notes: new Map(),
    };
    for (const [i, claim] of claims.entries()) {
      await letOthersRun(i);
      const ports = facts.target(
        claim.cluster,
        claim.namespace,
        claim.spec.service,
      )?.service?.spec?.ports?.length;
      const plan = planClaim({
        claim,
        allocations: claim.allocations,
        instance: this.options.config.instance,
        facts: {
          targetServicePortCount: ports,
          ownsLegacyName: claim.ownsLegacyName,
        },
      });
      plans.byClaim.set(claim.id, plan);
      if (
        (ports ?? 1) > 1 &&
        claim.allocations.length === 2 &&
        claim.legacyOwner
      ) {
        plans.notes.set(claim.id, [
          `The legacy cross-connect name '${claim.spec.service}-<cluster>' belongs to claim '${claim.legacyOwner}', ` +
            `the oldest on Service '${claim.spec.service}'; this claim's cross-connects carry the port in their name.`,
        ]);
      }
      for (const { cluster, objects } of plan.items) {
        const list = plans.byCluster.get(cluster) ?? [];
        list.push(...objects);
        plans.byCluster.set(cluster, list);
      }
    }
    return plans;
  }

  /** Per cluster in sync: diff the plans against this portal's objects there, and write. */
  private async write(
    clusters: string[],
    input: { claims: SyncClaim[]; scope: SyncScope; hooks: SyncHooks },
    plans: Plans,
    facts: ViewFacts,
    problems: SideProblems,
  ): Promise<Map<string, KubernetesObject[]>> {
    const actualByCluster = new Map<string, KubernetesObject[]>();
    for (const cluster of clusters) {
      const client = this.options.clients.get(cluster);
      const view = this.options.views.get(cluster);
      if (!client || !view || facts.unreachable.has(cluster)) continue;
      const actual = listPorterObjects(
        view,
        this.options.config.instance,
        input.scope === 'cluster'
          ? { type: 'cluster' }
          : { type: 'claims', claims: input.claims },
      );
      actualByCluster.set(cluster, actual);
      const unavailable = await this.pass.run(
        {
          ...input,
          cluster,
          client,
          view,
          want: plans.byCluster.get(cluster) ?? [],
          actual,
        },
        problems,
      );
      if (unavailable) facts.markUnreachable(cluster, unavailable);
    }
    return actualByCluster;
  }

  /** What each side looks like now. */
  private async describe(
    claims: SyncClaim[],
    plans: Plans,
    facts: ViewFacts,
    actualByCluster: Map<string, KubernetesObject[]>,
    problems: SideProblems,
    now: Date,
  ): Promise<Map<number, ClaimSide[]>> {
    // Each cluster's TransportServers by namespace/name: one lookup per side.
    const transportServers = new Map<string, KubernetesObject>();
    for (const [cluster, objects] of actualByCluster) {
      for (const o of objects) {
        if (o.kind === TRANSPORT_SERVER.kind) {
          transportServers.set(
            `${cluster}/${o.metadata.namespace}/${o.metadata.name}`,
            o,
          );
        }
      }
    }
    const sides = new Map<number, ClaimSide[]>();
    for (const [i, claim] of claims.entries()) {
      await letOthersRun(i);
      sides.set(
        claim.id,
        claim.allocations.map(allocation => {
          const at = `${claimKey(claim)}@${allocation.cluster}`;
          return describeSide({
            claim,
            allocation,
            requireNodePort:
              this.options.config.clusters.get(allocation.cluster)
                ?.requireNodePort ?? false,
            planned:
              plans.byClaim
                .get(claim.id)!
                .items.find(item => item.cluster === allocation.cluster)
                ?.objects ?? [],
            transportServer: transportServers.get(
              `${allocation.cluster}/${claim.namespace}/${claim.name}`,
            ),
            target: facts.target(
              allocation.cluster,
              claim.namespace,
              claim.spec.service,
            ),
            unreachable: facts.unreachable.get(allocation.cluster),
            writeErrors: problems.writeErrors.get(at) ?? [],
            conflicts: problems.conflicts.get(at) ?? [],
            notes: plans.notes.get(claim.id),
            observedAt: now,
          });
        }),
      );
    }
    return sides;
  }
}
