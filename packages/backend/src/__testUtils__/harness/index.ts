/*
 * The harness for the benchmark (`./dev bench`) and the reliability suites:
 * emulated clusters in this process, the real packages/backend as child
 * processes, and ways to drive, count and check them.
 */
export { Portal } from './Portal';
export type { PortalOptions } from './Portal';
export { PortalClient } from './PortalClient';
export type { Answer, PassTiming } from './PortalClient';
export { BackendProcess, freePort } from './BackendProcess';
export {
  CLUSTERS,
  CountingEmulator,
  reportTransportServersOk,
  startEmulatedClusters,
} from './emulatedClusters';
export type { EmulatedClusters } from './emulatedClusters';
export { RequestCounter, summarize } from './RequestCounter';
export type { CountedRequest, RequestSummary } from './RequestCounter';
export {
  createHarnessDatabase,
  postgresAvailable,
  postgresServer,
} from './harnessDatabase';
export type { DatabaseKind, HarnessDatabase } from './harnessDatabase';
export {
  HARNESS_PORTER_CLUSTERS,
  portalConfig,
  RECONCILE_INTERVAL_SECONDS,
} from './portalConfig';
export {
  claimSpec,
  entityRefOf,
  makeTenants,
  seedTenants,
  SERVICE_PORT,
  tenantCatalog,
} from './tenants';
export type { Tenant } from './tenants';
export { seedClaimsInBulk } from './bulkSeed';
export type { BulkClaim } from './bulkSeed';
export {
  allocationProblems,
  clusterProblems,
  listAllClaims,
  readPorterTables,
  settledClusterProblems,
} from './invariants';
export type { StoredClaim, StoredPort } from './invariants';
export {
  inParallel,
  OutcomeTally,
  outcomeOf,
  percentile,
  shuffled,
} from './outcomes';
export type { Outcome, Settled } from './outcomes';
