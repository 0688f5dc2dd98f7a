import { RBAC_RESOURCE_TYPES } from '../rbac/resourceTypes';

/**
 * The resource types this EMULATOR serves: the subset of the Kubernetes API
 * that Porter reads and writes. Anything else answers 404, as a real API
 * server does for a type it does not know.
 */
export interface ResourceType {
  /** API group; '' for the core group (served under /api). */
  group: string;
  version: string;
  /** `v1` for core, `group/version` otherwise: what objects carry. */
  apiVersion: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  /** Whether writes to the main resource keep `.status` (and /status exists). */
  statusSubresource: boolean;
  shortNames?: string[];
  /**
   * DELETE answers with the deleted object instead of a Success Status, as
   * the real stores of Services and Pods do (their OpenAPI return types, and
   * so client-node's typed deletes, expect the object).
   */
  returnsDeletedObject?: boolean;
  /**
   * The status a real API server gives a new object, whatever the client sent
   * (only for types with a status subresource; others keep the client's).
   */
  initialStatus?: () => Record<string, unknown>;
}

function core(
  plural: string,
  kind: string,
  rest: Partial<ResourceType> = {},
): ResourceType {
  return {
    group: '',
    version: 'v1',
    apiVersion: 'v1',
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced: true,
    statusSubresource: false,
    ...rest,
  };
}

function grouped(
  group: string,
  version: string,
  plural: string,
  kind: string,
  rest: Partial<ResourceType> = {},
): ResourceType {
  return {
    group,
    version,
    apiVersion: `${group}/${version}`,
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced: true,
    statusSubresource: false,
    ...rest,
  };
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  core('namespaces', 'Namespace', {
    namespaced: false,
    statusSubresource: true,
    shortNames: ['ns'],
    initialStatus: () => ({ phase: 'Active' }),
  }),
  core('services', 'Service', {
    statusSubresource: true,
    shortNames: ['svc'],
    returnsDeletedObject: true,
    initialStatus: () => ({ loadBalancer: {} }),
  }),
  // Endpoints' singular is the kind itself, lower-cased ('endpoints').
  core('endpoints', 'Endpoints', { shortNames: ['ep'] }),
  core('pods', 'Pod', {
    statusSubresource: true,
    shortNames: ['po'],
    returnsDeletedObject: true,
    initialStatus: () => ({ phase: 'Pending', qosClass: 'BestEffort' }),
  }),
  grouped('networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy', {
    shortNames: ['netpol'],
  }),
  grouped('cis.f5.com', 'v1', 'transportservers', 'TransportServer', {
    statusSubresource: true,
    shortNames: ['ts'],
  }),
  grouped(
    'porter.devops.gov.bc.ca',
    'v1alpha1',
    'transportserverclaims',
    'TransportServerClaim',
    { statusSubresource: true, shortNames: ['tsc'] },
  ),
  ...RBAC_RESOURCE_TYPES,
];

/** The type served at `apiVersion` under `plural`, as a URL names it. */
export function resourceTypeAt(
  apiVersion: string,
  plural: string,
): ResourceType | undefined {
  return RESOURCE_TYPES.find(
    t => t.apiVersion === apiVersion && t.plural === plural,
  );
}

/** The type of an object, from its apiVersion and kind. */
export function resourceTypeOf(object: {
  apiVersion?: unknown;
  kind?: unknown;
}): ResourceType | undefined {
  return RESOURCE_TYPES.find(
    t => t.apiVersion === object.apiVersion && t.kind === object.kind,
  );
}

/**
 * For the in-process helpers: a kind ('Service'), plural ('services'),
 * singular or short name ('svc'), any case. The names do not overlap across
 * the served groups, so no apiVersion is needed.
 */
export function resourceTypeNamed(name: string): ResourceType {
  const n = name.toLowerCase();
  const found = RESOURCE_TYPES.find(
    t =>
      t.kind.toLowerCase() === n ||
      t.plural === n ||
      t.singular === n ||
      t.shortNames?.includes(n),
  );
  if (!found) {
    throw new Error(
      `The Kubernetes API emulator does not serve '${name}'; it serves ${RESOURCE_TYPES.map(
        t => t.kind,
      ).join(', ')}`,
    );
  }
  return found;
}

/**
 * `services` or `transportservers.cis.f5.com`: how the real API server names a
 * resource in Status messages (a GroupResource's String()).
 */
export function qualifiedResource(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}
