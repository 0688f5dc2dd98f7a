import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Allocation,
  CLAIM_CLUSTER_LABEL,
  CLAIM_NAME_LABEL,
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
import { MANAGED_KINDS, TRANSPORT_SERVER_CLAIM } from '../clusters/kinds';
import type { PorterConfig } from '../config/readPorterConfig';
import { PORTER_SELECTOR, porterLabels } from '../planning/labels';
import { planClaim } from '../planning/plan';
import { applyDiff } from './applyDiff';
import { diffObjects, objectKey } from './diff';
import { FactCache } from './gatherFacts';
import { describeSide } from './describeSide';

/** A claim as the sync needs it. */
export interface SyncClaim extends ClaimId {
  id: number;
  spec: ClaimSpec;
  entityRef?: string;
  allocations: Allocation[];
  /** Whether this is the oldest claim on its Service, owning the legacy cross-connect name. */
  ownsLegacyName: boolean;
  /** Name of the claim that owns the legacy name, when it is another one. */
  legacyOwner?: string;
}

export interface SyncHooks {
  /** The target Service's type changed (e.g. to NodePort): return the allocation with its new address. */
  readdress(
    claim: SyncClaim,
    allocation: Allocation,
    serviceType: ServiceType,
  ): Promise<Allocation>;
  /** Which of these claims (by `cluster/namespace/name`) exist now; objects of the others are garbage. */
  existing(keys: string[]): Promise<Set<string>>;
}

/** `cluster` scope: every Porter object of every cluster (the reconciler). `claims`: only these claims' objects. */
export type SyncScope = 'cluster' | 'claims';

const claimKeyOf = (o: KubernetesObject) =>
  `${o.metadata.labels?.[CLAIM_CLUSTER_LABEL]}/${o.metadata.namespace}/${o.metadata.labels?.[CLAIM_NAME_LABEL]}`;
const claimKey = (c: ClaimId) => `${c.cluster}/${c.namespace}/${c.name}`;

/**
 * Makes the clusters match the claims: gathers facts, plans, diffs against
 * what is there (one label-selected list per cluster and kind), and writes
 * only the differences. A cluster that cannot be reached leaves its sides
 * Degraded; the other clusters go on.
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

    // 1. Facts, and the NodePort migration: a side whose Service changed type gets the new pool's address.
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

    // 2. Plans, grouped by cluster.
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
        facts: {
          targetServicePortCount: own?.service?.spec?.ports?.length,
          ownsLegacyName: claim.ownsLegacyName,
        },
      });
      plans.set(claim.id, plan);
      const multiPort = (own?.service?.spec?.ports?.length ?? 1) > 1;
      if (
        multiPort &&
        claim.allocations.length === 2 &&
        !claim.ownsLegacyName &&
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

    // 3. Per cluster: list, diff, write.
    const writeErrors = new Map<string, string[]>();
    const actualByCluster = new Map<string, KubernetesObject[]>();
    const clusters =
      scope === 'cluster'
        ? [...this.config.clusters.keys()]
        : [...desired.keys()];
    for (const cluster of clusters) {
      const client = this.clients.get(cluster);
      if (!client || facts.unreachable.has(cluster)) continue;
      try {
        const want = desired.get(cluster) ?? [];
        const actual = await this.listActual(client, scope, claims, want);
        actualByCluster.set(cluster, actual);
        const diff = diffObjects(want, actual);
        diff.remove = await this.onlyGarbage(diff.remove, claims, hooks);
        const result = await applyDiff(client, diff);
        for (const failure of result.failures) {
          const key = `${claimKeyOf(failure.object)}@${cluster}`;
          const list = writeErrors.get(key) ?? [];
          list.push(
            `Writing ${failure.object.kind} '${failure.object.metadata.name}' failed: ${failure.error.message}`,
          );
          writeErrors.set(key, list);
        }
        if (result.unavailable)
          facts.markUnreachable(cluster, result.unavailable);
        const done =
          diff.create.length + diff.update.length + diff.remove.length;
        if (done > 0) {
          this.logger.info(
            `Synced ${cluster}: ${diff.create.length} created, ${diff.update.length} updated, ${diff.remove.length} removed`,
          );
        }
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

    // 4. What each side looks like now.
    const sides = new Map<number, ClaimSide[]>();
    for (const claim of claims) {
      const list: ClaimSide[] = [];
      for (const allocation of claim.allocations) {
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
            writeErrors:
              writeErrors.get(`${claimKey(claim)}@${allocation.cluster}`) ?? [],
          }),
        );
      }
      sides.set(claim.id, list);
    }
    return sides;
  }

  /** Deletes every object of a claim in the given clusters; returns the clusters it could not reach. */
  async remove(claim: ClaimId, clusters: string[]): Promise<string[]> {
    const failed: string[] = [];
    for (const cluster of clusters) {
      const client = this.clients.get(cluster);
      if (!client) continue;
      try {
        const actual = await this.listActual(client, 'claims', [claim], []);
        const result = await applyDiff(client, {
          create: [],
          update: [],
          remove: actual,
        });
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

  /**
   * Porter's objects in a cluster: one label-selected list per kind. The
   * TransportServerClaims wanted are also looked up by name, so a claim made
   * with `oc apply` (no Porter labels yet) is updated rather than re-created.
   */
  private async listActual(
    client: ClusterClient,
    scope: SyncScope,
    claims: ClaimId[],
    want: KubernetesObject[],
  ): Promise<KubernetesObject[]> {
    const actual: KubernetesObject[] = [];
    const selectors: Array<{ namespace?: string; labelSelector: string }> =
      scope === 'cluster'
        ? [{ labelSelector: PORTER_SELECTOR }]
        : claims.map(c => ({
            namespace: c.namespace,
            labelSelector: Object.entries(porterLabels(c))
              .map(([k, v]) => `${k}=${v}`)
              .join(','),
          }));
    for (const kind of MANAGED_KINDS) {
      for (const selector of selectors) {
        actual.push(...(await client.list(kind, selector)));
      }
    }
    const seen = new Set(actual.map(objectKey));
    for (const tsc of want.filter(
      o => o.kind === TRANSPORT_SERVER_CLAIM.kind && !seen.has(objectKey(o)),
    )) {
      const existing = await client.get(
        TRANSPORT_SERVER_CLAIM,
        tsc.metadata.namespace!,
        tsc.metadata.name,
      );
      if (existing)
        actual.push({
          ...existing,
          apiVersion: tsc.apiVersion,
          kind: tsc.kind,
        });
    }
    return actual;
  }

  /**
   * Objects to remove: those a synced claim no longer plans, and those whose
   * claim is gone. An object of a claim outside this sync is left alone when
   * the claim exists (it may have been created since the claims were read).
   */
  private async onlyGarbage(
    candidates: KubernetesObject[],
    claims: ClaimId[],
    hooks: SyncHooks,
  ) {
    const synced = new Set(claims.map(claimKey));
    const foreign = [
      ...new Set(candidates.map(claimKeyOf).filter(k => !synced.has(k))),
    ];
    const existing = foreign.length
      ? await hooks.existing(foreign)
      : new Set<string>();
    return candidates.filter(
      o => synced.has(claimKeyOf(o)) || !existing.has(claimKeyOf(o)),
    );
  }
}
