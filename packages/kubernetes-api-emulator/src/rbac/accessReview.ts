import type { ObjectStore } from '../cluster/ObjectStore';
import { isPlainObject } from '../api/json';
import type { ApiRequest, ApiResult } from '../api/request';
import type { ResourceType } from '../api/resources';
import {
  badRequest,
  invalid,
  methodNotAllowed,
  StatusCause,
} from '../api/status';
import { authorize } from './authorize';
import { RBAC_RESOURCE_TYPES } from './resourceTypes';
import type { AccessRequest, Binding, RbacObjects, Role } from './types';

const GROUP = 'authorization.k8s.io';
const PREFIX = `/apis/${GROUP}/v1`;

/**
 * Who a SelfSubjectAccessReview asks for when the request does not
 * impersonate anyone: the emulator knows one token per cluster, and this is
 * the identity it stands for.
 */
export const EMULATED_TOKEN_IDENTITY = {
  user: 'system:serviceaccount:default:emulated-client',
  groups: [
    'system:serviceaccounts',
    'system:serviceaccounts:default',
    'system:authenticated',
  ],
};

type ReviewKind =
  | 'SubjectAccessReview'
  | 'SelfSubjectAccessReview'
  | 'LocalSubjectAccessReview';

const reviewType = (kind: ReviewKind, plural: string): ResourceType => ({
  group: GROUP,
  version: 'v1',
  apiVersion: `${GROUP}/v1`,
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced: kind === 'LocalSubjectAccessReview',
  statusSubresource: false,
});

/**
 * `POST /apis/authorization.k8s.io/v1/{subjectaccessreviews,
 * selfsubjectaccessreviews, namespaces/{ns}/localsubjectaccessreviews}`:
 * answers whether the subject may do the request, from the cluster's RBAC
 * objects, as the real API server does (201 with `status.allowed` and
 * `status.reason`; 422 for an invalid spec). Nothing is stored. Returns
 * undefined for any other path.
 */
export function serveAccessReview(
  store: ObjectStore,
  req: ApiRequest,
): ApiResult | undefined {
  const target = reviewTarget(req.path);
  if (!target) return undefined;
  if (req.method.toUpperCase() !== 'POST') throw methodNotAllowed();
  const type = reviewType(target.kind, target.plural);
  const review = parseReview(type, req.body);
  const spec = isPlainObject(review.spec) ? review.spec : {};
  const causes = validateSpec(target.kind, spec, target.namespace);
  if (causes.length > 0) throw invalid(type, '', causes);

  const subject =
    target.kind === 'SelfSubjectAccessReview'
      ? impersonated(req.headers)
      : {
          user: typeof spec.user === 'string' ? spec.user : '',
          groups: Array.isArray(spec.groups)
            ? spec.groups.filter((g: unknown) => typeof g === 'string')
            : [],
        };
  const request: AccessRequest = {
    ...subject,
    resourceAttributes: spec.resourceAttributes,
    nonResourceAttributes: spec.nonResourceAttributes,
  };
  const decision = authorize(request, rbacObjects(store));
  return {
    status: 201,
    body: {
      kind: target.kind,
      apiVersion: `${GROUP}/v1`,
      metadata: {
        creationTimestamp: null,
        ...(target.namespace ? { namespace: target.namespace } : {}),
      },
      spec:
        target.kind === 'SelfSubjectAccessReview'
          ? spec
          : { ...spec, user: subject.user, groups: subject.groups },
      status: {
        allowed: decision.allowed,
        ...(decision.reason ? { reason: decision.reason } : {}),
        ...(decision.evaluationError
          ? { evaluationError: decision.evaluationError }
          : {}),
      },
    },
  };
}

