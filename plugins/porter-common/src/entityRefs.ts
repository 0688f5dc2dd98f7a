/**
 * The catalog compares entity refs without regard to case; Porter stores and
 * compares them lower-cased, with this one function.
 *
 * @public
 */
export function normalizeEntityRef(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}
