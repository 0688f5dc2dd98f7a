/**
 * 32-bit FNV-1a of a string: a small, stable fingerprint, the same in the
 * browser and in Node. Callers format it (names are part of what Porter
 * writes into clusters, so a format never changes once used).
 *
 * @public
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
