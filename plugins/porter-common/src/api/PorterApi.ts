import type { ClaimSpecInput } from '../schema/claimSpec';
import type {
  AdminOverview,
  Claim,
  ClaimId,
  ClaimManifests,
  ClaimPreview,
  DeletionGuardStatus,
  NamespaceAccess,
  PorterApiOperations,
} from '../types';

/** What an operation answers with on success (200 or 201), as the contract says. @public */
export type OperationResult<Id extends keyof PorterApiOperations> =
  PorterApiOperations[Id]['responses'] extends infer R
    ? R extends { 200: { content: { 'application/json': infer B } } }
      ? B
      : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
    : never;

/** One page of `GET /claims`: at most `limit` claims after `cursor`, filtered. @public */
export type ClaimPageRequest = NonNullable<
  PorterApiOperations['listClaims']['parameters']['query']
>;

/**
 * The filters of `GET /claims`: cluster, namespace and entity.
 *
 * @public
 */
export type ClaimFilter = Pick<
  ClaimPageRequest,
  'cluster' | 'namespace' | 'entityRef'
>;

/** One page of claims; `nextCursor` is set while more may follow. @public */
export type ClaimPage = OperationResult<'listClaims'>;

/**
 * The result of applying a claim: the claim, and whether it was created.
 *
 * @public
 */
export interface ApplyClaimResult {
  claim: Claim;
  /** True when the claim did not exist before. */
  created: boolean;
}

/**
 * The Porter REST API (`/api/porter`), as described by its OpenAPI document.
 *
 * @public
 */
export interface PorterApi {
  listClusters(): Promise<OperationResult<'listClusters'>>;
  /** One page of claims the caller may read, ordered by cluster, namespace, name. */
  listClaims(request?: ClaimPageRequest): Promise<ClaimPage>;
  getClaim(id: ClaimId): Promise<Claim>;
  /** Create or update (idempotent). */
  applyClaim(
    id: ClaimId,
    body: { spec: ClaimSpecInput; entityRef?: string },
  ): Promise<ApplyClaimResult>;
  /**
   * A dry run of `applyClaim`: every check, the ports the claim would get and
   * the objects it would write, without writing anything.
   */
  previewClaim(
    id: ClaimId,
    body: { spec: ClaimSpecInput; entityRef?: string },
  ): Promise<ClaimPreview>;
  /** Apply a TransportServerClaim manifest, YAML text or an object, as `oc apply` would. */
  applyManifest(
    cluster: string,
    manifest: string | object,
    options?: { entityRef?: string },
  ): Promise<ApplyClaimResult>;
  deleteClaim(id: ClaimId): Promise<void>;
  getManifests(id: ClaimId): Promise<ClaimManifests>;
  getManifestsYaml(id: ClaimId): Promise<string>;
  /** The claim's events, oldest first. */
  getHistory(id: ClaimId): Promise<OperationResult<'getClaimHistory'>>;
  /** Per cluster, whether NetworkPolicies let the load balancer in, and the fix. */
  getPolicy(id: ClaimId): Promise<OperationResult<'getClaimPolicy'>>;
  /**
   * Applies the proposed NetworkPolicy where traffic is blocked; only in
   * `clusters` when given. A fix that would isolate pods which accept all
   * traffic now is refused (409) unless `confirmIsolation`.
   */
  applyPolicyFix(
    id: ClaimId,
    options?: { clusters?: string[]; confirmIsolation?: boolean },
  ): Promise<OperationResult<'applyClaimPolicy'>>;
  /** TCP connect from the backend to each side's VIP:port. */
  testClaim(id: ClaimId): Promise<OperationResult<'testClaim'>>;
  listServices(
    cluster: string,
    namespace: string,
  ): Promise<OperationResult<'listServices'>>;
  /**
   * What the caller may do in a namespace (create claims, list Services,
   * read NetworkPolicies), each with the reason, so a UI can explain before
   * anyone tries.
   */
  getNamespaceAccess(
    cluster: string,
    namespace: string,
  ): Promise<NamespaceAccess>;
  listPools(): Promise<OperationResult<'listPools'>>;
  /** Pools, quotas and broken exposures (`porter.admin.read`). */
  getAdminOverview(): Promise<AdminOverview>;
  /**
   * Lets the next reconciler pass in `cluster` delete what the deletion
   * guard holds back there (`porter.admin.confirm`). `objects` is the number
   * the administrator reviewed (the guard's `wouldDelete`): a 409 when the
   * guard now holds another number, so a confirmation never covers more than
   * was seen.
   */
  confirmDeletionGuard(
    cluster: string,
    objects: number,
  ): Promise<DeletionGuardStatus>;
}
