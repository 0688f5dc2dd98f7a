/**
 * Shared model of Porter for Backstage: TransportServerClaim types and
 * schemas, naming rules, permissions, catalog annotations and the API client.
 * Isomorphic: no I/O beyond the client's fetch.
 *
 * @packageDocumentation
 */
export {
  PORTER_API_GROUP,
  PORTER_API_VERSION,
  TRANSPORT_SERVER_CLAIM_KIND,
  TRANSPORT_SERVER_API_VERSION,
  TRANSPORT_SERVER_KIND,
  KUBERNETES_NAMESPACE_ANNOTATION,
  PORTER_NAMESPACES_ANNOTATION,
  PORTER_ENTITY_REF_ANNOTATION,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  CLAIM_NAME_LABEL,
  CLAIM_CLUSTER_LABEL,
  CLAIM_ID_LABEL,
  INSTANCE_LABEL,
  KUBERNETES_ID_LABEL,
  PORTER_PLUGIN_ID,
} from './constants';
export type {
  PorterApiPaths,
  PorterApiComponents,
  PorterApiOperations,
  PorterApiWithRequired,
  ServiceType,
  ClusterRole,
  SidePhase,
  ClusterSummary,
  DeletionGuardStatus,
  Allocation,
  TransportServerStatus,
  CrossConnect,
  ClaimSide,
  ClaimStatus,
  Claim,
  ClaimId,
  ClaimEventType,
  ClaimEvent,
  ClaimManifests,
  ClaimPreview,
  PorterSettings,
  NamespaceAccessMode,
  AccessAnswer,
  NamespaceAccess,
  PoolUsage,
  ServiceSummary,
  PolicyVerdictKind,
  PodVerdict,
  PolicyVerdict,
  PolicySide,
  PolicyApplyResult,
  ProbeResult,
  AddressUsage,
  ClusterUsage,
  NamespaceUsage,
  BrokenSide,
  ReconcileFinding,
  AdminOverview,
  KubernetesObject,
} from './types';
export { MAX_LABEL_LENGTH, dns1123Label, dns1035Label } from './schema/names';
export {
  MONITOR_INTERVAL_MAX,
  MONITOR_TIMEOUT_MAX,
  DEFAULT_MONITOR,
  monitorSchema,
  servicePortSchema,
  claimSpecSchema,
} from './schema/claimSpec';
export type { ClaimSpec, ClaimSpecInput } from './schema/claimSpec';
export {
  transportServerClaimManifestSchema,
  applyClaimBodySchema,
  claimIdentitySchema,
} from './schema/manifest';
export { describeZodError } from './schema/errors';
export { crossConnectNames, crossConnectClash } from './naming';
export type { CrossConnectNames } from './naming';
export {
  PORTER_CLAIM_RESOURCE_TYPE,
  porterClaimReadPermission,
  porterClaimCreatePermission,
  porterClaimUpdatePermission,
  porterClaimDeletePermission,
  porterClaimPolicyApplyPermission,
  porterAdminReadPermission,
  porterAdminConfirmPermission,
  porterClaimPermissions,
  porterPermissions,
  claimResourceRef,
  parseClaimResourceRef,
} from './permissions';
export { namespaceBindings, isBoundTo } from './annotations';
export type { NamespaceBinding } from './annotations';
export { PORTER_ENTITY_TAB_PATH, porterEntityTabPath } from './links';
export type { EntityName } from './links';
export { fnv1a32 } from './hash';
export { tcpProbeCommands } from './probe';
export { normalizeEntityRef } from './entityRefs';
export { PorterClient } from './api/PorterClient';
export type { PorterClientOptions } from './api/PorterClient';
export type {
  PorterApi,
  ApplyClaimResult,
  ClaimPage,
  ClaimPageRequest,
  ClaimFilter,
  OperationResult,
} from './api/PorterApi';
