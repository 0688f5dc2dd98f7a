/*
 * The model, as the API contract (plugins/porter-backend/src/schema/openapi.yaml)
 * defines it: every type here is a name for a schema of the generated types,
 * so the server, the client and the UI agree by construction. To change one,
 * change the document and run `yarn workspace @internal/plugin-porter-backend
 * generate:openapi`.
 */
import type { components, operations, paths } from './generated/openapi';

/** The generated types of the API: its paths, schemas and operations. @public */
export type PorterApiPaths = paths;
/** @public */
export type PorterApiComponents = components;
/** @public */
export type PorterApiOperations = operations;

type Schemas = components['schemas'];

/** @public */
export type ServiceType = Schemas['ServiceType'];
/** @public */
export type ClusterRole = Schemas['ClusterRole'];
/** @public */
export type SidePhase = Schemas['SidePhase'];
/** @public */
export type ClusterSummary = Schemas['ClusterSummary'];
/** @public */
export type DeletionGuardStatus = Schemas['DeletionGuardStatus'];
/** @public */
export type Allocation = Schemas['Allocation'];
/** @public */
export type TransportServerStatus = Schemas['TransportServerStatus'];
/** @public */
export type CrossConnect = Schemas['CrossConnect'];
/** @public */
export type ClaimSide = Schemas['ClaimSide'];
/** @public */
export type ClaimStatus = Schemas['ClaimStatus'];
/** @public */
export type Claim = Schemas['Claim'];
/** @public */
export type ClaimId = Schemas['ClaimId'];
/** @public */
export type ClaimEventType = Schemas['ClaimEventType'];
/** @public */
export type ClaimEvent = Schemas['ClaimEvent'];
/** @public */
export type ClaimManifests = Schemas['ClaimManifests'];
/** @public */
export type ClaimPreview = Schemas['ClaimPreview'];
/** @public */
export type PorterSettings = Schemas['PorterSettings'];
/** @public */
export type NamespaceAccessMode = Schemas['NamespaceAccessMode'];
/** @public */
export type AccessAnswer = Schemas['AccessAnswer'];
/** @public */
export type NamespaceAccess = Schemas['NamespaceAccess'];
/** @public */
export type PoolUsage = Schemas['PoolUsage'];
/** @public */
export type ServiceSummary = Schemas['ServiceSummary'];
/** @public */
export type PolicyVerdictKind = Schemas['PolicyVerdictKind'];
/** @public */
export type PodVerdict = Schemas['PodVerdict'];
/** @public */
export type PolicyVerdict = Schemas['PolicyVerdict'];
/** @public */
export type PolicySide = Schemas['PolicySide'];
/** @public */
export type PolicyApplyResult = Schemas['PolicyApplyResult'];
/** @public */
export type ProbeResult = Schemas['ProbeResult'];
/** @public */
export type AddressUsage = Schemas['AddressUsage'];
/** @public */
export type ClusterUsage = Schemas['ClusterUsage'];
/** @public */
export type NamespaceUsage = Schemas['NamespaceUsage'];
/** @public */
export type BrokenSide = Schemas['BrokenSide'];
/** @public */
export type ReconcileFinding = Schemas['ReconcileFinding'];
/** @public */
export type AdminOverview = Schemas['AdminOverview'];

/**
 * A Kubernetes object as Porter plans to write it (the document's
 * `KubernetesObject`: apiVersion, kind and metadata, and whatever else the
 * kind has).
 *
 * @public
 */
export type KubernetesObject = Schemas['KubernetesObject'];
