/**
 * `items` newest first by the timestamp `at` reads; items of the same
 * instant keep their order (the sort is stable).
 */
export function newestFirst<T>(items: T[], at: (item: T) => string): T[] {
  return [...items].sort((a, b) => Date.parse(at(b)) - Date.parse(at(a)));
}
