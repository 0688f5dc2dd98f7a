/**
 * @internal/kubernetes-api-emulator: an EMULATOR of the Kubernetes API subset
 * Porter uses, and a sandbox stand-in for the load-balancer controller. For
 * tests and the local sandbox only; it is not a Kubernetes cluster.
 */
export { KubernetesApiEmulator } from './KubernetesApiEmulator';
export type { KubernetesApiEmulatorOptions } from './KubernetesApiEmulator';
export { EmulatedCluster, ClusterDownError } from './cluster/EmulatedCluster';
export type {
  EmulatorRequest,
  EmulatorResponse,
  RequestLogEntry,
} from './cluster/EmulatedCluster';
export { EmulatedFaults } from './cluster/faults';
export type { FaultMatch } from './cluster/faults';
export type {
  WatchEvent,
  WatchEventType,
  WatchListener,
} from './cluster/ObjectStore';
export type {
  EmulatorServer,
  ListenOptions,
  ServerTls,
} from './transports/httpServer';
export { createEmulatorCertificates, pemToData } from './tls/certificates';
export type { EmulatorCertificates } from './tls/certificates';
export { emulatorKubeconfig } from './tls/kubeconfig';
export type { KubeconfigCluster } from './tls/kubeconfig';
export type { StoreEvent } from './cluster/ObjectStore';
export type { WatchSettings } from './api/watch/WatchStream';
export { INITIAL_EVENTS_END_ANNOTATION } from './api/listOptions';
export type { PrinterColumn } from './api/resourceType';
export { RESOURCE_TYPES } from './api/resources';
export type { ResourceType } from './api/resources';
export type { Status, StatusDetails, StatusCause } from './api/status';
export { startLoadBalancerStandIn } from './lb/loadBalancerStandIn';
export type {
  LoadBalancerStandIn,
  StandInLogger,
} from './lb/loadBalancerStandIn';
export { SANDBOX_BACKEND_ANNOTATION } from './lb/sandboxBackend';
export { startEchoServer } from './lb/echoServer';
export type { EchoServer } from './lb/echoServer';
export { authorize, EMULATED_TOKEN_IDENTITY } from './rbac';
export type { AccessDecision, AccessRequest, RbacObjects } from './rbac';
