import { invalid, StatusCause } from './status';

/**
 * The list options of streaming lists (KEP-3157, the WatchList feature),
 * checked as kube-apiserver checks them (k8s.io/apimachinery's
 * ValidateListOptions) before any item or event is sent: a 422 `Invalid`
 * Status for `ListOptions.meta.k8s.io ""`, every error found in one message.
 */

/** The annotation of the BOOKMARK that ends a watch's initial events. */
export const INITIAL_EVENTS_END_ANNOTATION = 'k8s.io/initial-events-end';

export type ResourceVersionMatch = 'NotOlderThan' | 'Exact';

/**
 * A boolean query parameter as the API server converts it
 * (Convert_Slice_string_To_bool): absent is unset; "0" and "false" (any
 * case) are false; anything else, even an empty value, is true.
 */
export function queryBool(value: string | null): boolean | undefined {
  if (value === null) return undefined;
  return !(value === '0' || value.toLowerCase() === 'false');
}

const LIST_OPTIONS = { kind: 'ListOptions', group: 'meta.k8s.io' };

const forbidden = (field: string, detail: string): StatusCause => ({
  reason: 'FieldValueForbidden',
  message: `Forbidden: ${detail}`,
  field,
});

const notSupported = (
  field: string,
  value: string,
  supported: string[],
): StatusCause => ({
  reason: 'FieldValueNotSupported',
  message: `Unsupported value: "${value}": supported values: ${supported
    .map(v => `"${v}"`)
    .join(', ')}`,
  field,
});

/**
 * Checks a list's or a watch's streaming-list options; throws the 422 a real
 * server answers. `watchList`: whether the cluster plays a server with the
 * WatchList feature gate on (Kubernetes 1.32, 1.34+) or off (1.33).
 */
export function validateListOptions(
  query: URLSearchParams,
  options: { watch: boolean; watchList: boolean },
): void {
  const causes = options.watch
    ? watchCauses(query, options.watchList)
    : listCauses(query);
  if (causes.length > 0) throw invalid(LIST_OPTIONS, '', causes);
}

function listCauses(query: URLSearchParams): StatusCause[] {
  const causes: StatusCause[] = [];
  const match = query.get('resourceVersionMatch') ?? '';
  const rv = query.get('resourceVersion') ?? '';
  if (match !== '') {
    if (rv === '') {
      causes.push(
        forbidden(
          'resourceVersionMatch',
          'resourceVersionMatch is forbidden unless resourceVersion is provided',
        ),
      );
    }
    if (query.get('continue')) {
      causes.push(
        forbidden(
          'resourceVersionMatch',
          'resourceVersionMatch is forbidden when continue is provided',
        ),
      );
    }
    if (match !== 'Exact' && match !== 'NotOlderThan') {
      causes.push(
        notSupported('resourceVersionMatch', match, [
          'Exact',
          'NotOlderThan',
          '',
        ]),
      );
    }
    if (match === 'Exact' && rv === '0') {
      causes.push(
        forbidden(
          'resourceVersionMatch',
          'resourceVersionMatch "exact" is forbidden for resourceVersion "0"',
        ),
      );
    }
  }
  if (queryBool(query.get('sendInitialEvents')) !== undefined) {
    causes.push(
      forbidden('sendInitialEvents', 'sendInitialEvents is forbidden for list'),
    );
  }
  return causes;
}

function watchCauses(
  query: URLSearchParams,
  watchList: boolean,
): StatusCause[] {
  const causes: StatusCause[] = [];
  const match = query.get('resourceVersionMatch') ?? '';
  const sendInitialEvents = queryBool(query.get('sendInitialEvents'));
  if (sendInitialEvents !== undefined) {
    if (match !== 'NotOlderThan') {
      causes.push(
        forbidden(
          'resourceVersionMatch',
          'sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
        ),
      );
    }
    // The end of the initial events is a BOOKMARK, so it must be asked for.
    if (sendInitialEvents && !queryBool(query.get('allowWatchBookmarks'))) {
      causes.push(
        forbidden(
          'allowWatchBookmarks',
          'sendInitialEvents requires setting allowWatchBookmarks to true',
        ),
      );
    }
    if (!watchList) {
      causes.push(
        forbidden(
          'sendInitialEvents',
          'sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled',
        ),
      );
    }
  }
  if (match !== '') {
    if (sendInitialEvents === undefined) {
      causes.push(
        forbidden(
          'resourceVersionMatch',
          'resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided',
        ),
      );
    }
    if (match !== 'NotOlderThan') {
      causes.push(
        notSupported('resourceVersionMatch', match, ['NotOlderThan']),
      );
    }
    if (query.get('continue')) {
      causes.push(
        forbidden(
          'resourceVersionMatch',
          'resourceVersionMatch is forbidden when continue is provided',
        ),
      );
    }
  }
  return causes;
}
