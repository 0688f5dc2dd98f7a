import { qualifiedResource, ResourceType } from './resources';

/**
 * Kubernetes `Status` bodies, shaped and worded as the real API server writes
 * them (k8s.io/apimachinery/pkg/api/errors), so that clients and Porter's
 * error handling see in tests exactly what they will see on a cluster.
 */
export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** A request the emulated API server refuses: carries the Status to send. */
export class ApiError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.status.code;
  }
}

/** The reason the real API server gives for each status code. */
const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'Conflict',
  410: 'Expired',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

export function reasonForCode(code: number): string {
  return REASONS[code] ?? 'Unknown';
}

export function failure(
  code: number,
  reason: string,
  message: string,
  details?: StatusDetails,
): ApiError {
  return new ApiError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });
}

/** `{name, group?, kind: plural}`: group is omitted for core, as in Go's omitempty. */
function resourceDetails(type: ResourceType, name: string): StatusDetails {
  return {
    name,
    ...(type.group ? { group: type.group } : {}),
    kind: type.plural,
  };
}

export function notFound(type: ResourceType, name: string): ApiError {
  return failure(
    404,
    'NotFound',
    `${qualifiedResource(type)} "${name}" not found`,
    resourceDetails(type, name),
  );
}

/** What admission answers for a write into a namespace that does not exist. */
export function namespaceNotFound(namespace: string): ApiError {
  return failure(404, 'NotFound', `namespaces "${namespace}" not found`, {
    name: namespace,
    kind: 'namespaces',
  });
}

export function alreadyExists(type: ResourceType, name: string): ApiError {
  return failure(
    409,
    'AlreadyExists',
    `${qualifiedResource(type)} "${name}" already exists`,
    resourceDetails(type, name),
  );
}

export const OBJECT_MODIFIED =
  'the object has been modified; please apply your changes to the latest version and try again';

export function conflict(
  type: ResourceType,
  name: string,
  why: string = OBJECT_MODIFIED,
): ApiError {
  return failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(
      type,
    )} "${name}": ${why}`,
    resourceDetails(type, name),
  );
}

/**
 * 422; unlike the others, real Invalid details name the Kind, not the plural.
 * `type` is any group and kind: a stored type, or one the server only reads,
 * such as `ListOptions` of `meta.k8s.io` (see listOptions.ts). Several causes
 * are joined as Go's aggregate error prints them: `[a, b]`.
 */
export function invalid(
  type: Pick<ResourceType, 'kind' | 'group'>,
  name: string,
  causes: StatusCause[],
): ApiError {
  const list = causes.map(c => `${c.field}: ${c.message}`);
  const summary = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  return failure(
    422,
    'Invalid',
    `${type.kind}${
      type.group ? `.${type.group}` : ''
    } "${name}" is invalid: ${summary}`,
    {
      // Empty fields are left out, as Go's omitempty does.
      ...(name ? { name } : {}),
      ...(type.group ? { group: type.group } : {}),
      kind: type.kind,
      causes,
    },
  );
}

export function badRequest(message: string): ApiError {
  return failure(400, 'BadRequest', message);
}

export function unauthorized(): ApiError {
  return failure(401, 'Unauthorized', 'Unauthorized');
}

/** An unknown path: the real server's go-restful 404 has empty details. */
export function pathNotFound(): ApiError {
  return failure(
    404,
    'NotFound',
    'the server could not find the requested resource',
    {},
  );
}

export function methodNotAllowed(
  message = 'the server does not allow this method on the requested resource',
): ApiError {
  return failure(405, 'MethodNotAllowed', message, {});
}

export function unsupportedMediaType(contentType: string): ApiError {
  return failure(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json (received ${
      contentType || 'none'
    })`,
    {},
  );
}

/** An injected fault (see EmulatedFaults): the real reason for the code. */
export function injected(code: number, what: string): ApiError {
  const reason = reasonForCode(code);
  const message =
    code === 500 ? `Internal error occurred: ${what}` : `${reason}: ${what}`;
  return failure(
    code,
    reason,
    message,
    code === 429 || code === 503 ? { retryAfterSeconds: 1 } : {},
  );
}

/** The body of a successful DELETE. */
export function deleted(
  type: ResourceType,
  name: string,
  uid: string | undefined,
): Status {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { ...resourceDetails(type, name), ...(uid ? { uid } : {}) },
    code: 200,
  };
}