function reviewTarget(
  path: string,
): { kind: ReviewKind; plural: string; namespace?: string } | undefined {
  if (!path.startsWith(`${PREFIX}/`)) return undefined;
  const parts = path
    .slice(PREFIX.length + 1)
    .split('/')
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'subjectaccessreviews') {
    return { kind: 'SubjectAccessReview', plural: parts[0] };
  }
  if (parts.length === 1 && parts[0] === 'selfsubjectaccessreviews') {
    return { kind: 'SelfSubjectAccessReview', plural: parts[0] };
  }
  if (
    parts.length === 3 &&
    parts[0] === 'namespaces' &&
    parts[2] === 'localsubjectaccessreviews'
  ) {
    return {
      kind: 'LocalSubjectAccessReview',
      plural: parts[2],
      namespace: decodeURIComponent(parts[1]),
    };
  }
  return undefined;
}

function parseReview(type: ResourceType, body?: string): Record<string, any> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch (error) {
    throw badRequest(
      `couldn't get version/kind; json parse error: ${
        (error as Error).message
      }`,
    );
  }
  if (!isPlainObject(parsed)) {
    throw badRequest(
      "couldn't get version/kind; json parse error: the body is not a JSON object",
    );
  }
  if (
    parsed.apiVersion !== undefined &&
    parsed.apiVersion !== type.apiVersion
  ) {
    throw badRequest(
      `the API version in the data (${parsed.apiVersion}) does not match the expected API version (${type.apiVersion})`,
    );
  }
  if (parsed.kind !== undefined && parsed.kind !== type.kind) {
    throw badRequest(
      `the kind in the data (${parsed.kind}) does not match the expected kind (${type.kind})`,
    );
  }
  return parsed;
}

/** pkg/apis/authorization/validation, with its wording. */
function validateSpec(
  kind: ReviewKind,
  spec: Record<string, any>,
  namespace: string | undefined,
): StatusCause[] {
  const causes: StatusCause[] = [];
  const cause = (field: string, message: string) =>
    causes.push({ reason: 'FieldValueInvalid', field, message });
  const hasResource = isPlainObject(spec.resourceAttributes);
  const hasNonResource = isPlainObject(spec.nonResourceAttributes);
  if (hasResource && hasNonResource) {
    cause(
      'spec.nonResourceAttributes',
      'Invalid value: "null": cannot be specified in combination with resourceAttributes',
    );
  }
  if (!hasResource && !hasNonResource) {
    cause(
      'spec.resourceAttributes',
      'Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
    );
  }
  if (kind === 'SelfSubjectAccessReview') return causes;
  const groups = Array.isArray(spec.groups) ? spec.groups : [];
  if (!spec.user && groups.length === 0) {
    cause(
      'spec.user',
      'Invalid value: "": at least one of user or group must be specified',
    );
  }
  if (kind === 'LocalSubjectAccessReview') {
    if (hasNonResource) {
      cause(
        'spec.nonResourceAttributes',
        'Invalid value: "null": disallowed on this kind of request',
      );
    }
    const asked = spec.resourceAttributes?.namespace;
    if (hasResource && asked !== namespace) {
      cause(
        'spec.resourceAttributes.namespace',
        `Invalid value: "${asked ?? ''}": must match metadata.namespace`,
      );
    }
  }
  return causes;
}

/** The requester of a SelfSubjectAccessReview: the impersonation headers, or the token's identity. */
function impersonated(headers: Record<string, string>) {
  const user = headers['impersonate-user'];
  if (!user) return EMULATED_TOKEN_IDENTITY;
  const groups = (headers['impersonate-group'] ?? '')
    .split(',')
    .map(g => g.trim())
    .filter(Boolean);
  return { user, groups: [...groups, 'system:authenticated'] };
}

function rbacObjects(store: ObjectStore): RbacObjects {
  const [roles, roleBindings, clusterRoles, clusterRoleBindings] =
    RBAC_RESOURCE_TYPES.map(type => store.list(type));
  return {
    roles: roles as unknown as Role[],
    roleBindings: roleBindings as unknown as Binding[],
    clusterRoles: clusterRoles as unknown as Role[],
    clusterRoleBindings: clusterRoleBindings as unknown as Binding[],
  };
}
