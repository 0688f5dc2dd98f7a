import type { AdminOverview, BrokenSide } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { PorterConfig } from '../config/readPorterConfig';
import type { PorterStores } from '../database/PorterDatabase';
import { poolUsage } from './poolUsage';

/** How many broken sides the overview lists; the newest matter most. */
const PROBLEM_LIMIT = 200;

/**
 * The platform administrators' view: port usage per cluster and address,
 * claims per namespace against the quota, and the sides that are Degraded
 * or in Error. Aggregates in the database; no per-claim reads.
 */
export async function adminOverview(options: {
  db: Knex;
  stores: Pick<
    PorterStores,
    'portUsage' | 'claims' | 'sides' | 'deletionGuards' | 'findings'
  >;
  config: PorterConfig;
}): Promise<AdminOverview> {
  const { db, stores, config } = options;
  const [usage, byAddress, namespaces, problems, deletionGuards, findings] =
    await Promise.all([
      poolUsage({ db, portUsage: stores.portUsage, config }),
      stores.portUsage.usageByAddress(db),
      stores.claims.countByNamespace(db),
      stores.sides.inPhases(db, ['Degraded', 'Error'], PROBLEM_LIMIT),
      stores.deletionGuards.all(db),
      stores.findings.all(db),
    ]);
  return {
    clusters: usage.map(u => {
      const cluster = config.clusters.get(u.cluster)!;
      // Every configured address, even those holding no port yet.
      const pools = Object.entries(cluster.addresses).flatMap(
        ([serviceType, addresses]) =>
          (addresses ?? []).map(address => {
            const held = byAddress.find(
              b =>
                b.cluster === u.cluster &&
                b.address === address &&
                b.serviceType === serviceType,
            );
            return {
              serviceType: serviceType as 'ClusterIP' | 'NodePort',
              address,
              allocated: held?.allocated ?? 0,
              retained: held?.retained ?? 0,
            };
          }),
      );
      return { ...u, role: cluster.role, pools };
    }),
    namespaces: namespaces.map(n => ({
      ...n,
      quota: config.quotaPerNamespace,
    })),
    deletionGuards,
    findings,
    problems: problems.map(({ claim, side }) => ({
      ...claim,
      side: side.cluster,
      // Only Degraded and Error sides are read (inPhases above).
      phase: side.phase as BrokenSide['phase'],
      reasons: side.reasons,
      observedAt: side.observedAt,
    })),
  };
}
