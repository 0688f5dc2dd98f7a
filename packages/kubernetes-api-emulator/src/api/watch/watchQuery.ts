import { FieldRequirement, parseFieldSelector } from '../fieldSelector';
import { parseLabelSelector, Requirement } from '../labelSelector';
import { queryBool, validateListOptions } from '../listOptions';
import type { ResourceType } from '../resourceType';
import { badRequest } from '../status';

/** `?watch=` as the API server reads it: `true` or `1`. */
export function isWatch(query: URLSearchParams): boolean {
  const value = query.get('watch');
  return value === 'true' || value === '1';
}

/**
 * A watch request's parameters, checked before any event is sent (400 for a
 * malformed one, 422 for streaming-list options a real server refuses).
 */
export interface WatchQuery {
  /** undefined: unset or "0", which start with the current objects as ADDED. */
  resourceVersion?: number;
  /**
   * A streaming list's `sendInitialEvents` (only with WatchList on, and
   * resourceVersionMatch=NotOlderThan). true: the current objects as ADDED,
   * then a BOOKMARK marking their end, whatever the resourceVersion. false:
   * no initial objects; from resourceVersion if given, else from now.
   * undefined: a plain watch.
   */
  sendInitialEvents?: boolean;
  allowBookmarks: boolean;
  /** Server-side end of the watch; undefined: the server's default. */
  timeoutSeconds?: number;
  labels: Requirement[];
  fields: FieldRequirement[];
}

export function parseWatchQuery(
  type: ResourceType,
  query: URLSearchParams,
  name?: string,
  options: { watchList: boolean } = { watchList: true },
): WatchQuery {
  const rv = query.get('resourceVersion') ?? '';
  if (rv !== '' && !/^\d+$/.test(rv)) {
    throw badRequest(`invalid resource version: "${rv}"`);
  }
  const timeout = query.get('timeoutSeconds');
  if (timeout !== null && !/^\d+$/.test(timeout)) {
    throw badRequest(
      `invalid timeoutSeconds "${timeout}": must be a non-negative integer`,
    );
  }
  const fields = parseFieldSelector(
    type,
    query.get('fieldSelector') ?? undefined,
  );
  // A watch on an object's own path is a watch of the list for that name.
  if (name !== undefined) {
    fields.push({ field: 'metadata.name', negate: false, value: name });
  }
  const labels = parseLabelSelector(query.get('labelSelector') ?? undefined);
  // After the 400s, as the real server decodes the options before validating them.
  validateListOptions(query, { watch: true, watchList: options.watchList });
  return {
    resourceVersion: rv === '' || rv === '0' ? undefined : Number(rv),
    sendInitialEvents: queryBool(query.get('sendInitialEvents')),
    allowBookmarks: queryBool(query.get('allowWatchBookmarks')) ?? false,
    timeoutSeconds:
      timeout === null || Number(timeout) === 0 ? undefined : Number(timeout),
    labels,
    fields,
  };
}
