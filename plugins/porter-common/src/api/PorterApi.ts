import type { ClaimSpecInput } from '../schema/claimSpec';
import type {
  Claim,
  ClaimEvent,
  ClaimId,
  ClaimManifests,
  ClusterSummary,
  PolicySide,
  PoolUsage,
  ProbeResult,
  ServiceSummary,
} from '../types';

export interface ClaimFilter {
  cluster?: string;
  namespace?: string;
  entityRef?: string;
}

export interface ApplyClaimResult {
  claim: Claim;
  /** True when the claim did not exist before. */
  created: boolean;
}

/** The Porter REST API (`/api/porter`), as described by its OpenAPI document. */
export interface PorterApi {
  listClusters(): Promise<{ items: ClusterSummary[] }>;
  listClaims(filter?: ClaimFilter): Promise<{ items: Claim[] }>;
  getClaim(id: ClaimId): Promise<Claim>;
  /** Create or update (idempotent). */
  applyClaim(
    id: ClaimId,
    body: { spec: ClaimSpecInput; entityRef?: string },
  ): Promise<ApplyClaimResult>;
  /** Apply a TransportServerClaim manifest, YAML text or an object, as `oc apply` would. */
  applyManifest(
    cluster: string,
    manifest: string | object,
    options?: { entityRef?: string },
  ): Promise<ApplyClaimResult>;
  deleteClaim(id: ClaimId): Promise<void>;
  getManifests(id: ClaimId): Promise<ClaimManifests>;
  getManifestsYaml(id: ClaimId): Promise<string>;
  getHistory(id: ClaimId): Promise<{ items: ClaimEvent[] }>;
  /** Per cluster, whether NetworkPolicies let the load balancer in, and the fix. */
  getPolicy(id: ClaimId): Promise<{ items: PolicySide[] }>;
  /** Applies the proposed NetworkPolicy where traffic is blocked. */
  applyPolicyFix(
    id: ClaimId,
  ): Promise<{
    items: Array<{ cluster: string; applied?: string; error?: string }>;
  }>;
  /** TCP connect from the backend to each side's VIP:port. */
  testClaim(id: ClaimId): Promise<{ items: ProbeResult[] }>;
  listServices(
    cluster: string,
    namespace: string,
  ): Promise<{ items: ServiceSummary[] }>;
  listPools(): Promise<{ items: PoolUsage[] }>;
}
