import type { ClaimSpecInput } from '../schema/claimSpec';
import type {
  Claim,
  ClaimEvent,
  ClaimId,
  ClaimManifests,
  ClusterSummary,
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
}
