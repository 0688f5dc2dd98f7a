/**
 * Chooses the VIP address for a claim from a cluster's pool.
 *
 * The choice is a hash of who holds the port, so it is stable (re-creating a
 * claim, or replanning after a restart, gives the same address), spreads
 * claims over the pool, and needs no look at what others hold.
 */
export function pickAddress(
  pool: readonly string[],
  holderKey: string,
): string {
  if (pool.length === 0) {
    throw new Error('Address pool is empty');
  }
  let hash = 0;
  for (let i = 0; i < holderKey.length; i++) {
    hash = (Math.imul(hash, 31) + holderKey.charCodeAt(i)) >>> 0;
  }
  return pool[hash % pool.length];
}
