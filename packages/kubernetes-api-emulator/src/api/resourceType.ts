import type { ObjectStore } from '../cluster/ObjectStore';
import type { ApiRequest, ApiResult } from './request';

/**
 * A column of `kubectl get` output, as a CRD's additionalPrinterColumns
 * declare it (apiextensions.k8s.io/v1): the API server evaluates `jsonPath`
 * against each object to fill the Table it returns to kubectl.
 */
export interface PrinterColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  jsonPath: string;
  description?: string;
  format?: string;
  /** 0: always shown; above 0: only with `-o wide`. */
  priority?: number;
}

/** What a handler of a non-stored (computed) resource gets. */
export interface VerbContext {
  store: ObjectStore;
  request: ApiRequest;
  resource: ResourceType;
  namespace?: string;
  name?: string;
}

export type VerbHandler = (ctx: VerbContext) => ApiResult;

/** The verbs dispatch knows; discovery advertises the ones a type allows. */
export type Verb =
  | 'create'
  | 'delete'
  | 'get'
  | 'list'
  | 'patch'
  | 'update'
  | 'watch';

/**
 * One resource type the EMULATOR serves. Stored types get every verb from
 * the generic verbs (api/verbs); a type with `handlers` answers those verbs
 * itself (e.g. metrics computed from pods, or a review that is never stored),
 * and only the verbs in `verbs` are allowed.
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
  /** Discovery categories, e.g. `all` (what `kubectl get all` lists). */
  categories?: string[];
  /** Allowed verbs (discovery and dispatch); default: all of them. */
  verbs?: readonly Verb[];
  /** Answers these verbs instead of the store (the type is not stored). */
  handlers?: Partial<Record<Verb, VerbHandler>>;
  /** Served as a custom resource (CustomResourceDefinition), not built in. */
  crd?: boolean;
  /** For custom resources: their CRD's additionalPrinterColumns. */
  printerColumns?: PrinterColumn[];
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

export const ALL_VERBS: readonly Verb[] = [
  'create',
  'delete',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

export function verbsOf(type: ResourceType): readonly Verb[] {
  return type.verbs ?? ALL_VERBS;
}

/** A core (`/api/v1`) type; namespaced unless told otherwise. */
export function core(
  plural: string,
  kind: string,
  rest: Partial<ResourceType> = {},
): ResourceType {
  return grouped('', 'v1', plural, kind, rest);
}

/** A type of a named group (`/apis/{group}/{version}`). */
export function grouped(
  group: string,
  version: string,
  plural: string,
  kind: string,
  rest: Partial<ResourceType> = {},
): ResourceType {
  return {
    group,
    version,
    apiVersion: group ? `${group}/${version}` : version,
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced: true,
    statusSubresource: false,
    ...rest,
  };
}
