/**
 * The HTTP status of a failed Porter API call (PorterClient throws
 * Backstage's ResponseError, which carries it), or undefined for anything
 * else, e.g. a network failure.
 */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** A 409: the state the request was based on changed meanwhile; nothing was written. */
export const isConflict = (error: unknown) => httpStatusOf(error) === 409;
