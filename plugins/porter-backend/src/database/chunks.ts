/*
 * Batches for `whereIn` and multi-row inserts, so a query over any number of
 * claims is one query per batch, never one per claim, and stays well under
 * every database's limit on bound parameters.
 */

/** Ids (one parameter each) per `whereIn`, or rows per insert. */
export const ID_CHUNK = 500;

/** Tuples (three parameters each) per `whereIn`. */
export const TUPLE_CHUNK = 300;

/** The list in consecutive slices of at most `size` items. */
export function chunks<T>(list: T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < list.length; i += size) {
    slices.push(list.slice(i, i + size));
  }
  return slices;
}
