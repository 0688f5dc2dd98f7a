import {
  Allocation,
  claimSpecSchema,
  ClaimSpecInput,
  KubernetesObject,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { PorterConfig } from '../../config/readPorterConfig';
import { PorterDatabase } from '../../database/PorterDatabase';
import { planClaim } from '../../planning/plan';
import { ClaimAllocator } from '../../service/ClaimAllocator';
import { realisingClusters } from '../../service/clusters';

/** One claim to store, as an apply would receive it (entityRef already resolved). */
export interface BulkClaim {
  cluster: string;
  namespace: string;
  name: string;
  entityRef: string;
  /** As a request would carry it; stored as the API stores it (parsed, defaults filled in). */
  spec: ClaimSpecInput;
  /** Ports on the target Service (planning names cross-connects by it); default 1. */
  targetServicePortCount?: number;
}

export interface BulkSeedResult {
  /** Every object the stored claims plan, per cluster: what the clusters hold once Porter has synced. */
  objects: Record<string, KubernetesObject[]>;
}

/** Claims per transaction: large enough to be quick, small enough not to hold SQLite's lock for long. */
const BATCH = 250;

/**
 * FOR BENCHMARKS: stores many claims at once through Porter's own stores and
 * allocator, as the create path writes them (claim row, `created` and
 * `allocated` events, one port per realising cluster), without the HTTP
 * round trip, the permission checks or the cluster sync. Returns the objects
 * `planClaim` gives for them, for the caller to put into the clusters, so
 * that the clusters look as if Porter had synced every claim.
 *
 * Each claim must target a Service no other claim targets (so it owns the
 * legacy cross-connect name, as the oldest claim on a Service does).
 */
export async function seedClaims(
  knex: Knex,
  config: PorterConfig,
  claims: BulkClaim[],
): Promise<BulkSeedResult> {
  const {
    claims: claimStore,
    history,
    allocations,
  } = await PorterDatabase.create({
    database: { getClient: async () => knex },
  });
  for (const cluster of config.clusters.values()) {
    await allocations.syncInventory(knex, cluster.name, cluster.ports);
  }
  const allocator = new ClaimAllocator({
    allocations,
    retentionDays: config.retentionDays,
  });

  const parsed = claims.map(c => ({
    ...c,
    spec: claimSpecSchema.parse(c.spec),
  }));
  const ids: number[] = [];
  for (let start = 0; start < parsed.length; start += BATCH) {
    await knex.transaction(async trx => {
      for (const claim of parsed.slice(start, start + BATCH)) {
        const cluster = config.clusters.get(claim.cluster);
        if (!cluster || cluster.role === 'secondary') {
          throw new Error(
            `Cannot seed a claim in '${claim.cluster}': not a cluster claims are made in`,
          );
        }
        const now = new Date();
        const id = await claimStore.insert(trx, claim, now);
        const events = await allocator.allocate(trx, {
          claimId: id,
          claim,
          clusters: realisingClusters(config, cluster),
        });
        await history.add(trx, {
          claim,
          events: [
            {
              type: 'created',
              message: `Claim ${claim.cluster}/${claim.namespace}/${claim.name} created for ${claim.entityRef}`,
            },
            ...events,
          ],
          at: now,
        });
        ids.push(id);
      }
    });
  }

  const objects: Record<string, KubernetesObject[]> = {};
  const byClaim = await allocations.forClaims(knex, ids);
  parsed.forEach((claim, i) => {
    const own = (a: Allocation) => Number(a.cluster !== claim.cluster);
    const plan = planClaim({
      claim: { ...claim, id: ids[i] },
      instance: config.instance,
      allocations: [...(byClaim.get(ids[i]) ?? [])].sort(
        (a, b) => own(a) - own(b),
      ),
      facts: {
        targetServicePortCount: claim.targetServicePortCount ?? 1,
        ownsLegacyName: true,
      },
    });
    for (const item of plan.items) {
      (objects[item.cluster] ??= []).push(...item.objects);
    }
  });
  return { objects };
}
