import type { Claim } from '@internal/plugin-porter-common';

/**
 * How the tab follows claims that are still settling: reload after
 * `firstDelayMs`, doubling each time up to `maxDelayMs`, for as long as a
 * side is Pending or Degraded (or not observed yet). A change made in the tab
 * starts again from `firstDelayMs`.
 */
export const LIVE_REFRESH = {
  firstDelayMs: 2_000,
  maxDelayMs: 30_000,
};

/** The wait after `delayMs`: twice as long, at most `LIVE_REFRESH.maxDelayMs`. */
export function nextDelay(delayMs: number): number {
  return Math.min(delayMs * 2, LIVE_REFRESH.maxDelayMs);
}

/**
 * The clusters where some claim is still settling (a side not observed yet,
 * Pending or Degraded); empty when everything has settled.
 */
export function settlingClusters(claims: Claim[]): string[] {
  const clusters = new Set<string>();
  for (const claim of claims) {
    const sides = claim.status.sides ?? [];
    for (const allocation of claim.status.allocations) {
      const side = sides.find(s => s.cluster === allocation.cluster);
      if (!side || side.phase === 'Pending' || side.phase === 'Degraded') {
        clusters.add(allocation.cluster);
      }
    }
    for (const side of sides) {
      if (side.phase === 'Pending' || side.phase === 'Degraded') {
        clusters.add(side.cluster);
      }
    }
  }
  return [...clusters];
}
