/*
 * The model, as the API contract (plugins/porter-backend/src/schema/openapi.yaml)
 * defines it: every type here is a name for a schema of the generated types,
 * so the server, the client and the UI agree by construction. To change one,
 * change the document and run the porter backend's `generate:openapi` script.
 * (No package name here: TypeScript's stripInternal drops a declaration whose
 * leading comment contains the at-sign scope of this monorepo's packages.)
 */
import type { components } from './generated/openapi';

export type {
  paths as PorterApiPaths,
  components as PorterApiComponents,
  operations as PorterApiOperations,
  WithRequired as PorterApiWithRequired,
} from './generated/openapi';

/**
 * Type of a target Service; it decides which address pool a VIP comes from.
 *
 * @public
 */
export type ServiceType = components['schemas']['ServiceType'];

/**
 * Where a cluster stands: standalone, or the primary or secondary of a pair.
 *
 * @public
 */
export type ClusterRole = components['schemas']['ClusterRole'];

/**
 * How a claim stands in one cluster: Ready, Pending or Degraded.
 *
 * @public
 */
export type SidePhase = components['schemas']['SidePhase'];

/**
 * A cluster Porter manages, with its role, port range and address pools.
 *
 * @public
 */
export type ClusterSummary = components['schemas']['ClusterSummary'];

/**
 * What the deletion guard holds back in one cluster, and whether it is confirmed.
 *
 * @public
 */
export type DeletionGuardStatus = components['schemas']['DeletionGuardStatus'];

/**
 * One VIP:port in one cluster, held by a claim.
 *
 * @public
 */
export type Allocation = components['schemas']['Allocation'];

/**
 * A TransportServer's status as the load-balancer controller reports it.
 *
 * @public
 */
export type TransportServerStatus =
  components['schemas']['TransportServerStatus'];

/**
 * A cross-connect Service in a pair side, pointing at the other side's VIP.
 *
 * @public
 */
export type CrossConnect = components['schemas']['CrossConnect'];

/**
 * A claim as last observed in one realising cluster.
 *
 * @public
 */
export type ClaimSide = components['schemas']['ClaimSide'];

/**
 * A claim's allocations and its sides, the claim's own cluster first.
 *
 * @public
 */
export type ClaimStatus = components['schemas']['ClaimStatus'];

/**
 * A TransportServerClaim as Porter stores it: identity, spec and status.
 *
 * @public
 */
export type Claim = components['schemas']['Claim'];

/**
 * A claim's identity: cluster, namespace and name.
 *
 * @public
 */
export type ClaimId = components['schemas']['ClaimId'];

/**
 * The kind of a claim event.
 *
 * @public
 */
export type ClaimEventType = components['schemas']['ClaimEventType'];

/**
 * One entry of a claim's history.
 *
 * @public
 */
export type ClaimEvent = components['schemas']['ClaimEvent'];

/**
 * The Kubernetes objects Porter writes for a claim, per cluster.
 *
 * @public
 */
export type ClaimManifests = components['schemas']['ClaimManifests'];

/**
 * What applying a claim would do: checks, ports and objects, nothing written.
 *
 * @public
 */
export type ClaimPreview = components['schemas']['ClaimPreview'];

/**
 * Settings that apply to every cluster: retention and quotas.
 *
 * @public
 */
export type PorterSettings = components['schemas']['PorterSettings'];

/**
 * Who decides where a user may write and look inside a namespace.
 *
 * @public
 */
export type NamespaceAccessMode = components['schemas']['NamespaceAccessMode'];

/**
 * One answer of a namespace access check, with its reason.
 *
 * @public
 */
export type AccessAnswer = components['schemas']['AccessAnswer'];

/**
 * What the caller may do in a namespace, each with the reason.
 *
 * @public
 */
export type NamespaceAccess = components['schemas']['NamespaceAccess'];

/**
 * Port usage of one cluster.
 *
 * @public
 */
export type PoolUsage = components['schemas']['PoolUsage'];

/**
 * A Service a claim could target.
 *
 * @public
 */
export type ServiceSummary = components['schemas']['ServiceSummary'];

/**
 * How NetworkPolicies treat the load balancer's traffic to a Service.
 *
 * @public
 */
export type PolicyVerdictKind = components['schemas']['PolicyVerdictKind'];

/**
 * How the load balancer's traffic fares at one pod the Service selects.
 *
 * @public
 */
export type PodVerdict = components['schemas']['PodVerdict'];

/**
 * Whether NetworkPolicies let the load balancer reach a Service, and the fix.
 *
 * @public
 */
export type PolicyVerdict = components['schemas']['PolicyVerdict'];

/**
 * Whether the load balancer reaches the claim's pods in one cluster.
 *
 * @public
 */
export type PolicySide = components['schemas']['PolicySide'];

/**
 * What applying the proposed NetworkPolicy did in one cluster.
 *
 * @public
 */
export type PolicyApplyResult = components['schemas']['PolicyApplyResult'];

/**
 * A TCP connect from the backend to one side's VIP:port.
 *
 * @public
 */
export type ProbeResult = components['schemas']['ProbeResult'];

/**
 * One address of a cluster's pools and the ports held on it.
 *
 * @public
 */
export type AddressUsage = components['schemas']['AddressUsage'];

/**
 * Port usage of one cluster with its addresses, for the administrators' overview.
 *
 * @public
 */
export type ClusterUsage = components['schemas']['ClusterUsage'];

/**
 * Claims in one namespace of one cluster, against the quota.
 *
 * @public
 */
export type NamespaceUsage = components['schemas']['NamespaceUsage'];

/**
 * A claim's side that is Degraded or in Error.
 *
 * @public
 */
export type BrokenSide = components['schemas']['BrokenSide'];

/**
 * Something the reconciler could not do and a person should know.
 *
 * @public
 */
export type ReconcileFinding = components['schemas']['ReconcileFinding'];

/**
 * The administrators' overview: pools, quotas and broken exposures.
 *
 * @public
 */
export type AdminOverview = components['schemas']['AdminOverview'];

/**
 * A Kubernetes object as Porter plans to write it (the document's
 * `KubernetesObject`: apiVersion, kind and metadata, and whatever else the
 * kind has).
 *
 * @public
 */
export type KubernetesObject = components['schemas']['KubernetesObject'];
