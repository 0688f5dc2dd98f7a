import type { ClaimSpec } from './schema/claimSpec';

/** Type of the target Service; it decides which address pool a VIP comes from. */
export type ServiceType = 'ClusterIP' | 'NodePort';

/**
 * Where a cluster stands: on its own (Silver), or one side of a pair
 * (Gold = primary, GoldDR = secondary). Claims are made in standalone
 * clusters and pair primaries; the secondary is realised from the primary.
 */
export type ClusterRole = 'standalone' | 'primary' | 'secondary';

/**
 * Deletions the reconciler held back in a cluster: a pass would have deleted
 * more of Porter's objects, of claims this database has no record of, than
 * `porter.reconcile.deletionGuard` allows (e.g. an empty or wrong database
 * pointed at live clusters). Nothing is deleted there until an administrator
 * confirms or the condition clears.
 */
export interface DeletionGuardStatus {
  cluster: string;
  holding: true;
  /** Objects the last pass would have deleted. */
  wouldDelete: number;
  /** This portal's objects in the cluster then. */
  total: number;
  reason: string;
  /** The objects (`Kind/namespace/name`), the first 50. */
  objects: string[];
  /** When the guard first held. */
  since: string;
  /** The last pass that held. */
  observedAt: string;
  /** An administrator's confirmation: the next pass may delete up to `objects` of them. */
  confirmed?: { by?: string; at: string; objects: number };
}

export interface ClusterSummary {
  name: string;
  role: ClusterRole;
  /** For a primary, its secondary; for a secondary, its primary. */
  peer?: string;
  ports: { from: number; to: number };
  addresses: Partial<Record<ServiceType, string[]>>;
  /** Service type assumed for targets until the cluster reports the real one. */
  defaultServiceType: ServiceType;
  /** Whether target Services must be NodePort here. */
  requireNodePort: boolean;
  /** Set while the reconciler holds deletions back in this cluster (`GET /clusters`). */
  deletionGuard?: DeletionGuardStatus;
}

/** One VIP:port in one cluster, held by a claim. */
export interface Allocation {
  cluster: string;
  address: string;
  port: number;
  serviceType: ServiceType;
}

/**
 * How a claim stands in one cluster:
 * - Ready: the load balancer reports the TransportServer Ok and the target checks pass;
 * - Pending: objects written, the load balancer has not reported yet;
 * - Degraded: the cluster could not be reached or refused Porter's writes;
 * - Error: something the team must fix (target Service missing, wrong port or type,
 *   no ready pods, or the load balancer reports an error).
 */
export type SidePhase = 'Ready' | 'Pending' | 'Degraded' | 'Error';

/** The TransportServer's status as the load-balancer controller (F5 CIS) reports it. */
export interface TransportServerStatus {
  status?: string;
  error?: string;
  lastUpdated?: string;
}

/** A cross-connect Service in a pair side, pointing at the other side's VIP. */
export interface CrossConnect {
  name: string;
  /** The port clients in this cluster connect to. */
  port: number;
  /** The remote VIP:port the Endpoints point at. */
  endpoint: string;
}

export interface ClaimSide {
  cluster: string;
  phase: SidePhase;
  /** What is wrong, each a sentence a person can act on; empty when Ready. */
  reasons: string[];
  address?: string;
  port?: number;
  transportServer?: TransportServerStatus;
  crossConnects?: CrossConnect[];
  /** Information that needs no action, e.g. who owns a legacy cross-connect name. */
  notes?: string[];
  observedAt: string;
}

export interface ClaimStatus {
  /** One per realising cluster: standalone 1, pair 2 (primary first). */
  allocations: Allocation[];
  /** Per realising cluster, as last observed (apply, reconcile); primary first. */
  sides: ClaimSide[];
}

export interface Claim {
  cluster: string;
  namespace: string;
  name: string;
  /** The catalog entity this claim was made for, when known. */
  entityRef?: string;
  spec: ClaimSpec;
  status: ClaimStatus;
  createdAt: string;
  updatedAt: string;
}

export interface ClaimId {
  cluster: string;
  namespace: string;
  name: string;
}

export type ClaimEventType =
  | 'created'
  | 'updated'
  | 'deleted'
  | 'allocated'
  | 'reused'
  | 'retained'
  | 'released'
  | 'adopted'
  | 'readdressed'
  | 'policy-applied';

export interface ClaimEvent {
  type: ClaimEventType;
  at: string;
  /** Entity ref of the user or service that caused it. */
  actor?: string;
  message: string;
  data?: Record<string, unknown>;
}

/** A Kubernetes object as Porter plans to write it. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** The objects a claim's plan writes, per cluster. */
export interface ClaimManifests {
  items: Array<{ cluster: string; objects: KubernetesObject[] }>;
}

/** Settings that apply to every cluster (`GET /clusters`). */
export interface PorterSettings {
  /** Days a deleted claim's ports stay reserved for its namespace/Service/port. */
  retentionDays: number;
  /** Most claims per namespace per cluster. */
  quotaPerNamespace: number;
  /** Most ports a namespace may hold (allocated + retained) per cluster. */
  portsPerNamespace: number;
  /**
   * Who decides where a user may write and look inside a namespace: the
   * cluster's RBAC, or the catalog (an owned entity bound to the namespace).
   */
  namespaceAccess: NamespaceAccessMode;
}

/** `porter.authorization.namespaceAccess`. */
export type NamespaceAccessMode = 'cluster' | 'catalog';

/** One answer of `GET …/access`: whether, and why. */
export interface AccessAnswer {
  allowed: boolean;
  /** A sentence: what allowed it, or what is missing and whom to ask. */
  reason: string;
}

/** What the caller may do in one namespace of one cluster (`GET /clusters/{c}/namespaces/{ns}/access`). */
export interface NamespaceAccess {
  cluster: string;
  namespace: string;
  decidedBy: NamespaceAccessMode;
  /** The cluster user and groups Porter asked the cluster about (decidedBy: cluster). */
  clusterIdentity?: { user: string; groups: string[] };
  /** Create, change and delete claims here (for a pair's primary: in both clusters). */
  createClaims: AccessAnswer;
  /** List the namespace's Services (`GET …/services`). */
  listServices: AccessAnswer;
  /** Read the namespace's NetworkPolicies (`GET …/claims/{name}/policy`). */
  listNetworkPolicies: AccessAnswer;
}

/** Port usage of one cluster (`GET /pools`). */
export interface PoolUsage {
  cluster: string;
  ports: { from: number; to: number };
  total: number;
  allocated: number;
  retained: number;
  free: number;
  addresses: Partial<Record<ServiceType, string[]>>;
}

/** A Service a claim could target (`GET /clusters/{c}/namespaces/{ns}/services`). */
export interface ServiceSummary {
  name: string;
  type: string;
  ports: Array<{ name?: string; port: number; protocol: string }>;
  selector?: Record<string, string>;
}

export type PolicyVerdictKind =
  | 'allowed'
  | 'open'
  | 'blocked'
  | 'partial'
  | 'no-pods'
  | 'error';

/** Whether the load balancer reaches the claim's pods in one cluster (`GET …/policy`). */
export interface PolicySide {
  cluster: string;
  verdict?: {
    kind: PolicyVerdictKind;
    summary: string;
    allowedBy: string[];
    notes?: string[];
    /** The `allow-from-f5-ingress` NetworkPolicy that would let the traffic in (claimed port, TCP only). */
    fix?: KubernetesObject;
    /**
     * Pods the fix would isolate that accept all traffic now: applying it
     * needs `confirmIsolation` (`POST …/policy`).
     */
    wouldIsolate?: string[];
  };
  /** Set when the cluster could not be asked. */
  error?: string;
}

/** What applying the proposed NetworkPolicy did in one cluster (`POST …/policy`). */
export interface PolicyApplyResult {
  cluster: string;
  /** Name of the NetworkPolicy written. */
  applied?: string;
  /** Why nothing was written there. */
  error?: string;
}

/** A dry run of an apply: what the claim, its ports and its objects would be. Nothing is written. */
export interface ClaimPreview {
  claim: Claim;
  /** Whether applying would create the claim. */
  created: boolean;
  manifests: ClaimManifests;
}

/** One address of a cluster's pools and the ports held on it (`GET /admin/overview`). */
export interface AddressUsage {
  serviceType: ServiceType;
  address: string;
  allocated: number;
  retained: number;
}

/** What a platform administrator sees (`GET /admin/overview`). */
export interface AdminOverview {
  clusters: Array<PoolUsage & { role: ClusterRole; pools: AddressUsage[] }>;
  /** Claims per namespace and cluster, fullest first, against the quota. */
  namespaces: Array<{
    cluster: string;
    namespace: string;
    claims: number;
    quota: number;
  }>;
  /** Clusters where the reconciler holds deletions back until an administrator confirms. */
  deletionGuards: DeletionGuardStatus[];
  /**
   * What the reconciler could not do and a person should know: adoptions
   * refused, ports outside a shrunk range, addresses outside the pools.
   */
  findings: ReconcileFinding[];
  /** Sides that are Degraded or in Error, most recently observed first. */
  problems: Array<
    ClaimId & {
      entityRef?: string;
      side: string;
      phase: SidePhase;
      reasons: string[];
      observedAt: string;
    }
  >;
}

/** Something the reconciler could not do (`GET /admin/overview`). */
export interface ReconcileFinding {
  kind: 'adoption' | 'port-range' | 'address' | 'pair';
  cluster: string;
  namespace: string;
  /** The claim or TransportServerClaim it is about. */
  name: string;
  message: string;
  observedAt: string;
}

/** A TCP connect from the backend to one side's VIP:port (`POST …/test`). */
export interface ProbeResult {
  cluster: string;
  address: string;
  port: number;
  ok: boolean;
  latencyMs: number;
  error?: string;
  /** The same test, for a person to run. */
  commands: string[];
}
